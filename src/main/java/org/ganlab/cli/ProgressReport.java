package org.ganlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingListener;

/** Prints progress with an ETA at most every few seconds, and a line per epoch. */
final class ProgressReport implements TrainingListener {
    private static final long INTERVAL_NANOS = 5_000_000_000L;
    private final PrintWriter out;
    private int total;
    private int epochs;
    private String word = "epoch";
    private long lastPrint;
    private IterationMetrics last;

    ProgressReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(RunPlan plan) {
        total = plan.totalIterations();
        epochs = plan.epochs();
        word = plan.kind().epoch();
        lastPrint = System.nanoTime();
    }

    @Override
    public void iteration(IterationMetrics m) {
        last = m;
        if (System.nanoTime() - lastPrint > INTERVAL_NANOS) {
            lastPrint = System.nanoTime();
            out.println(line(m));
        }
    }

    @Override
    public void epoch(EpochSnapshot s) {
        if (last != null) {
            out.println(line(last) + "  [" + word + " " + s.epoch() + " written]");
        }
    }

    @Override
    public void finished(RunStatus status, String message) {
        out.println(status.name().toLowerCase() + ": " + message);
    }

    private String line(IterationMetrics m) {
        double perIteration = m.seconds() / m.iteration();
        long eta = Math.round(perIteration * (total - m.iteration()));
        return String.format(Locale.ROOT, "%s %d/%d  iteration %d/%d  d_real %.3f  d_fake %.3f  g %.3f  acc "
                        + "%.0f%%/%.0f%%  %.2f s/it  ETA %d:%02d", word, m.epoch(), epochs, m.iteration(), total, m.dLossReal(), m.dLossFake(),
                m.gLoss(), 100 * m.dAccReal(), 100 * m.dAccFake(), perIteration, eta / 60, eta % 60);
    }
}
