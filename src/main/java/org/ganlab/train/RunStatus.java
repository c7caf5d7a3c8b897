package org.ganlab.train;

/** How a run stands or ended. */
public enum RunStatus {
    RUNNING, COMPLETED, STOPPED, DIVERGED, FAILED;

    public boolean finished() {
        return this != RUNNING;
    }
}
