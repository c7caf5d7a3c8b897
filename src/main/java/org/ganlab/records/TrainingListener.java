package org.ganlab.records;

/**
 * Receives what a run produces, on the training thread. Implementations that feed a screen must hand the data
 * over quickly (buffer it) and never block.
 */
public interface TrainingListener {
    default void started(RunPlan plan) {
    }

    default void iteration(IterationMetrics metrics) {
    }

    default void epoch(EpochSnapshot snapshot) {
    }

    /** One network's update, taken alone in a paused run, and what it changed (after the iteration it may end). */
    default void update(SingleUpdate update) {
    }

    /** Called once at the end, whatever the outcome; {@code message} explains a stop, a divergence or a failure. */
    default void finished(RunStatus status, String message) {
    }

    /** Calls every listener in turn. */
    static TrainingListener all(TrainingListener... listeners) {
        return new TrainingListener() {
            @Override
            public void started(RunPlan plan) {
                for (TrainingListener l : listeners) {
                    l.started(plan);
                }
            }

            @Override
            public void iteration(IterationMetrics metrics) {
                for (TrainingListener l : listeners) {
                    l.iteration(metrics);
                }
            }

            @Override
            public void epoch(EpochSnapshot snapshot) {
                for (TrainingListener l : listeners) {
                    l.epoch(snapshot);
                }
            }

            @Override
            public void update(SingleUpdate update) {
                for (TrainingListener l : listeners) {
                    l.update(update);
                }
            }

            @Override
            public void finished(RunStatus status, String message) {
                for (TrainingListener l : listeners) {
                    l.finished(status, message);
                }
            }
        };
    }
}
