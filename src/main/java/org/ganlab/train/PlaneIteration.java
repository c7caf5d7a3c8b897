package org.ganlab.train;

import org.ganlab.records.Player;

/**
 * The updates of one iteration of the playground in their order (see {@link UpdateOrder}), and what their losses add
 * up to: an iteration may be taken whole or update by update, and ends the same.
 */
final class PlaneIteration extends UpdateOrder {
    private double lossReal;
    private double lossFake;
    private double accReal;
    private double accFake;
    private double gLoss;

    PlaneIteration(int dSteps, int gSteps) {
        super(dSteps, gSteps);
    }

    void discriminator(Losses.Bce real, Losses.Bce fake) {
        lossReal += real.loss();
        lossFake += fake.loss();
        accReal += real.accuracy();
        accFake += fake.accuracy();
        took(Player.D);
    }

    void generator(double loss) {
        gLoss += loss;
        took(Player.G);
    }

    /** The iteration's numbers (D's averaged over its steps, G's over its), and a new iteration begins. */
    PlaneGan.Step end() {
        int dSteps = of(Player.D);
        PlaneGan.Step s = new PlaneGan.Step(lossReal / dSteps, lossFake / dSteps, gLoss / of(Player.G),
                accReal / dSteps, accFake / dSteps);
        clear();
        return s;
    }

    /** Nothing taken: a new iteration (after a checkpoint is restored, say). */
    @Override
    void clear() {
        super.clear();
        lossReal = 0;
        lossFake = 0;
        accReal = 0;
        accFake = 0;
        gLoss = 0;
    }
}
