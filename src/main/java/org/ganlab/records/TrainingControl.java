package org.ganlab.records;

/** Pause, resume and stop for a run, safe to call from any thread. The trainer checks it between iterations. */
public final class TrainingControl {
    /** How often a paused run looks for other work to do at its safe point (a latent walk asked for while paused). */
    static final long PAUSED_POLL_MILLIS = 20;

    private boolean paused;
    private boolean stopped;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    public synchronized boolean stopped() {
        return stopped;
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** Blocks while paused; returns false when the run should stop. */
    public boolean proceed() throws InterruptedException {
        return proceed(() -> { });
    }

    /**
     * Runs {@code safePoint} (other work that may share the trainer's thread between two iterations), then blocks
     * while paused, running it again every few milliseconds; returns false when the run should stop.
     */
    public boolean proceed(Runnable safePoint) throws InterruptedException {
        while (true) {
            synchronized (this) {
                if (stopped) {
                    return false;
                }
            }
            safePoint.run();
            synchronized (this) {
                if (stopped) {
                    return false;
                }
                if (!paused) {
                    return true;
                }
                wait(PAUSED_POLL_MILLIS);
            }
        }
    }
}
