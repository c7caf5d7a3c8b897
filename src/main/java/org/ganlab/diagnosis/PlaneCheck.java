package org.ganlab.diagnosis;

import org.ganlab.quality.PlaneMeasures;

/**
 * The plane playground's numbers at one check (its "epoch"): D's losses and accuracies and G's loss averaged over the
 * iterations since the last check, and the coverage measures of fresh points of G.
 */
public record PlaneCheck(int iteration, double dLossReal, double dLossFake, double gLoss, double dAccReal,
                         double dAccFake, PlaneMeasures measures) {
    /** D's mean loss over its real and fake halves. */
    public double dLoss() {
        return (dLossReal + dLossFake) / 2;
    }
}
