package org.ganlab.session;

import org.ganlab.diagnosis.Verdict;

/**
 * The witness of a failure on points, which a remedy must move the right way on every seed for its pair to count
 * ({@link PairRule}): for a collapse, the modes covered (up) and the mode KL (down); for an oscillation, the hopping
 * (down) with the modes covered not falling; for a D that wins, D's accuracy (down: the share of points it sorts
 * right, by the sign of its score for the hinge loss and by the side of its midpoint for a critic, so that arms with
 * different losses compare) but still above chance by {@link PairRule#TELLS_APART} (a D held back, not blinded or turned
 * round), and the share of G's points on a mode (up). Every witness keeps the quality guard, the points' counterpart
 * of the Frechet distance on images: the share of G's points on a mode may not fall by the rule's margin (a G spread
 * over every mode but off them all is not a cure).
 */
public enum PointsWitness {
    COLLAPSE("the modes covered and the KL"),
    OSCILLATION("the hopping (with the modes covered)"),
    D_WINS("D's accuracy and the share on a mode");

    /** One arm's figures at its last check, as the witness reads them (shares from 0 to 1). */
    public record Figures(int modes, double kl, double hopping, double dAccuracy, double onMode) {
    }

    private final String text;

    PointsWitness(String text) {
        this.text = text;
    }

    /** The witness of a failure built to show {@code failure}. */
    public static PointsWitness of(Verdict failure) {
        return switch (failure) {
            case CONVERGENCE_FAILURE -> D_WINS;
            case OSCILLATION -> OSCILLATION;
            default -> COLLAPSE;
        };
    }

    /** Whether the remedy moved this witness the right way from the failure, and kept the quality guard. */
    public boolean moved(Figures failure, Figures remedy) {
        return ownMoved(failure, remedy) && guarded(failure, remedy);
    }

    /** The quality guard: the share of G's points on a mode did not fall by the rule's margin. */
    public static boolean guarded(Figures failure, Figures remedy) {
        return !PairRule.fell(failure.onMode(), remedy.onMode());
    }

    /** Whether the remedy moved this witness's own figures the right way (the guard aside). */
    public boolean ownMoved(Figures failure, Figures remedy) {
        return switch (this) {
            case D_WINS -> PairRule.fell(failure.dAccuracy(), remedy.dAccuracy())
                    && remedy.dAccuracy() >= 0.5 + PairRule.TELLS_APART && PairRule.rose(failure.onMode(), remedy.onMode());
            case OSCILLATION -> PairRule.fell(failure.hopping(), remedy.hopping()) && remedy.modes() >= failure.modes();
            case COLLAPSE -> remedy.modes() > failure.modes() && PairRule.fell(failure.kl(), remedy.kl());
        };
    }

    /** What the witness is, as the pair's sentence names it. */
    public String text() {
        return text;
    }
}
