package org.ganlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetsTest {
    @Test
    void everyPresetOfTheReferenceAndEachImpairmentIsThereAndValid() {
        assertThat(Presets.names()).contains("stable", "mode-collapse", "convergence-combined-batch",
                "convergence-aggressive-adam", "low-capacity", "extreme-kernel", "bad-init-normal", "bad-init-xavier",
                "discriminator-too-fast", "too-little-data", "saturating-loss", "remedy-non-saturating", "remedy-feature-matching",
                "remedy-label-smoothing");
        for (Preset p : Presets.all()) {
            assertThat(ConfigSchema.problems(p.config())).as(p.name()).isEmpty();
            assertThat(p.description()).as(p.name()).isNotBlank();
        }
    }

    @Test
    void presetsChangeOnlyWhatTheyImpair() {
        ExperimentConfig stable = Presets.get("stable").config();
        assertThat(stable).isEqualTo(ExperimentConfig.baseline());
        assertThat(ConfigOverrides.differences(stable, Presets.get("mode-collapse").config()))
                .containsExactly("latentSize");
        assertThat(Presets.get("mode-collapse").config().latentSize()).isEqualTo(1);
        assertThat(ConfigOverrides.differences(stable, Presets.get("convergence-aggressive-adam").config()))
                .containsExactlyInAnyOrder("genLearningRate", "genBeta1", "discLearningRate", "discBeta1");
        // a remedy differs from its failure only in the remedy
        // (and, for the non-saturating loss, in length: G needs up to three epochs to draw level with the fast D)
        assertThat(ConfigOverrides.differences(Presets.get("remedy-non-saturating").config(),
                Presets.get("saturating-loss").config())).containsExactlyInAnyOrder("saturatingGenLoss", "epochs");
        assertThat(ConfigOverrides.differences(Presets.get("mode-collapse").config(),
                Presets.get("remedy-feature-matching").config())).containsExactly("featureMatching");
    }

    @Test
    void badValuesAreNamedWithWhatIsAllowed() {
        List<ConfigProblem> problems = ConfigSchema.problems(ConfigOverrides.fromMap(
                Map.of("latentSize", 0, "genLearningRate", -0.1, "digits", "8,x")));
        assertThat(problems).extracting(ConfigProblem::field).containsExactly("digits", "latentSize", "genLearningRate");
        assertThat(problems.get(1).message()).contains("from 1 to 1024");
        assertThatThrownBy(() -> ConfigOverrides.fromMap(Map.of("latentSise", "3")))
                .hasMessageContaining("latentSise").hasMessageContaining("unknown setting");
        assertThatThrownBy(() -> ConfigOverrides.fromMap(Map.of("epochs", "ten")))
                .hasMessageContaining("epochs").hasMessageContaining("not a whole number");
    }
}
