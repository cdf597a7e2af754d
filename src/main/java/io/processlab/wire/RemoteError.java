package io.processlab.wire;

/**
 * An error that crosses the wire: a kind the caller can act on and a message for people.
 *
 * @param kind one of the constants below, or another word the receiver treats as {@link #FAILED}
 * @param message what went wrong, in words
 */
public record RemoteError(String kind, String message) {
    /** A non-blocking or timed get found nothing (Python's queue.Empty). */
    public static final String EMPTY = "empty";
    /** recv on a pipe end whose other end is closed and drained (Python's EOFError). */
    public static final String EOF = "eof";
    /** A call that Python answers with ValueError (task_done too often, release of an unlocked lock). */
    public static final String VALUE = "value";
    /** Use of a closed object (Python's OSError on a closed Connection). */
    public static final String CLOSED = "closed";
    /** The lock's holder died while holding it. */
    public static final String ABANDONED = "abandoned";
    /** What cannot be sent to another process. */
    public static final String NOT_SENDABLE = "not-sendable";
    /** A wait that nothing can end any more (every process that could end it is gone). */
    public static final String DEADLOCK = "deadlock";
    /** A join whose tasks were taken by a process that ended before marking them done. */
    public static final String LOST = "lost";
    /** A wait woken early by the parent itself (a pool's worker ended). */
    public static final String WOKEN = "woken";
    /** The run is ending. */
    public static final String STOPPED = "stopped";
    /** Anything else. */
    public static final String FAILED = "failed";
}
