package org.ganlab.ui.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ganlab.diagnosis.Verdict;
import org.junit.jupiter.api.Test;

/** A verdict's evidence explains every figure it quotes: what it is, its formula and its source. */
class VerdictLabelsTest {
    @Test
    void theEvidencesTooltipExplainsTheFiguresItQuotesAndNamesTheVerdictsSource() {
        String tip = VerdictLabels.explained(Verdict.CONVERGENCE_FAILURE, List.of("D dominates over the last 60 "
                + "iterations: D(x) 0.97, D(G(z)) 0.02; accuracy 99% on real and 98% on fake images; G loss 4.1"));
        assertThat(tip).startsWith(Verdict.CONVERGENCE_FAILURE.meaning())
                .contains("D(x): D's mean probability that a real image is real: (1/n) Σ σ(a(xᵢ))")
                .contains("D(G(z)): D's mean probability that G's image is real")
                .contains("G loss: G's loss on its batch: −(1/n) Σ log D(G(zᵢ))")
                .contains("D acc real: The share of real images D calls real")
                .doesNotContain("D loss real:")
                .endsWith("Source of the verdict: " + Verdict.CONVERGENCE_FAILURE.source());
        String plain = VerdictLabels.explained(Verdict.STABLE, List.of("over the last 60 iterations: D loss real "
                + "0.615, fake 0.607"));
        assertThat(plain).contains("D loss real: D's loss on the real half of its batch: −(1/n) Σ log D(xᵢ)")
                .contains("D loss fake: ").doesNotContain("G loss:");
    }
}
