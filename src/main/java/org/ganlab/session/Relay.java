package org.ganlab.session;

import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.RunWriter;

/** Hands the playground's events to whoever listens now: the writer always, a progress report while training. */
final class Relay implements TrainingListener {
    private final RunWriter writer;
    /** Who else listens: a progress report while training, else nobody. */
    TrainingListener also = TrainingListener.all();

    Relay(RunWriter writer) {
        this.writer = writer;
    }

    RunWriter writer() {
        return writer;
    }

    @Override
    public void started(RunPlan plan) {
        writer.started(plan);
        also.started(plan);
    }

    @Override
    public void iteration(IterationMetrics m) {
        writer.iteration(m);
        also.iteration(m);
    }

    @Override
    public void epoch(EpochSnapshot s) {
        writer.epoch(s);
        also.epoch(s);
    }

    @Override
    public void finished(RunStatus status, String message) {
        writer.finished(status, message);
        also.finished(status, message);
    }
}
