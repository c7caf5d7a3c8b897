package org.ganlab.train;

import org.ganlab.config.PlaneSettings;
import org.ganlab.mlp.Mlp;
import org.ganlab.mlp.Penalties;

/**
 * The playground's penalties on D's input gradient, by its settings: R1 (Mescheder et al. 2018) on the real rows, and
 * the gradient penalty of WGAN-GP (Gulrajani et al. 2017) at interpolates of real and fake rows, its mixing weights
 * t uniform on [0, 1] per pair. Each adds its exact gradient ({@link Penalties}) to the loss's gradient in D.
 */
final class GradientPenalty {
    /** The weight lambda of the penalty in the paper's experiments on 2-D data. */
    static final double LAMBDA = 0.1;
    /**
     * D's loss here is the mean over its real and fake rows together: half the papers' loss, which adds the mean over
     * the real rows to the mean over the fake ones (the critic's E[D(x~)] - E[D(x)], the cross-entropy's two
     * expectations). So a penalty enters at half its stated weight, and the step follows the papers' objective
     * (halved as a whole, which Adam does not see).
     */
    static final double AGAINST_HALF_LOSS = 0.5;

    private GradientPenalty() {
    }

    /**
     * Adds the penalties the settings ask for to the gradient of D's loss already in D's gradients: {@code rows} rows
     * of {@code real} and of {@code fake} as D reads them, the mixing weights drawn from {@code draws}.
     */
    static void addTo(Mlp d, PlaneSettings s, float[] real, float[] fake, int rows, Lcg48 draws) {
        if (s.r1Gamma() > 0) {
            Penalties.r1(d, real, rows, AGAINST_HALF_LOSS * s.r1Gamma());
        }
        if (PlaneLosses.WGAN_GP.equals(s.loss())) {
            Penalties.gradientPenalty(d, real, fake, mixingWeights(rows, draws), rows, AGAINST_HALF_LOSS * LAMBDA);
        }
    }

    /** The interpolates' mixing weights, one per pair, from {@code draws}. */
    static float[] mixingWeights(int rows, Lcg48 draws) {
        float[] t = new float[rows];
        for (int i = 0; i < rows; i++) {
            t[i] = (float) draws.nextDouble();
        }
        return t;
    }
}
