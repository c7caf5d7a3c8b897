package org.ganlab.records;

import java.util.function.Supplier;

/**
 * One epoch's sample grid as a run holds it: the epoch, the iteration it was drawn at, the grid (read from its file
 * when first asked for, or already in memory), D's held-out check then (null when not recorded) and what D made of
 * the grid (read when first asked for; null when the run did not record it).
 */
public record EpochGrid(int epoch, int iteration, Supplier<SampleGrid> source, HeldOutCheck heldOut,
                        Supplier<GridScores> judged) implements PerEpoch {
    /** A grid already in memory (a run training in the lab). */
    public static EpochGrid of(int epoch, int iteration, SampleGrid grid, HeldOutCheck heldOut, GridScores scores) {
        return new EpochGrid(epoch, iteration, () -> grid, heldOut, () -> scores);
    }

    public SampleGrid grid() {
        return source.get();
    }

    /** D's scores on the grid and on the real images, or null when the run has none for this epoch. */
    public GridScores scores() {
        return judged.get();
    }
}
