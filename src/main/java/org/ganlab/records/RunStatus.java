package org.ganlab.records;

/**
 * How a run stands or ended. INTERRUPTED is never written: it is how a run reads whose file says RUNNING while no
 * process trains it any more (killed, crashed).
 */
public enum RunStatus {
    RUNNING, COMPLETED, STOPPED, DIVERGED, FAILED, INTERRUPTED;

    public boolean finished() {
        return this != RUNNING;
    }
}
