package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlaneSettings;
import org.junit.jupiter.api.Test;

/** How the playground reads a Wasserstein critic, whose scores have no fixed zero. */
class PlaneLossesTest {
    private static final PlaneSettings CRITIC = (PlaneSettings.defaults(PlaneData.RING_8, 1)).with(Map.of("loss", "wgan-gp"));

    /** The critic's losses on the real half [0, 3) and the fake half [3, 6), read as the trainer reads them. */
    private static Losses.Bce real(float[] scores) {
        return PlaneLosses.real(CRITIC, scores, 3, PlaneLosses.line(CRITIC, scores, 3));
    }

    private static Losses.Bce fake(float[] scores) {
        return PlaneLosses.fake(CRITIC, scores, 3, PlaneLosses.line(CRITIC, scores, 3));
    }

    /**
     * A critic that scores every real point above every fake, all below zero (as the cured runs' critics ended), is
     * right about all of them: its accuracy is 100%, not the 50% the sign would give (0% of reals above zero, 100% of
     * fakes below it). Adding a constant to every score changes neither its loss nor its accuracy.
     */
    @Test
    void aCriticIsReadAgainstItsMidpointNotItsSign() {
        float[] scores = {-4.6f, -4.7f, -4.5f, -4.9f, -5.0f, -5.1f};
        assertThat(PlaneLosses.midpoint(scores, 3)).isCloseTo(-4.8, within(1e-6));
        assertThat(PlaneLosses.line(CRITIC, scores, 3)).isEqualTo(PlaneLosses.midpoint(scores, 3));
        assertThat(real(scores).accuracy()).isEqualTo(1.0);
        assertThat(fake(scores).accuracy()).isEqualTo(1.0);

        float[] shifted = scores.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 10;
        }
        assertThat(real(shifted).loss() + fake(shifted).loss())
                .isCloseTo(real(scores).loss() + fake(scores).loss(), within(1e-5));
        assertThat(real(shifted).accuracy()).isEqualTo(1.0);

        // a critic that cannot tell them apart is right about half
        float[] mixed = {-4.6f, -5.0f, -4.8f, -4.6f, -5.0f, -4.8f};
        assertThat((real(mixed).accuracy() + fake(mixed).accuracy()) / 2).isCloseTo(0.5, within(1e-9));
    }
}
