package io.processlab.app.panels;

import io.processlab.view.objects.ProcState;
import io.processlab.view.panel.StateWords;

/** The state words of a process in the panels: keys under {@code state.} in the bundle ({@link StateWords}). */
final class States {
    static final String STARTING = StateWords.STARTING;
    static final String RUNNING = StateWords.RUNNING;
    static final String SLEEPING = StateWords.SLEEPING;
    static final String WAITING = StateWords.WAITING;
    static final String EXITED = StateWords.EXITED;
    static final String FAILED = StateWords.FAILED;

    private States() {
    }

    /** The general state of a process: starting, running, sleeping, waiting, exited, failed. */
    static String of(ProcState p) {
        return StateWords.of(p);
    }

    /** The state of a process's row that also says whether it holds a lock ({@link StateWords#withLock}). */
    static String withLock(ProcState p, boolean holdsLock) {
        return StateWords.withLock(p, holdsLock);
    }
}
