package org.ganlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PresetsTest {
    @Test
    void everyPresetOfTheReferenceAndEachImpairmentIsThereAndValid() {
        assertThat(Presets.names()).contains("stable", "mode-collapse", "convergence-combined-batch",
                "convergence-aggressive-adam", "low-capacity", "extreme-kernel", "bad-init-normal", "bad-init-xavier",
                "discriminator-too-fast", "too-little-data", "saturating-loss", "remedy-non-saturating", "remedy-hinge",
                "remedy-r1", "remedy-diffaugment", "label-smoothing-not-enough",
                "small-latent-conditional");
        for (Preset p : Presets.all()) {
            assertThat(ConfigSchema.problems(p.config())).as(p.name()).isEmpty();
            assertThat(p.description()).as(p.name()).isNotBlank();
        }
    }

    /**
     * The lab's preset box is as wide as its longest title: a title longer than those the lab was laid out with pushes
     * its top rows off a 1024x768 projector in large type (a 68-character title did).
     */
    @Test
    void everyTitleFitsThePresetBoxOnAProjector() {
        assertThat(Presets.all()).allSatisfy(p -> assertThat(p.title()).as(p.name()).hasSizeLessThanOrEqualTo(52));
    }

    /**
     * The preset row shows a summary, two lines beside the box on a 1024-pixel screen: the first sentence, a long one
     * cut at a word with "…" (never within a citation's "et al.", nor inside an aside), every summary the start of its description.
     */
    @Test
    void everySummaryIsTheDescriptionsFirstSentenceWithinTheRowsRoom() {
        for (ExperimentPreset p : Catalogue.all()) {
            String summary = p.summary(110);
            assertThat(summary).as(p.name()).hasSizeLessThanOrEqualTo(110).isNotBlank();
            assertThat(p.description()).as(p.name()).startsWith(summary.replace("\u2026", ""));
        }
        assertThat(Presets.get("remedy-r1-adam").summary(110)).isEqualTo("convergence-aggressive-adam with one "
                + "change: the R1 penalty on D (Mescheder et al. 2018, gamma 10).");
        assertThat(Presets.get("remedy-hinge").summary(110)).as("cut before the aside it would cut")
                .isEqualTo("saturating-loss with the hinge loss in place of both cross-entropy losses\u2026");
    }

    @Test
    void presetsChangeOnlyWhatTheyImpair() {
        ExperimentConfig stable = Presets.get("stable").config();
        assertThat(stable).isEqualTo(ExperimentConfig.baseline());
        assertThat(ConfigSchema.IMAGES.differences(stable, Presets.get("mode-collapse").config()))
                .containsExactly("latentSize");
        assertThat(Presets.get("mode-collapse").config().latentSize()).isEqualTo(1);
        assertThat(ConfigSchema.IMAGES.differences(stable, Presets.get("convergence-aggressive-adam").config()))
                .containsExactlyInAnyOrder("genLearningRate", "genBeta1", "discLearningRate", "discBeta1");
        // a remedy differs from the failure it cures in the remedy alone, with the same budget
        assertThat(Presets.remedyChanges(Presets.get("remedy-non-saturating"), Presets.get("saturating-loss")))
                .containsExactly("saturatingGenLoss");
        assertThat(Presets.remedyChanges(Presets.get("remedy-hinge"), Presets.get("saturating-loss")))
                .containsExactly("saturatingGenLoss", "hingeLoss");
        assertThat(Presets.remedyChanges(Presets.get("remedy-diffaugment"), Presets.get("too-little-data")))
                .containsExactly("diffAugment");
        assertThat(Presets.curesOf("convergence-aggressive-adam")).extracting(Preset::name).containsExactly("remedy-r1-adam");
        assertThat(Presets.curesOf("discriminator-too-fast")).extracting(Preset::name).containsExactly("remedy-r1");
        long pairs = Presets.all().stream().filter(p -> p.cures() != null).count();
        long failures = Presets.all().stream().map(Preset::cures).filter(Objects::nonNull).distinct().count();
        assertThat(pairs).isGreaterThanOrEqualTo(4);
        assertThat(failures).isGreaterThanOrEqualTo(3);
        for (Preset remedy : Presets.all()) {
            if (remedy.cures() != null) {
                Preset failure = Presets.get(remedy.cures());
                assertThat(remedy.expect()).as(remedy.name()).isEqualTo("Stable");
                assertThat(failure.expect()).as(failure.name()).isNotEqualTo("Stable");
                assertThat(remedy.config().epochs()).as("the same budget").isEqualTo(failure.config().epochs());
                assertThat(remedy.config().iterationsPerEpoch()).isEqualTo(failure.config().iterationsPerEpoch());
            }
        }
    }

    @Test
    void badValuesAreNamedWithWhatIsAllowed() {
        List<ConfigProblem> problems = ConfigSchema.problems(ExperimentConfig.baseline().with(Map.of("latentSize", 0, "genLearningRate", -0.1, "digits", "8,x")));
        assertThat(problems).extracting(ConfigProblem::field).containsExactly("digits", "latentSize", "genLearningRate");
        assertThat(problems.get(1).message()).contains("from 1 to 1024");
        assertThatThrownBy(() -> ExperimentConfig.baseline().with(Map.of("latentSise", "3")))
                .hasMessageContaining("latentSise").hasMessageContaining("unknown setting");
        assertThatThrownBy(() -> ExperimentConfig.baseline().with(Map.of("epochs", "ten")))
                .hasMessageContaining("epochs").hasMessageContaining("not a whole number");
    }

    /** One catalogue of both kinds: each file states its kind, every name is unique, a remedy cures its own kind. */
    @Test
    void oneCatalogueHoldsThePresetsOfBothKindsEachFileStatingItsKind() throws Exception {
        assertThat(Catalogue.names()).containsAll(Presets.names())
                .containsAll(PlanePresets.all().stream().map(PlanePreset::name).toList()).doesNotHaveDuplicates();
        assertThat(Catalogue.get("mode-collapse").kind()).isEqualTo(DataKind.IMAGES);
        assertThat(Catalogue.get("plane-mode-collapse").kind()).isEqualTo(DataKind.POINTS);
        for (ExperimentPreset p : Catalogue.all()) {
            String folder = p.kind() == DataKind.IMAGES ? "/presets/" : "/plane-presets/";
            try (var in = PresetsTest.class.getResourceAsStream(folder + p.name() + ".json")) {
                assertThat(Json.MAPPER.readTree(in).path("kind").asText()).as(p.name()).isEqualTo(p.kind().name());
            }
            if (p.cures() != null) {
                assertThat(Catalogue.get(p.cures()).kind()).as(p.name()).isEqualTo(p.kind());
            }
        }
        assertThat(Catalogue.curesOf("plane-d-sure")).extracting(ExperimentPreset::name).contains("plane-d-sure-wgan-gp");
        assertThatThrownBy(() -> Catalogue.get("nope")).hasMessageContaining("unknown preset 'nope'")
                .hasMessageContaining("stable").hasMessageContaining("plane-stable-ring");
    }
}
