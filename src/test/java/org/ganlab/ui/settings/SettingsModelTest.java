package org.ganlab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.config.Presets;
import org.ganlab.ui.common.FrameWatchdog;
import org.junit.jupiter.api.Test;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;

/** Editing settings: a value that cannot be read or is out of range is the field's problem until it is fixed. */
class SettingsModelTest {
    @Test
    void aBadValueIsItsFieldsProblemUntilFixedOrAPresetIsLoaded() {
        SettingsModel<ExperimentConfig, Preset> settings = SettingsModel.images();
        settings.loadPreset(Presets.get("stable"));
        assertThat(settings.problems()).isEmpty();

        settings.set("latentSize", "ten");
        assertThat(settings.problemOf("latentSize")).contains("'ten' is not a whole number");
        assertThat(settings.configProperty().get().latentSize()).as("the last good value stays").isEqualTo(100);
        settings.set("latentSize", 0);
        assertThat(settings.problemOf("latentSize")).contains("out of range");
        settings.set("latentSize", 2);
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.configProperty().get().latentSize()).isEqualTo(2);

        settings.set("epochs", "x");
        settings.loadPreset(Presets.get("mode-collapse"));
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.presetName()).isEqualTo("mode-collapse");
        assertThat(settings.configProperty().get().latentSize()).isEqualTo(1);
    }

    @Test
    void theWatchdogCountsSlowFrames() {
        FrameWatchdog watchdog = new FrameWatchdog();
        watchdog.record(16, 1);
        watchdog.record(250, 2);
        watchdog.record(17, 3);
        assertThat(watchdog.worstGap()).isEqualTo(250);
        assertThat(watchdog.summary()).isEqualTo("worst gap between screen frames while training 250 ms; 1 of 3 "
                + "frames over 100 ms");
        watchdog.reset();
        assertThat(watchdog.frames()).isZero();
    }
}
