package org.ganlab.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.run.Gallery;
import org.ganlab.run.RunReader;
import org.ganlab.session.RunDiagnosis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ganlab.config.ConfigSchema;

/**
 * Every preset promises a verdict, and its recorded gallery run, judged again with today's criteria, gets it: a
 * change to the thresholds in {@link Signatures} that renames a gallery run fails here, as does a stale
 * {@code diagnosis.json} (the lab shows that file when the run is opened).
 */
class GalleryVerdictsTest {
    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void theGalleryRunOfEveryPresetIsNamedWhatThePresetPromises(String name) throws Exception {
        Preset preset = Presets.get(name);
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::label)).as(name + ": expect")
                .contains(preset.expect());
        Path folder = Gallery.folder().resolve(name);
        assertThat(folder.resolve("config.json")).as("gallery run of " + name).exists();
        RunReader.OpenedRun run = RunReader.open(folder);
        // the run is today's preset on seed 1 (a preset changed since it was recorded needs a new run); only the
        // thread count, a matter of the machine that recorded it, may differ
        var recorded = run.record().config();
        assertThat(ConfigSchema.IMAGES.differences(preset.config().with(Map.of("seed", 1L)), recorded))
                .as(name + ": settings that differ from the preset's").isSubsetOf("threads");
        Diagnosis now = RunDiagnosis.diagnose(run, RunDiagnosis.realImages(run.record().config()));
        assertThat(now.verdict().label()).as(name + " judged today").isEqualTo(preset.expect());
        assertThat(Files.isRegularFile(folder.resolve(RunDiagnosis.FILE))).isTrue();
        assertThat(RunDiagnosis.read(folder).verdict()).as(name + ": diagnosis.json as shipped")
                .isEqualTo(now.verdict());
    }
}
