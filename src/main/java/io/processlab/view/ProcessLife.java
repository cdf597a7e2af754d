package io.processlab.view;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;

/**
 * One process's life as its trace events tell it: spawned, started, ended, and how (its exit's
 * typed fields). The one reducer of process state: the panels' fold
 * ({@code view.objects.ObjectsModel}) and the timeline's lanes ({@code view.timeline.Lane}) both
 * ask it, so "had P started, ended, failed at t" has one answer. Fed in time order; not
 * thread-safe.
 */
public final class ProcessLife {
    /** Where a process is in its life. */
    public enum Phase { STARTING, RUNNING, EXITED, FAILED }

    private boolean spawned;
    private boolean started;
    private boolean ended;
    private boolean uncaughtError;
    private Fields.Exit exit;
    private long endUs = -1;

    /** The parent spawned it: it is starting until an event of its own. */
    public void spawned() {
        if (!started && !ended) {
            spawned = true;
        }
    }

    /** Takes one of the process's own events; after its end only nothing changes. */
    public void apply(TraceEvent e) {
        if (ended) {
            return;
        }
        String kind = e.kind();
        if (!kind.equals(Kinds.SPAWN) && !kind.equals(Kinds.STDERR)) {
            started = true;
        }
        if (e.is(Kinds.ERROR) && e.object() == null) {
            uncaughtError = true; // an error with no object: its own code raised
        } else if (e.is(Kinds.EXIT)) {
            Fields.Exit x = e.fields(Fields.Exit.class);
            end(e.tUs(), x != null ? x : new Fields.Exit(-1, null, Fields.Exit.UNKNOWN));
        } else if (e.is(Kinds.END)) {
            end(e.tUs(), null);
        }
    }

    /** The run ended at {@code t} while it had not: it ends there, with no exit of its own (the parent). */
    public void runEnded(long t) {
        if (!ended) {
            end(t, null);
        }
    }

    private void end(long t, Fields.Exit x) {
        ended = true;
        endUs = t;
        exit = x;
    }

    /** Whether the parent spawned it (else it is the parent, alive from its first event). */
    public boolean wasSpawned() {
        return spawned;
    }

    /** Whether it did anything of its own yet (its hello, for a child). */
    public boolean started() {
        return started;
    }

    public boolean ended() {
        return ended;
    }

    /** When it ended, or -1. */
    public long endUs() {
        return endUs;
    }

    /** How it exited, or null: it runs, or it ended with the run (the parent). */
    public Fields.Exit exit() {
        return exit;
    }

    /** Its exit code, or null (see {@link #exit()}); -1 when it had none. */
    public Integer exitCode() {
        return exit == null ? null : exit.code();
    }

    /** It ended with a code other than 0, or after an uncaught error of its own code. */
    public boolean failed() {
        return exit != null && (exit.code() != 0 || uncaughtError);
    }

    public Phase phase() {
        if (ended) {
            return failed() ? Phase.FAILED : Phase.EXITED;
        }
        return spawned && !started ? Phase.STARTING : Phase.RUNNING;
    }
}
