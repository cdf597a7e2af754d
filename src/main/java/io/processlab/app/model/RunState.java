package io.processlab.app.model;

/** Where the window's run is. */
public enum RunState {
    /** No run yet (or after Reset). */
    IDLE,
    /** A run is going. */
    RUNNING,
    /** Stop was pressed; the children are being ended. */
    STOPPING,
    /** The run ended and every process succeeded. */
    DONE,
    /** The run ended and something failed. */
    FAILED,
    /** The run was stopped by the user. */
    STOPPED;

    public boolean busy() {
        return this == RUNNING || this == STOPPING;
    }
}
