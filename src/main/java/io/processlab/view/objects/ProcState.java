package io.processlab.view.objects;

/** One process of the run: whether it started, what it is doing, how it ended. */
public final class ProcState {
    /** Where a process is in its life. */
    public enum Phase { SPAWNED, RUNNING, EXITED, FAILED }

    /** What a running process is doing right now. */
    public enum Activity { RUNNING, SLEEPING, WAITING, DONE }

    private final Proc proc;
    private String target;
    private Phase phase = Phase.SPAWNED;
    private Activity activity = Activity.RUNNING;
    private String waitingOn;
    private Integer exitCode;
    private String lastPrint;
    private int prints;

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
        return phase;
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
        return exitCode;
    }

    /** The last line it printed, or null. */
    public String lastPrint() {
        return lastPrint;
    }

    public int prints() {
        return prints;
    }

    public boolean ended() {
        return phase == Phase.EXITED || phase == Phase.FAILED;
    }

    void target(String t) {
        if (target == null) {
            target = t;
        }
    }

    void started() {
        if (!ended()) {
            phase = Phase.RUNNING;
        }
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

    void exited(int code) {
        exitCode = code;
        phase = code == 0 ? Phase.EXITED : Phase.FAILED;
        activity = Activity.DONE;
        waitingOn = null;
    }
}
