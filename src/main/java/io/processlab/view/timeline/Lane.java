package io.processlab.view.timeline;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import io.processlab.view.ProcessLife;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One process's row of the timeline: its states over time, the band of the locks it holds, the
 * moments it printed and the errors it met. Built by {@link ProcessStates}, one event at a time.
 */
public final class Lane {
    /** The locks named in the band's label; the others are counted ("and 3 more"). */
    static final int NAMED_LOCKS = 3;
    /**
     * The most open blocking calls kept (a process has one per thread that waits); beyond it the
     * oldest is dropped, so that a crafted file of endless waits costs no more than this per event.
     */
    static final int MAX_WAITS = 64;

    private final long pid;
    private String name;
    private String role;
    private long beginUs = -1;
    private final Segments states = new Segments();
    private final Segments locks = new Segments();
    private final Marks prints = new Marks();
    private final Marks errors = new Marks();
    private final List<Wait> waits = new ArrayList<>();
    private final Map<String, Long> held = new LinkedHashMap<>();
    private final ProcessLife life = new ProcessLife();

    /** An open blocking call: its key (kind of call and object), its state and label. */
    private record Wait(String key, State state, String label) {
    }

    /**
     * Put before a wait's label when its timeout ended it ("gave-up acquire B"): its bar then says
     * "acquire B · gave up", so that a deadlock the timeout broke, or a timed wait, shows it.
     */
    static final String GAVE_UP = "gave-up ";
    /**
     * A label as an English reader takes it outside the window (the Perfetto export): "acquire B
     * · gave up" for a wait its timeout ended; any other label as it is.
     */
    public static String readable(String label) {
        return label != null && label.startsWith(GAVE_UP) ? label.substring(GAVE_UP.length()) + " \u00b7 gave up" : label;
    }

    /** The detail of an event's wake that its timeout made. */
    private static final String TIMEOUT = "timeout";

    Lane(long pid, String name, String role) {
        this.pid = pid;
        this.name = name;
        this.role = role;
    }

    public long pid() {
        return pid;
    }

    public String name() {
        return name;
    }

    /** "main", "child", "pool-worker", or null when the trace does not say. */
    public String role() {
        return role;
    }

    public boolean isMain() {
        return "main".equals(role);
    }

    /** When the lane begins (its spawn, or its first event); -1 before anything happened. */
    public long beginUs() {
        return beginUs;
    }

    /** Its states: contiguous from {@link #beginUs()}; the last is open while the process lives. */
    public Segments states() {
        return states;
    }

    /** The intervals in which it holds at least one lock; the label names the locks. */
    public Segments locks() {
        return locks;
    }

    public Marks prints() {
        return prints;
    }

    public Marks errors() {
        return errors;
    }

    /** The exit code, or null while it runs (and for the parent, whose lane ends with the run). */
    public Integer exitCode() {
        return life.exitCode();
    }

    public boolean ended() {
        return life.ended();
    }

    /** When it ended (its exit, or the end of the run for the parent), or -1 while it runs. */
    public long endUs() {
        return life.endUs();
    }

    /** How it exited (code, signal, reason), or null: it runs, or it ended with the run. */
    public Fields.Exit exit() {
        return life.exit();
    }

    public boolean failed() {
        return life.failed();
    }

    /** Its state at {@code t}, or null if the lane had not begun. */
    public State stateAt(long t) {
        int i = states.indexAt(t);
        return i < 0 ? null : states.state(i);
    }

    /** Whether it holds a lock at {@code t}. */
    public boolean holdsLockAt(long t) {
        return locks.indexAt(t) >= 0;
    }

    void describe(String newName, String newRole) {
        if (newName != null && !newName.isEmpty() && !"?".equals(newName)) {
            name = newName;
        }
        if (newRole != null) {
            role = newRole;
        }
    }

    /** The parent spawned this process at {@code t}. */
    void spawned(long t) {
        if (beginUs < 0) {
            life.spawned();
            beginUs = t;
            update(t);
        }
    }

    void apply(TraceEvent e) {
        long t = e.tUs();
        if (beginUs < 0) {
            beginUs = isMain() ? Math.min(0, t) : t;
        }
        if (life.ended()) {
            if (e.is(Kinds.ERROR)) {
                errors.add(t, e.detail());
            }
            return;
        }
        life.apply(e);
        String obj = e.object() == null ? "" : e.object();
        switch (e.kind()) {
            case Kinds.PRINT -> prints.add(t, e.text());
            case Kinds.ERROR -> errors.add(t, e.detail());
            case Kinds.ACQUIRE_WAIT -> open("lock:" + obj, State.WAITING_LOCK, "acquire " + obj);
            case Kinds.ACQUIRED -> {
                close("lock:" + obj);
                held.put(obj, t);
            }
            case Kinds.ACQUIRE_TIMEOUT -> {
                states.relabelOpen("acquire " + obj, GAVE_UP + "acquire " + obj);
                close("lock:" + obj);
            }
            case Kinds.RELEASED -> held.remove(obj);
            case Kinds.GET_WAIT -> open("get:" + obj, State.BLOCKED, "get " + obj);
            case Kinds.GET, Kinds.GET_EMPTY -> close("get:" + obj);
            case Kinds.RECV_WAIT -> open("recv:" + obj, State.BLOCKED, "recv " + obj);
            case Kinds.RECV -> close("recv:" + obj);
            case Kinds.JOIN_WAIT -> open("join:" + obj, State.BLOCKED, "join " + obj);
            case Kinds.JOINED -> close("join:" + obj);
            case Kinds.PROCESS_JOIN_WAIT -> {
                Fields.Child c = e.fields(Fields.Child.class);
                open("pjoin:" + (c == null ? "" : c.childPid()), State.BLOCKED,
                        c == null || c.childName() == null ? "join" : "join " + c.childName());
            }
            case Kinds.PROCESS_JOINED -> {
                Fields.Child c = e.fields(Fields.Child.class);
                close("pjoin:" + (c == null ? "" : c.childPid()));
            }
            case Kinds.EVENT_WAIT -> open("event:" + obj, State.WAITING_EVENT, "wait " + obj);
            case Kinds.EVENT_WAKE -> {
                if (TIMEOUT.equals(e.detail())) {
                    states.relabelOpen("wait " + obj, GAVE_UP + "wait " + obj);
                }
                close("event:" + obj);
            }
            case Kinds.SLEEP -> {
                Fields.Sleep z = e.fields(Fields.Sleep.class);
                open("sleep:", State.SLEEPING, z == null ? "sleep" : "sleep " + z.seconds() + " s");
            }
            case Kinds.WAKE -> close("sleep:");
            case Kinds.HELD -> {
                Fields.Op op = e.fields(Fields.Op.class);
                open("held:" + (op == null ? "" : op.seq()), State.BLOCKED,
                        op == null ? "step: " + obj : "step: " + op.op() + " #" + op.seq() + " " + obj);
            }
            case Kinds.GRANTED, Kinds.FREED -> {
                Fields.Op op = e.fields(Fields.Op.class);
                close("held:" + (op == null ? "" : op.seq()));
            }
            case Kinds.EXIT, Kinds.END -> {
                waits.clear();
                held.clear();
            }
            default -> {
                // other kinds (put, send, task-done, step, create, ...) do not change the state
            }
        }
        update(t);
    }

    /**
     * The run ended at {@code t} while this lane had not: the parent's lane ends there, with no
     * exit code (the parent is the window's own process). Nothing happens to an ended lane.
     */
    void runEnded(long t) {
        if (life.ended() || beginUs < 0) {
            return;
        }
        life.runEnded(t);
        waits.clear();
        held.clear();
        update(t);
    }

    private void open(String key, State s, String label) {
        if (waits.size() >= MAX_WAITS) {
            waits.remove(0);
        }
        waits.add(new Wait(key, s, label));
    }

    /** Closes the open wait with this key; failing that, the latest of the same kind of call. */
    private void close(String key) {
        for (int i = waits.size() - 1; i >= 0; i--) {
            if (waits.get(i).key().equals(key)) {
                waits.remove(i);
                return;
            }
        }
        String kind = key.substring(0, key.indexOf(':') + 1);
        for (int i = waits.size() - 1; i >= 0; i--) {
            if (waits.get(i).key().startsWith(kind)) {
                waits.remove(i);
                return;
            }
        }
    }

    private void update(long now) {
        long t = states.size() == 0 ? beginUs : now;
        if (life.ended()) {
            Integer code = life.exitCode();
            states.begin(t, life.failed() ? State.FAILED : State.EXITED, code == null ? "end" : "exit " + code);
            locks.close(t);
            return;
        }
        if (life.phase() == ProcessLife.Phase.STARTING) {
            states.begin(t, State.STARTING, null);
        } else if (!waits.isEmpty()) {
            Wait w = waits.get(waits.size() - 1);
            states.begin(t, w.state(), w.label());
        } else {
            states.begin(t, State.RUNNING, null);
        }
        if (held.isEmpty()) {
            locks.close(t);
        } else {
            locks.begin(t, State.HOLDING_LOCK, holding());
        }
    }

    /** "holds a, b", or "holds a, b, c and 29997 more": a few names, whatever the number of locks held. */
    private String holding() {
        StringBuilder b = new StringBuilder("holds ");
        int n = 0;
        for (String lock : held.keySet()) {
            if (n == NAMED_LOCKS) {
                break;
            }
            b.append(n == 0 ? "" : ", ").append(TimelineRenderer.head(lock));
            n++;
        }
        if (held.size() > n) {
            b.append(" and ").append(held.size() - n).append(" more");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return name + " (" + pid + ")";
    }
}
