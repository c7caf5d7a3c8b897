package org.ganlab.train;

import org.ganlab.records.Player;

/**
 * The order of one iteration's updates, for runs of either kind: D's steps first, then G's, and how many of each are
 * taken. An iteration may be taken whole or update by update (a student stepping a paused run), and ends the same.
 */
class UpdateOrder {
    private final int dSteps;
    private final int gSteps;
    private int dTaken;
    private int gTaken;

    UpdateOrder(int dSteps, int gSteps) {
        this.dSteps = dSteps;
        this.gSteps = gSteps;
    }

    /** The network the next update trains: D until its steps are taken, then G. */
    Player next() {
        return dTaken < dSteps ? Player.D : Player.G;
    }

    /** Updates not yet taken (all of them between two iterations). */
    int left() {
        return dSteps - dTaken + gSteps - gTaken;
    }

    /** How many of {@link #next()}'s updates are taken. */
    int takenOfNext() {
        return next() == Player.D ? dTaken : gTaken;
    }

    /** How many updates {@code player} takes per iteration. */
    int of(Player player) {
        return player == Player.D ? dSteps : gSteps;
    }

    /** {@code player}'s update is taken. */
    void took(Player player) {
        if (player == Player.D) {
            dTaken++;
        } else {
            gTaken++;
        }
    }

    /** Nothing taken: a new iteration. */
    void clear() {
        dTaken = 0;
        gTaken = 0;
    }
}
