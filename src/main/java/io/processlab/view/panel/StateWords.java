package io.processlab.view.panel;

import io.processlab.view.objects.ProcState;

/** The state words of a process in the panels: keys under {@code state.} in the bundle. */
public final class StateWords {
    public static final String STARTING = "starting";
    public static final String RUNNING = "running";
    public static final String SLEEPING = "sleeping";
    public static final String WAITING = "waiting";
    public static final String HOLDING = "holding";
    /** Its operation waits for the user in step mode (the fold's {@code HeldOps}). */
    public static final String HELD = "held";
    public static final String EXITED = "exited";
    public static final String FAILED = "failed";

    private StateWords() {
    }

    /**
     * The general state of a process: starting, running, sleeping, waiting, held (by step mode),
     * exited, failed.
     */
    public static String of(ProcState p) {
        if (p.phase() == ProcState.Phase.RUNNING && p.scheduled() != null) {
            return HELD;
        }
        return switch (p.phase()) {
            case SPAWNED -> STARTING;
            case EXITED -> EXITED;
            case FAILED -> FAILED;
            case RUNNING -> switch (p.activity()) {
                case SLEEPING -> SLEEPING;
                case WAITING -> WAITING;
                default -> RUNNING;
            };
        };
    }

    /**
     * The state a process's row shows when {@code holdsLock} says whether it holds a lock: held
     * by step mode first (it waits for the user), then holding (unless it waits for another one),
     * else {@link #of}.
     */
    public static String withLock(ProcState p, boolean holdsLock) {
        String general = of(p);
        return holdsLock && !HELD.equals(general) && p.activity() != ProcState.Activity.WAITING ? HOLDING : general;
    }
}
