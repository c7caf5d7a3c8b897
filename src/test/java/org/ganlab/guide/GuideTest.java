package org.ganlab.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.config.DataKind;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.diagnosis.Verdict;
import org.junit.jupiter.api.Test;

class GuideTest {
    @Test
    void everyFailureHasAPageWithARemedyThatExists() {
        assertThat(Guide.pages()).extracting(GuidePage::id)
                .contains("stable", "mode-collapse", "convergence-combined-batch", "convergence-aggressive-adam", "diverged");
        for (Verdict v : Verdict.values()) {
            if (v != Verdict.TOO_EARLY) {
                assertThat(Guide.forVerdict(v, "stable")).as(v.name()).isPresent();
            }
        }
        assertThat(Guide.forVerdict(Verdict.CONVERGENCE_FAILURE, "convergence-combined-batch").orElseThrow().id())
                .isEqualTo("convergence-combined-batch");
        assertThat(Guide.forVerdict(Verdict.BLIND_DISCRIMINATOR, "extreme-kernel").orElseThrow().id())
                .isEqualTo("blind-discriminator");
        assertThat(Guide.forVerdict(Verdict.MODE_COLLAPSE, "stable").orElseThrow().id())
                .as("a stable preset that collapses is explained by the collapse page").isEqualTo("mode-collapse");
        assertThat(Guide.forPreset("mode-collapse").orElseThrow().remedyPreset()).isEqualTo("stable");
        assertThat(Guide.forPreset("saturating-loss").orElseThrow().remedyPreset()).isEqualTo("remedy-non-saturating");
        assertThat(Guide.pages()).allSatisfy(p -> assertThat(p.curves() + p.grid() + p.why() + p.tryThis()).hasSizeGreaterThan(200));
    }

    /**
     * One guide for both kinds: every preset on points has its page there, explaining the verdict the preset is
     * built to show, in the picture's words; a verdict is explained on the page of the preset's own kind.
     */
    @Test
    void everyPresetOnPointsHasItsPageInTheOneGuide() {
        for (PlanePreset preset : PlanePresets.all()) {
            GuidePage page = Guide.forPreset(preset.name()).orElseThrow(() -> new AssertionError(preset.name()));
            assertThat(page.kind()).isEqualTo(DataKind.POINTS);
            assertThat(page.verdict().label()).as(preset.name()).isEqualTo(preset.expect());
            assertThat(page.sections()[0][0]).isEqualTo("In the picture");
            assertThat(page.grid()).as(preset.name() + ": what to look for in the picture").hasSizeGreaterThan(100);
        }
        assertThat(Guide.forVerdict(Verdict.OSCILLATION, "plane-oscillation").orElseThrow().id())
                .isEqualTo("plane-oscillation");
        assertThat(Guide.forVerdict(Verdict.OSCILLATION, "stable").orElseThrow().kind())
                .as("an image run's oscillation is explained on the images' page").isEqualTo(DataKind.IMAGES);
        assertThat(Guide.forVerdict(Verdict.MODE_COLLAPSE, "plane-stable-ring").orElseThrow().kind())
                .isEqualTo(DataKind.POINTS);
        assertThat(Guide.forPreset("plane-oscillation").orElseThrow().remedyPreset()).isEqualTo("plane-ttur");
    }
}
