package org.ganlab.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ganlab.backend.OneDnn;
import org.ganlab.records.TrainingControl;

/**
 * The command line's answer to Ctrl+C and SIGTERM while it trains: the JVM's shutdown hook asks training to stop at
 * its next safe point, then waits (at most {@link #WAIT}) until the command's thread, the process's one thread for
 * native work, has left training, so that the run folder says stopped with its complete epochs and the JVM's exit
 * handlers never free oneDNN's code while a convolution still runs it. Used as
 * {@code try (StopOnExit exit = StopOnExit.install(control)) { train }}.
 */
final class StopOnExit implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    private StopOnExit(TrainingControl control) {
        hook = new Thread(() -> {
            control.stop();
            try {
                if (done.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    OneDnn.close();
                } else {
                    System.err.println("gan-lab: training did not stop within " + WAIT.toSeconds() + " s; exiting");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gan-lab-stop-on-exit");
    }

    static StopOnExit install(TrainingControl control) {
        StopOnExit exit = new StopOnExit(control);
        Runtime.getRuntime().addShutdownHook(exit.hook);
        return exit;
    }

    /** Training has returned: a hook that is running may let the JVM exit; one that is not is removed. */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it saw the count reach zero
        }
    }
}
