package org.ganlab.train;

import org.ganlab.config.PlaneSettings;

/**
 * The plane GAN's losses by its {@link PlaneSettings#loss()}: the cross-entropy of the original GAN (D's real target
 * smoothed on one side if asked, G's loss saturating or not), the hinge loss (Lim and Ye 2017), or the Wasserstein
 * critic of WGAN-GP (Gulrajani et al. 2017: D maximises the mean score of real points minus that of fakes, G the mean
 * score of its own). For the hinge loss D's "accuracy" counts the sign of its score; for the critic, the side of the
 * midpoint between its mean scores of real and fake points, since a critic's scores have no fixed zero.
 */
final class PlaneLosses {
    static final String BCE = PlaneSettings.BCE;
    static final String HINGE = PlaneSettings.HINGE;
    static final String WGAN_GP = PlaneSettings.WGAN_GP;

    private PlaneLosses() {
    }

    /**
     * The score D's judgement of a point is read against: 0 for the cross-entropy (probability 0.5) and the hinge
     * loss; for a critic, the {@link #midpoint} of this batch's scores, since a critic's scores have no fixed zero.
     */
    static double line(PlaneSettings s, float[] logits, int packs) {
        return WGAN_GP.equals(s.loss()) ? midpoint(logits, packs) : 0;
    }

    /**
     * D's loss on the real rows [0, packs) of {@code logits}, as a mean over all 2 packs rows; its accuracy counts
     * the scores above {@code line} (from {@link #line}).
     */
    static Losses.Bce real(PlaneSettings s, float[] logits, int packs, double line) {
        return switch (s.loss()) {
            case HINGE -> Losses.hinge(logits, 0, packs, true, 2 * packs);
            case WGAN_GP -> Losses.critic(logits, 0, packs, true, 2 * packs, line);
            default -> Losses.bce(logits, 0, packs, (float) (1 - s.labelSmoothing()), 2 * packs);
        };
    }

    /** D's loss on the fake rows [packs, 2 packs) of {@code logits}; its accuracy counts the scores at or below it. */
    static Losses.Bce fake(PlaneSettings s, float[] logits, int packs, double line) {
        return switch (s.loss()) {
            case HINGE -> Losses.hinge(logits, packs, packs, false, 2 * packs);
            case WGAN_GP -> Losses.critic(logits, packs, packs, false, 2 * packs, line);
            default -> Losses.bce(logits, packs, packs, 0f, 2 * packs);
        };
    }

    /**
     * Where a critic draws its line: halfway between its mean score of the real rows [0, packs) and of the fake rows
     * [packs, 2 packs). The sign of a critic's score means nothing (its loss ignores any constant added to it); which
     * side of this midpoint a point falls on is what it says about the point.
     */
    static double midpoint(float[] logits, int packs) {
        double real = 0, fake = 0;
        for (int i = 0; i < packs; i++) {
            real += logits[i];
            fake += logits[packs + i];
        }
        return (real + fake) / (2.0 * packs);
    }

    /** G's loss on D's scores of its points. */
    static Losses.Bce generator(PlaneSettings s, float[] logits) {
        if (!BCE.equals(s.loss())) {
            return Losses.hingeGenerator(logits); // minus the mean score, for the hinge loss and the critic alike
        }
        return s.saturatingGenLoss() ? Losses.saturating(logits)
                : Losses.bce(logits, 0, logits.length, 1f, logits.length);
    }
}
