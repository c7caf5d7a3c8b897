package org.ganlab.train;

import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunPlan;
import org.ganlab.records.SingleUpdate;

/**
 * What differs between the two kinds of data, as the one loop ({@link TrainingLoop}) drives it: the networks and
 * their step, and what is taken at the end of an epoch (an epoch of images: its grids and checkpoint; a check of
 * points: its coverage, its picture and checkpoint). The loop owns the rest: the order of iterations and epochs,
 * pause, stop, a loss that diverges, and the listener.
 */
public interface GanModule {
    /** What the run is to do: its kind, iterations per epoch (or check) and iterations in all. */
    RunPlan plan();

    /** One training iteration, the {@code iteration}th of the run (from 1), in epoch {@code epoch}. */
    IterationMetrics iterate(int iteration, int epoch, long startNanos);

    /**
     * The next update of iteration {@code iteration} taken alone (a student stepping a paused run), with what it
     * changed; the update that ends the iteration is taken by {@code whole}, the loop's own step, which counts the
     * iteration and takes what is left of it. A kind that does not take updates alone takes the whole iteration.
     */
    default SingleUpdate update(int iteration, Runnable whole) {
        whole.run();
        return null;
    }

    /** The end of epoch (or check) {@code epoch}, after iteration {@code iteration}, {@code seconds} into the run. */
    EpochSnapshot endOfEpoch(int epoch, int iteration, double seconds);
}
