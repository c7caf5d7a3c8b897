package org.ganlab.train;

import org.ganlab.records.Player;

/**
 * The updates of one iteration of the playground in their order (D's steps, then G's), how many of each are taken,
 * and what their losses add up to: an iteration may be taken whole or update by update, and ends the same.
 */
final class PlaneIteration {
    private final int dSteps;
    private final int gSteps;
    private int dTaken;
    private int gTaken;
    private double lossReal;
    private double lossFake;
    private double accReal;
    private double accFake;
    private double gLoss;

    PlaneIteration(int dSteps, int gSteps) {
        this.dSteps = dSteps;
        this.gSteps = gSteps;
    }

    /** The network the next update trains: D until its steps are taken, then G. */
    Player next() {
        return dTaken < dSteps ? Player.D : Player.G;
    }

    /** Updates not yet taken. */
    int left() {
        return dSteps - dTaken + gSteps - gTaken;
    }

    /** How many of {@link #next()}'s updates are taken. */
    int takenOfNext() {
        return next() == Player.D ? dTaken : gTaken;
    }

    void discriminator(Losses.Bce real, Losses.Bce fake) {
        lossReal += real.loss();
        lossFake += fake.loss();
        accReal += real.accuracy();
        accFake += fake.accuracy();
        dTaken++;
    }

    void generator(double loss) {
        gLoss += loss;
        gTaken++;
    }

    /** The iteration's numbers (D's averaged over its steps, G's over its), and a new iteration begins. */
    PlaneGan.Step end() {
        PlaneGan.Step s = new PlaneGan.Step(lossReal / dSteps, lossFake / dSteps, gLoss / gSteps, accReal / dSteps,
                accFake / dSteps);
        clear();
        return s;
    }

    /** Nothing taken: a new iteration (after a checkpoint is restored, say). */
    void clear() {
        dTaken = 0;
        gTaken = 0;
        lossReal = 0;
        lossFake = 0;
        accReal = 0;
        accFake = 0;
        gLoss = 0;
    }
}
