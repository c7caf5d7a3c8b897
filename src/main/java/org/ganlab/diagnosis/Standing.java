package org.ganlab.diagnosis;

import java.util.List;
import java.util.Locale;
import org.ganlab.records.IterationMetrics;

/**
 * Whether D has won, read from a window of iterations: from probabilities and cross-entropy losses, or from the
 * scores and margin of the hinge loss (see {@link Diagnoser.Outputs}). Each reading adds its evidence and returns
 * {@link Verdict#CONVERGENCE_FAILURE}, or null when D has not won.
 */
final class Standing {
    private Standing() {
    }

    /** D has won, read from probabilities and cross-entropy losses: a convergence failure, or null. */
    static Verdict probabilitiesWon(List<IterationMetrics> window, double dReal, double dFake, double accReal,
                                            double accFake, double gLoss, List<String> evidence, String where) {
        if (dFake < Signatures.D_LOSS_WON && accReal >= Signatures.D_ACC_WON && accFake >= Signatures.D_ACC_WON) {
            evidence.add(String.format(Locale.ROOT, "D loss on fakes below %.2f (mean %.3f over %s); D accuracy "
                    + "%.0f%% on real and %.0f%% on fake images", Signatures.D_LOSS_WON, dFake, where,
                    100 * accReal, 100 * accFake));
            return Verdict.CONVERGENCE_FAILURE;
        }
        if (gLoss > Signatures.G_LOSS_LOST && accFake >= Signatures.D_ACC_WON) {
            evidence.add(String.format(Locale.ROOT, "G loss %.1f (above %.0f) over %s while D catches %.0f%% of the "
                    + "fakes", gLoss, Signatures.G_LOSS_LOST, where, 100 * accFake));
            return Verdict.CONVERGENCE_FAILURE;
        }
        double dX = Diagnoser.mean(window, IterationMetrics::dReal);
        double dGz = Diagnoser.mean(window, IterationMetrics::dFake);
        boolean rightAndSure = Math.min(accReal, accFake) >= Signatures.D_ACC_DOMINANT
                && Math.max(dReal, dFake) < Signatures.D_LOSS_DOMINANT && gLoss > Signatures.G_LOSS_DOMINATED;
        boolean outputsApart = dX >= Signatures.D_X_DOMINANT && dGz <= Signatures.D_G_Z_DOMINATED
                && gLoss > Signatures.G_LOSS_STARVED;
        if (rightAndSure || outputsApart) {
            evidence.add(String.format(Locale.ROOT, "D dominates over %s: D(x) %.2f, D(G(z)) %.2f; accuracy %.0f%% on "
                    + "real and %.0f%% on fake images; G loss %.1f", where, dX, dGz, 100 * accReal, 100 * accFake, gLoss));
            return Verdict.CONVERGENCE_FAILURE;
        }
        return null;
    }

    /**
     * D has won, read from scores (the hinge loss): right about nearly every image with a wide margin, or right
     * about most with a margin past the hinge's. A convergence failure, or null.
     */
    static Verdict scoresWon(double margin, double accReal, double accFake, double gLoss,
                                     List<String> evidence, String where) {
        boolean won = margin >= Signatures.MARGIN_WON && Math.min(accReal, accFake) >= Signatures.D_ACC_WON;
        boolean dominant = margin >= Signatures.MARGIN_DOMINANT
                && Math.min(accReal, accFake) >= Signatures.D_ACC_DOMINANT;
        if (won || dominant) {
            evidence.add(String.format(Locale.ROOT, "D's margin E D(x) - E D(G(z)) is %.2f over %s, and its score "
                    + "has the right sign for %.0f%% of real and %.0f%% of fake images (D dominates from %.0f%% with "
                    + "a margin of %.1f); G loss %.2f", margin, where, 100 * accReal, 100 * accFake,
                    100 * Signatures.D_ACC_DOMINANT, Signatures.MARGIN_DOMINANT, gLoss));
            return Verdict.CONVERGENCE_FAILURE;
        }
        return null;
    }
}
