package org.ganlab.records;

/** Pause, resume and stop for a run, safe to call from any thread. The trainer checks it between iterations. */
public final class TrainingControl {
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
    public synchronized boolean proceed() throws InterruptedException {
        while (paused && !stopped) {
            wait();
        }
        return !stopped;
    }
}
