package io.processlab.view.panel;

import io.processlab.view.objects.ProcState;

/** The state words of a process in the panels: keys under {@code state.} in the bundle. */
public final class StateWords {
    public static final String STARTING = "starting";
    public static final String RUNNING = "running";
    public static final String SLEEPING = "sleeping";
    public static final String WAITING = "waiting";
    public static final String HOLDING = "holding";
    public static final String EXITED = "exited";
    public static final String FAILED = "failed";

    private StateWords() {
    }

    /** The general state of a process: starting, running, sleeping, waiting, exited, failed. */
    public static String of(ProcState p) {
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
}
