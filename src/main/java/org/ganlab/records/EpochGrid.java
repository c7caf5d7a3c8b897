package org.ganlab.records;

import java.util.function.Supplier;

/**
 * One epoch's sample grid as a run holds it: the epoch, the iteration it was drawn at, the grid (read from its file
 * when first asked for, or already in memory) and D's held-out check then (null when not recorded).
 */
public record EpochGrid(int epoch, int iteration, Supplier<SampleGrid> source, HeldOutCheck heldOut)
        implements PerEpoch {
    /** A grid already in memory (a run training in the lab). */
    public static EpochGrid of(int epoch, int iteration, SampleGrid grid, HeldOutCheck heldOut) {
        return new EpochGrid(epoch, iteration, () -> grid, heldOut);
    }

    public SampleGrid grid() {
        return source.get();
    }
}
