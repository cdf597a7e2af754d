package io.processlab.view.objects;

import io.processlab.trace.TraceEvent;
import io.processlab.view.ProcessLife;

/**
 * One process of the run: whether it started, what it is doing, how it ended. Its life (started,
 * ended, failed, exit code) is the {@link ProcessLife} the timeline's lane asks too.
 */
public final class ProcState {
    /** Where a process is in its life. */
    public enum Phase { SPAWNED, RUNNING, EXITED, FAILED }

    /** What a running process is doing right now. */
    public enum Activity { RUNNING, SLEEPING, WAITING, DONE }

    private final Proc proc;
    private String target;
    private final ProcessLife life = new ProcessLife();
    private Activity activity = Activity.RUNNING;
    private String waitingOn;
    private String lastPrint;
    private String step;
    private int prints;
    private HeldOps.Held scheduled;

    ProcState(Proc proc, String target) {
        this.proc = proc;
        this.target = target;
    }

    public Proc proc() {
        return proc;
    }

    public long pid() {
        return proc.pid();
    }

    public String name() {
        return proc.name();
    }

    /** The registered target it runs (e.g. {@code queue.consumer}), or null for the parent. */
    public String target() {
        return target;
    }

    public Phase phase() {
        return switch (life.phase()) {
            case STARTING -> Phase.SPAWNED;
            case RUNNING -> Phase.RUNNING;
            case EXITED -> Phase.EXITED;
            case FAILED -> Phase.FAILED;
        };
    }

    public Activity activity() {
        return activity;
    }

    /** The object it waits on (a lock, a queue...), or null. */
    public String waitingOn() {
        return waitingOn;
    }

    /** The exit code once it ended, else null. */
    public Integer exitCode() {
        return life.exitCode();
    }

    /** Its life: the same reducer the timeline's lanes use. */
    public ProcessLife life() {
        return life;
    }

    /**
     * The operation of its that step mode holds for the user ({@link HeldOps}), or null: while it
     * is held the process waits, whatever it did before asking.
     */
    public HeldOps.Held scheduled() {
        return scheduled;
    }

    /** The last line it printed, or null. */
    public String lastPrint() {
        return lastPrint;
    }

    /** The last code marker it reached ({@code step} event), or null. */
    public String step() {
        return step;
    }

    public int prints() {
        return prints;
    }

    public boolean ended() {
        return life.ended();
    }

    void target(String t) {
        if (target == null) {
            target = t;
        }
    }

    void spawned() {
        life.spawned();
    }

    /** One of its own events: its life moves on; an end ends what it was doing. */
    void lived(TraceEvent e) {
        life.apply(e);
        if (life.ended()) {
            activity = Activity.DONE;
            waitingOn = null;
            scheduled = null;
        }
    }

    void runEnded(long tUs) {
        life.runEnded(tUs);
        activity = Activity.DONE;
        waitingOn = null;
        scheduled = null;
    }

    void scheduled(HeldOps.Held h) {
        scheduled = life.ended() ? null : h;
    }

    void waiting(String object) {
        activity = Activity.WAITING;
        waitingOn = object;
    }

    void sleeping() {
        activity = Activity.SLEEPING;
        waitingOn = null;
    }

    void running() {
        if (!ended()) {
            activity = Activity.RUNNING;
            waitingOn = null;
        }
    }

    void printed(String text) {
        lastPrint = text;
        prints++;
    }

    void stepped(String marker) {
        step = marker;
    }
}
