package org.ganlab.guide;

import static org.assertj.core.api.Assertions.assertThat;

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
}
