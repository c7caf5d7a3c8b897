package org.ganlab.records;


/**
 * The plane playground's numbers at one check (its "epoch"): D's losses and accuracies and G's loss averaged over the
 * iterations since the last check, and the coverage measures of fresh points of G.
 */
public record PlaneCheck(int iteration, double dLossReal, double dLossFake, double gLoss, double dAccReal,
                         double dAccFake, PlaneMeasures measures) {
    /** Modes G covers at this check. */
    public int covered() {
        return measures.covered();
    }

    /** Modes of the data (0 for a shape without modes). */
    public int modes() {
        return measures.histogram().length;
    }

    /** D's mean loss over its real and fake halves. */
    public double dLoss() {
        return (dLossReal + dLossFake) / 2;
    }

    /**
     * D's mean accuracy over its real and fake halves (the hinge loss: by the sign of its score; the critic: by the
     * side of the midpoint between its mean real and fake scores).
     */
    public double dAccuracy() {
        return (dAccReal + dAccFake) / 2;
    }
}
