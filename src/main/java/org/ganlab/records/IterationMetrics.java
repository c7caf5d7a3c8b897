package org.ganlab.records;

/**
 * What one training iteration recorded. Losses and accuracies are measured in the forward pass of each update,
 * before the update, as Keras' train_on_batch reports them.
 *
 * @param iteration  1-based, counted over the whole run
 * @param epoch      1-based
 * @param dLossReal  D's binary cross-entropy on the real half batch
 * @param dLossFake  D's binary cross-entropy on the fake half batch
 * @param gLoss      the loss G minimised (non-saturating -log D(G(z)), or log(1 - D(G(z))) when saturating,
 *                   plus the feature-matching term when on)
 * @param dAccReal   fraction of real images D scored above 0.5
 * @param dAccFake   fraction of fake images D scored at most 0.5
 * @param dReal      mean D(x) on the real half batch
 * @param dFake      mean D(G(z)) on the fake half batch
 * @param gGradNorm  L2 norm of the gradient of G's first layer weights in G's update
 * @param dGradNorm  L2 norm of the gradient of D's first layer weights, mean over the iteration's D updates
 * @param seconds    wall-clock seconds since training started, at the end of this iteration
 * @param dScoreReal mean raw output of D on the real half batch (a logit, or the hinge loss's score); NaN in runs
 *                   recorded before it was kept
 * @param dScoreFake mean raw output of D on the fake half batch
 */
public record IterationMetrics(int iteration, int epoch, double dLossReal, double dLossFake, double gLoss,
                               double dAccReal, double dAccFake, double dReal, double dFake,
                               double gGradNorm, double dGradNorm, double seconds, double dScoreReal,
                               double dScoreFake) {

    /** Column names of the run's metrics.csv, in record order. */
    public static final String[] COLUMNS = {"iteration", "epoch", "d_loss_real", "d_loss_fake", "g_loss",
        "d_acc_real", "d_acc_fake", "d_x", "d_g_z", "g_grad_norm", "d_grad_norm", "seconds",
        "d_score_real", "d_score_fake"};

    /** A record without D's raw scores (as runs recorded before they were kept). */
    public IterationMetrics(int iteration, int epoch, double dLossReal, double dLossFake, double gLoss,
                            double dAccReal, double dAccFake, double dReal, double dFake,
                            double gGradNorm, double dGradNorm, double seconds) {
        this(iteration, epoch, dLossReal, dLossFake, gLoss, dAccReal, dAccFake, dReal, dFake, gGradNorm, dGradNorm,
                seconds, Double.NaN, Double.NaN);
    }

    /** D's margin: mean score on real images minus mean score on fakes (NaN when not recorded). */
    public double margin() {
        return dScoreReal - dScoreFake;
    }

    public double[] values() {
        return new double[] {iteration, epoch, dLossReal, dLossFake, gLoss, dAccReal, dAccFake, dReal, dFake,
            gGradNorm, dGradNorm, seconds,
            dScoreReal, dScoreFake};
    }

    public static IterationMetrics of(double[] v) {
        return new IterationMetrics((int) v[0], (int) v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                v[12], v[13]);
    }

    /** True when every loss is a finite number. */
    public boolean finite() {
        return Double.isFinite(dLossReal) && Double.isFinite(dLossFake) && Double.isFinite(gLoss);
    }
}
