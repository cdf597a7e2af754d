package io.processlab.trace;

/** The words used as {@link TraceEvent#kind()}. */
public final class Kinds {
    public static final String SPAWN = "spawn";
    public static final String START = "start";
    public static final String PRINT = "print";
    public static final String STDERR = "stderr";
    public static final String SLEEP = "sleep";
    public static final String WAKE = "wake";
    public static final String STEP = "step";
    public static final String CREATE = "create";
    public static final String ACQUIRE_WAIT = "acquire-wait";
    public static final String ACQUIRED = "acquired";
    public static final String ACQUIRE_TIMEOUT = "acquire-timeout";
    public static final String RELEASED = "released";
    public static final String PUT = "put";
    public static final String GET_WAIT = "get-wait";
    public static final String GET = "get";
    public static final String GET_EMPTY = "get-empty";
    public static final String TASK_DONE = "task-done";
    public static final String JOIN_WAIT = "join-wait";
    public static final String JOINED = "joined";
    public static final String EVENT_WAIT = "event-wait";
    public static final String EVENT_SET = "event-set";
    public static final String EVENT_CLEAR = "event-clear";
    public static final String EVENT_WAKE = "event-wake";
    public static final String SEND = "send";
    public static final String RECV_WAIT = "recv-wait";
    public static final String RECV = "recv";
    public static final String CLOSE = "close";
    public static final String PROCESS_JOIN_WAIT = "process-join-wait";
    public static final String PROCESS_JOINED = "process-joined";
    public static final String EXIT = "exit";
    public static final String ERROR = "error";
    /** A pool replaced a worker that ended, and runs its lost work again. */
    public static final String RESTART = "restart";
    /** Step mode: an operation is held until the user lets it through. */
    public static final String HELD = "held";
    /** Step mode: the user let a held operation through. */
    public static final String GRANTED = "granted";
    /**
     * Step mode: a held operation went on because the gate stopped holding (step mode turned off,
     * or the run ended), not because the user chose it. Traces written before it existed have none.
     */
    public static final String FREED = "freed";
    /** Processes wait for each other in a cycle; the detail lists the cycle. */
    public static final String DEADLOCK = "deadlock";
    /**
     * The run ended (its script returned or it was stopped, and every child was ended): the
     * parent's last event, so that the parent's lane ends where the run does. Traces written
     * before it existed have none; a viewer then ends the parent's lane at the last event.
     */
    public static final String END = "end";
    /** A figure a lesson measured: object = its name, detail = its value (a concept demo's chart). */
    public static final String METRIC = "metric";
    /** The {@link #METRIC} a pool records as a map starts: how many chunks the map makes. */
    public static final String POOL_CHUNKS_METRIC = "pool.chunks";

    private Kinds() {
    }
}
