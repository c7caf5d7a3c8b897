package org.ganlab.records;

/**
 * Pause, resume, stop and step for a run, safe to call from any thread. The trainer checks it between iterations: a
 * paused run waits there, and a step lets one iteration through and waits again; an update lets one network's next
 * update through alone (see {@link #tookUpdate}).
 */
public final class TrainingControl {
    /** How often a paused run looks for other work to do at its safe point (a latent walk asked for while paused). */
    static final long PAUSED_POLL_MILLIS = 20;

    private boolean paused;
    private boolean stopped;
    /** Iterations a paused run may still take (steps asked for and not yet taken). */
    private int steps;
    /** Single updates a paused run may still take, and whether the trainer was let through for one. */
    private int updates;
    private boolean single;
    /** The trainer waits at the pause point: no iteration is under way. */
    private boolean parked;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        steps = 0;
        updates = 0;
        notifyAll();
    }

    /** Lets a paused run take one iteration, then wait again (nothing changes for a run that is not paused). */
    public synchronized void step() {
        if (paused) {
            steps++;
            notifyAll();
        }
    }

    /** Lets a paused run take its iteration's next update alone, then wait again (nothing for a run not paused). */
    public synchronized void update() {
        if (paused) {
            updates++;
            notifyAll();
        }
    }

    /**
     * Whether the trainer, let through by {@link #proceed}, is to take one update alone rather than an iteration;
     * asking clears it.
     */
    public synchronized boolean tookUpdate() {
        boolean was = single;
        single = false;
        return was;
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

    /** Whether the trainer waits at the pause point now, with no iteration under way. */
    public synchronized boolean parked() {
        return parked;
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
                if (!paused || steps > 0 || updates > 0) {
                    single = paused && steps == 0;
                    if (single) {
                        updates--;
                    } else {
                        steps -= paused ? 1 : 0;
                    }
                    parked = false;
                    return true;
                }
                parked = true;
                wait(PAUSED_POLL_MILLIS);
            }
        }
    }
}
