package org.ganlab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every setting that changes how the game is trained explains itself with a formula and its paper. */
class FormulasTest {
    /** The groups whose settings each have a formula: how the networks learn, what breaks them, what cures them. */
    private static final Set<String> EXPLAINED = Set.of(ConfigSchema.OPTIMISER, ConfigSchema.IMPAIRMENTS,
            ConfigSchema.REMEDIES);

    @Test
    void everyOptimiserImpairmentAndRemedySettingOfBothKindsHasAFormulaAndASourceWithItsYear() {
        for (SettingsSchema<?> schema : List.of(ConfigSchema.IMAGES, ConfigSchema.POINTS)) {
            for (SettingsSchema.Field<?> f : schema.fields()) {
                if (!EXPLAINED.contains(f.group())) {
                    continue;
                }
                assertThat(Formulas.of(f.key())).as(f.key()).hasValueSatisfying(formula -> {
                    assertThat(formula.symbols()).as(f.key()).isNotBlank().doesNotContain("Math.").doesNotContain("*");
                    assertThat(formula.source()).as(f.key()).containsPattern("\\b(19|20)\\d\\d\\b");
                });
            }
        }
    }

    @Test
    void aNameTheTwoKindsShareHasOneFormulaAndEveryFormulaNamesASetting() {
        assertThat(Formulas.of("r1Gamma").orElseThrow().symbols()).contains("(γ/2) E_x ‖∇ₓ D(x)‖²");
        assertThat(Formulas.explain("r1Gamma", "help")).startsWith("help\n\n")
                .contains("Source: Mescheder et al. 2018");
        assertThat(Formulas.explain("seed", "help")).isEqualTo("help");
        for (String name : List.of("genLearningRate", "batchSize", "batch", "discSteps", "pack", "packing", "loss",
                "unrolledSecondOrder", "combinedBatch")) {
            boolean known = ConfigSchema.IMAGES.field(name).isPresent() || ConfigSchema.POINTS.field(name).isPresent();
            assertThat(known).as(name + " is a setting of one kind or the other").isTrue();
            assertThat(Formulas.of(name)).as(name).isPresent();
        }
    }
}
