package io.processlab.view.timeline;

/**
 * What a process is doing at a moment, as the timeline colours it. {@link #HOLDING_LOCK} is drawn
 * as a band above the bar, because a process may hold a lock while it runs or while it waits.
 */
public enum State {
    /** Spawned, its JVM not yet ready (spawn until its hello). */
    STARTING,
    /** Running its own code. */
    RUNNING,
    /** In {@code lock.acquire()}, waiting for another process to release the lock. */
    WAITING_LOCK,
    /** Holding a lock (acquired until released); the band above the bar. */
    HOLDING_LOCK,
    /** Blocked in get, recv, a queue's join or a process's join. */
    BLOCKED,
    /** In {@code event.wait()}. */
    WAITING_EVENT,
    /** In {@code sleep}. */
    SLEEPING,
    /** Ended with exit code 0. */
    EXITED,
    /** Ended with a non-zero exit code, or after an uncaught error. */
    FAILED;

    private static final State[] VALUES = values();

    static State of(int ordinal) {
        return VALUES[ordinal];
    }

    /** Whether the process has ended. */
    public boolean ended() {
        return this == EXITED || this == FAILED;
    }
}
