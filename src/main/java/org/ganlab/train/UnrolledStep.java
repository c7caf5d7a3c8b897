package org.ganlab.train;

import org.ganlab.config.PlaneSettings;
import org.ganlab.mlp.Unrolled;

/**
 * G's update of the unrolled GAN as its paper defines it ({@link PlaneSettings#unrolledSecondOrder()}): one batch of
 * D's shape, its reals from the unrolled steps' own stream and its latent points from G's, any instance noise drawn
 * once for the batch; G's gradient through D's unrolled Adam steps on it ({@link Unrolled}), then G's step. The
 * minimax form (Saturating loss on) is the authors' code's: G ascends D's whole loss after the steps.
 */
final class UnrolledStep {
    private UnrolledStep() {
    }

    /** Takes G's step; returns G's objective after D's unrolled steps. */
    static double take(PlaneGan gan) {
        PlaneSettings s = gan.settings;
        int pack = s.pack();
        int half = Math.max(1, s.batch() / 2 / pack) * pack;
        float[] real = gan.noise.add(gan.done, s.data().sample(half, gan.unrollData));
        float[] z = gan.gaussian(half, gan.latents);
        float[] fakeNoise = gan.noise.add(gan.done, new float[2 * half]);
        double objective = Unrolled.generatorGradient(gan.generator, gan.discriminator,
                new Unrolled.Batch(real, z, fakeNoise, pack, (float) (1 - s.labelSmoothing())), s.unrolledSteps(),
                s.saturatingGenLoss());
        gan.generator.step();
        return objective;
    }
}
