package org.ganlab.train;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.ganlab.backend.NativeOwner;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SingleUpdate;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one training loop, for runs of either kind: iterations in order, an epoch's end after every
 * {@link RunPlan#iterationsPerEpoch()} of them (and after the last), the listener told of each, pause and stop at the
 * safe point between two iterations, and a loss that turns NaN or infinite ending the run as diverged. Run to the end
 * with {@link #train}, or in slices of time with {@link #runFor} (the playground, beside an image run on the same
 * native owner), which end the same way. It goes on from where a checkpoint left a run when it is built so.
 */
public final class TrainingLoop {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

    private final GanModule module;
    private final RunPlan plan;
    private final TrainingListener listener;
    private final long startNanos;
    /** The epoch and iteration the run goes on from (0 and 0 for a new run): epochs are counted from there. */
    private final int fromEpoch;
    private final int fromIteration;
    private int iteration;
    private boolean started;
    private RunStatus ended;
    private long trainingNanos;
    private long listeningNanos;

    /**
     * A loop over {@code module} that {@code listener} hears, going on from the end of epoch {@code fromEpoch}, after
     * iteration {@code fromIteration} (0 and 0 for a new run), with {@code fromSeconds} of training behind it.
     */
    public TrainingLoop(GanModule module, TrainingListener listener, int fromEpoch, int fromIteration,
                        double fromSeconds) {
        this.module = module;
        this.plan = module.plan();
        this.listener = listener;
        this.fromEpoch = fromEpoch;
        this.fromIteration = fromIteration;
        this.iteration = fromIteration;
        this.startNanos = System.nanoTime() - Math.round(fromSeconds * 1e9);
    }

    /**
     * Trains to the end, or until {@code control} stops it; returns how the run ended. The listener hears the run
     * start at once, so a run stopped before its first iteration still ends as stopped.
     */
    public RunStatus train(TrainingControl control) {
        begin();
        try {
            while (ended == null && iteration < plan.totalIterations()) {
                if (!control.proceed(NativeOwner::safePoint)) {
                    stop();
                    break;
                }
                if (control.tookUpdate()) {
                    update();
                } else {
                    step();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(RunStatus.STOPPED, "interrupted");
        }
        return finish();
    }

    /** Trains until {@code nanos} have passed or the run has ended; true once it has ended. */
    public boolean runFor(long nanos) {
        long start = System.nanoTime();
        return runWhile(() -> System.nanoTime() - start < nanos);
    }

    /**
     * Trains {@code steps} iterations (each D's steps, then G's), or fewer when the run ends first: a student
     * stepping through a paused run. True once it has ended.
     */
    public boolean runSteps(int steps) {
        int until = iteration + steps;
        return runWhile(() -> iteration < until);
    }

    /** Trains while {@code more} says so and the run goes on, then tells its end if it has come; true once ended. */
    private boolean runWhile(BooleanSupplier more) {
        while (ended == null && iteration < plan.totalIterations() && more.getAsBoolean()) {
            step();
        }
        finish();
        return ended != null;
    }

    /** Ends the run where it is (the student pressed Stop): every complete epoch is kept. Nothing after the end. */
    public void stop() {
        int epoch = fromEpoch + (iteration - fromIteration) / plan.iterationsPerEpoch();
        end(RunStatus.STOPPED, String.format(Locale.ROOT, "stopped by the user during %s %d; %d %s complete",
                plan.kind().epoch(), epoch + 1, epoch, epoch == 1 ? plan.kind().epoch() : plan.kind().epochs()));
    }

    /** How the run ended, or null while it goes on. */
    public RunStatus ended() {
        return ended;
    }

    private void begin() {
        if (!started) {
            started = true;
            listener.started(plan);
        }
    }

    private void step() {
        begin();
        iteration++;
        int perEpoch = plan.iterationsPerEpoch();
        int epoch = fromEpoch + (iteration - fromIteration - 1) / perEpoch + 1;
        IterationMetrics m;
        try {
            long t0 = System.nanoTime();
            m = module.iterate(iteration, epoch, startNanos);
            long t1 = System.nanoTime();
            listener.iteration(m);
            trainingNanos += t1 - t0;
            listeningNanos += System.nanoTime() - t1;
            if (!m.finite()) {
                end(RunStatus.DIVERGED, "a loss became " + (Double.isNaN(m.gLoss() + m.dLossReal() + m.dLossFake())
                        ? "NaN" : "infinite") + " at iteration " + iteration + " (" + plan.kind().epoch() + " " + epoch
                        + ")");
                return;
            }
            if ((iteration - fromIteration) % perEpoch == 0 || iteration == plan.totalIterations()) {
                long t2 = System.nanoTime();
                listener.epoch(module.endOfEpoch(epoch, iteration, (System.nanoTime() - startNanos) / 1e9));
                if (LOG.isDebugEnabled()) { // where an epoch's time goes (GANLAB_LOG=DEBUG): the lab against bench
                    LOG.debug(String.format(Locale.ROOT, "%s %d: %.1f ms an iteration in training and %.2f ms in the "
                            + "listeners; its end %.2f s", plan.kind().epoch(), epoch,
                            trainingNanos / 1e6 / (iteration - fromIteration),
                            listeningNanos / 1e6 / (iteration - fromIteration), (System.nanoTime() - t2) / 1e9));
                }
            }
        } catch (RuntimeException | Error e) {
            ended = RunStatus.FAILED;
            listener.finished(RunStatus.FAILED, "training failed: " + e);
            throw e;
        }
    }

    /** The next update alone, told to the listener; the one that ends an iteration is the loop's {@link #step}. */
    private void update() {
        begin();
        SingleUpdate u;
        try {
            u = module.update(iteration + 1, this::step);
        } catch (RuntimeException | Error e) {
            if (ended == null) { // the loop's step, when it took the update, has told the failure
                ended = RunStatus.FAILED;
                listener.finished(RunStatus.FAILED, "training failed: " + e);
            }
            throw e;
        }
        if (u != null) {
            listener.update(u);
        }
    }

    /** The run's end once it has trained all its iterations, told once. */
    private RunStatus finish() {
        if (ended == null && iteration >= plan.totalIterations()) {
            end(RunStatus.COMPLETED, "completed " + plan.epochs() + " " + (plan.epochs() == 1 ? plan.kind().epoch()
                    : plan.kind().epochs()));
        }
        return ended;
    }

    private void end(RunStatus status, String message) {
        if (ended == null) {
            ended = status;
            if (started) {
                listener.finished(status, message);
            }
        }
    }
}
