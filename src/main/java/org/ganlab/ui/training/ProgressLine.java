package org.ganlab.ui.training;

import java.util.Locale;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;

/** The progress line under the controls: where a run stands, how long it has run and how long it has left. */
final class ProgressLine {
    private ProgressLine() {
    }

    /** While training: epoch and iteration of the total, time elapsed, and the time left at the pace so far. */
    static String during(IterationMetrics last, int epochs, int totalIterations) {
        double perIteration = last.seconds() / Math.max(1, last.iteration());
        long eta = Math.round(perIteration * Math.max(0, totalIterations - last.iteration()));
        return String.format(Locale.ROOT, "epoch %d/%d · iteration %d/%d · %s elapsed · ETA %s", last.epoch(), epochs,
                last.iteration(), totalIterations, clock(last.seconds()), clock(eta));
    }

    /** After a run that did not complete: how it ended and where (the message line says why). */
    static String after(RunStatus status, int completeEpochs, IterationMetrics last) {
        String how = status.name().toLowerCase(Locale.ROOT);
        return last == null ? how : how + " after " + completeEpochs + " complete epochs, iteration " + last.iteration();
    }

    /** Minutes and seconds, m:ss. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
