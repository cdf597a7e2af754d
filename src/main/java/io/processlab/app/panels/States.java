package io.processlab.app.panels;

import io.processlab.view.objects.ProcState;

/** The state words of a process in the panels: keys under {@code state.} in the bundle. */
final class States {
    static final String STARTING = "starting";
    static final String RUNNING = "running";
    static final String SLEEPING = "sleeping";
    static final String WAITING = "waiting";
    static final String EXITED = "exited";
    static final String FAILED = "failed";

    private States() {
    }

    /** The general state of a process: starting, running, sleeping, waiting, exited, failed. */
    static String of(ProcState p) {
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
