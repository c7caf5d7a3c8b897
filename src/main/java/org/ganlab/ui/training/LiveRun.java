package org.ganlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SingleUpdate;
import org.ganlab.records.TrainingListener;

/**
 * The hand-over between the training thread and the screen: the trainer appends to lock-free queues and never
 * waits; the JavaFX thread drains everything that arrived once per pulse. Every point is kept (a curve needs all of
 * them), unlike Task.updateProgress which keeps only the latest value.
 */
public final class LiveRun implements TrainingListener {
    private final ConcurrentLinkedQueue<IterationMetrics> metrics = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<EpochSnapshot> epochs = new ConcurrentLinkedQueue<>();
    private volatile RunPlan plan;
    private volatile RunStatus status = RunStatus.RUNNING;
    private volatile String message = "";
    /** The update last taken alone and not yet shown, or null. */
    private final AtomicReference<SingleUpdate> update = new AtomicReference<>();

    @Override
    public void started(RunPlan p) {
        plan = p;
    }

    @Override
    public void iteration(IterationMetrics m) {
        metrics.add(m);
    }

    @Override
    public void epoch(EpochSnapshot s) {
        epochs.add(s);
    }

    @Override
    public void update(SingleUpdate u) {
        update.set(u);
    }

    @Override
    public void finished(RunStatus s, String text) {
        message = text;
        status = s;
    }

    RunPlan plan() {
        return plan;
    }

    RunStatus status() {
        return status;
    }

    String message() {
        return message;
    }

    /** The update last taken alone since the last call, or null. */
    SingleUpdate takeUpdate() {
        return update.getAndSet(null);
    }

    /** Moves what arrived since the last call to the consumers; returns false when nothing did. */
    boolean drain(Consumer<List<IterationMetrics>> metricsSink, Consumer<EpochSnapshot> epochSink) {
        List<IterationMetrics> batch = new ArrayList<>();
        for (IterationMetrics m; (m = metrics.poll()) != null; ) {
            batch.add(m);
        }
        if (!batch.isEmpty()) {
            metricsSink.accept(batch);
        }
        boolean any = !batch.isEmpty();
        for (EpochSnapshot s; (s = epochs.poll()) != null; ) {
            epochSink.accept(s);
            any = true;
        }
        return any;
    }
}
