package io.processlab.view.timeline;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.RuntimeKind;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every process's states over a run, derived from its trace events: a {@link Lane} per process
 * (the parent first, then the others in the order they appeared) and the message
 * {@link Arrow}s. Events are appended as they arrive ({@link #accept(TraceEvent)}), in time
 * order, so the same object serves a live run and a replay; {@link #stateAt(long, long)} answers
 * for any moment. Not thread-safe: one thread feeds and reads it.
 */
public final class ProcessStates {
    /** The parent's name when the trace does not list processes (as in Python). */
    public static final String MAIN_NAME = "MainProcess";
    /**
     * The most processes given a lane. A lesson has at most 65 and a pool's replacements a few
     * more; the processes of a crafted file beyond this are only counted ({@link #hiddenProcesses()}),
     * so that its timeline costs bounded time and memory.
     */
    public static final int MAX_LANES = 1000;

    private final Map<Long, Lane> byPid = new HashMap<>();
    /** The "main" lanes first, then the others in the order they appeared. */
    private final List<Lane> mains = new ArrayList<>();
    private final List<Lane> others = new ArrayList<>();
    private final List<Lane> lanes = new java.util.AbstractList<>() {
        @Override
        public Lane get(int i) {
            return i < mains.size() ? mains.get(i) : others.get(i - mains.size());
        }

        @Override
        public int size() {
            return mains.size() + others.size();
        }
    };
    private final PidCount hidden = new PidCount();
    private final Map<Long, TraceEvent> inFlight = new LinkedHashMap<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private RuntimeKind runtime = RuntimeKind.JAVA;
    private long maxArrowUs;
    private long endUs;
    private int events;

    /** The states of a whole trace (finished or not, as far as it goes; see {@link #endRun()}). */
    public static ProcessStates of(Trace trace) {
        ProcessStates s = new ProcessStates();
        s.runtime(trace.runtime());
        trace.processes().forEach(s::addProcess);
        s.acceptAll(trace.events());
        return s;
    }

    /** What ran the processes (the trace's own {@link Trace#runtime()}): the legend's words follow it. */
    public RuntimeKind runtime() {
        return runtime;
    }

    /** Says what ran the processes. */
    public void runtime(RuntimeKind r) {
        runtime = r == null ? RuntimeKind.JAVA : r;
    }

    /** The states of a finished run's trace: {@link #of}, then {@link #endRun()}. */
    public static ProcessStates ofRun(Trace trace) {
        ProcessStates s = of(trace);
        s.endRun();
        return s;
    }

    /** Names a process and its role; a "main" process goes to the top. Harmless to repeat. */
    public void addProcess(ProcessInfo p) {
        Lane l = byPid.get(p.pid());
        if (l == null) {
            lane(p.pid(), p.name(), p.role());
        } else {
            boolean wasMain = l.isMain();
            l.describe(p.name(), p.role());
            if (l.isMain() && !wasMain) {
                others.remove(l);
                insert(l);
            }
        }
    }

    public void acceptAll(List<TraceEvent> batch) {
        for (TraceEvent e : batch) {
            accept(e);
        }
    }

    /** Takes the next event of the run (events come in time order). */
    public void accept(TraceEvent e) {
        events++;
        endUs = Math.max(endUs, e.tUs());
        Fields.Child spawned = e.is(Kinds.SPAWN) ? e.fields(Fields.Child.class) : null;
        if (spawned != null) {
            Lane child = lane(spawned.childPid(), spawned.childName(), null);
            if (child != null) {
                child.spawned(e.tUs());
            }
        }
        Lane own = lane(e.pid(), e.name(), null);
        if (own != null) {
            own.apply(e);
        }
        if (e.msg() != 0) {
            if (e.is(Kinds.PUT) || e.is(Kinds.SEND)) {
                inFlight.put(e.msg(), e);
            } else if (e.is(Kinds.GET) || e.is(Kinds.RECV)) {
                TraceEvent sent = inFlight.remove(e.msg());
                if (sent != null) {
                    arrows.add(new Arrow(e.msg(), sent.pid(), sent.tUs(), e.pid(), e.tUs(),
                            sent.object(), sent.detail()));
                    maxArrowUs = Math.max(maxArrowUs, e.tUs() - sent.tUs());
                }
            }
        }
    }

    /** The lane of {@code pid}, made if need be; null for a process beyond {@link #MAX_LANES} (counted). */
    private Lane lane(long pid, String name, String role) {
        Lane l = byPid.get(pid);
        if (l == null) {
            if (byPid.size() >= MAX_LANES) {
                hidden.add(pid);
                return null;
            }
            String r = role != null ? role : MAIN_NAME.equals(name) && !hasMain() ? "main" : null;
            l = new Lane(pid, name == null ? "?" : name, r);
            byPid.put(pid, l);
            insert(l);
        } else if ("?".equals(l.name()) && name != null) {
            l.describe(name, null);
        }
        return l;
    }

    private boolean hasMain() {
        return !mains.isEmpty();
    }

    private void insert(Lane l) {
        (l.isMain() ? mains : others).add(l);
    }

    /**
     * The run is over: the parent's lane ends at the last event, if no {@link Kinds#END} event
     * ended it (a trace written before that kind existed). Children's lanes end only by their
     * exit events. Call it for a saved run; a live run's own end event does the same.
     */
    public void endRun() {
        for (Lane l : mains) {
            l.runEnded(endUs);
        }
    }

    /** The lanes, the parent first. */
    public List<Lane> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    /** How many processes of the trace have no lane (beyond {@link #MAX_LANES}). */
    public long hiddenProcesses() {
        return hidden.size();
    }

    /** The lane of a process, or null. */
    public Lane lane(long pid) {
        return byPid.get(pid);
    }

    /** The state of process {@code pid} at {@code t}, or null if it had not begun (or is unknown). */
    public State stateAt(long pid, long t) {
        Lane l = byPid.get(pid);
        return l == null ? null : l.stateAt(t);
    }

    /** The messages taken so far, in the order they were taken. */
    public List<Arrow> arrows() {
        return Collections.unmodifiableList(arrows);
    }

    /** The longest time a message spent between put/send and get/recv. */
    public long longestArrowUs() {
        return maxArrowUs;
    }

    /** The messages put or sent and not yet taken (their put/send events). */
    public List<TraceEvent> inFlight() {
        return List.copyOf(inFlight.values());
    }

    /** The time of the latest event. */
    public long endUs() {
        return endUs;
    }

    /** How many events were taken. */
    public int eventCount() {
        return events;
    }

    /** A count of distinct PIDs in a few bytes each (an open-addressing set of longs). */
    private static final class PidCount {
        private long[] slots = new long[0];
        private boolean zero;
        private int size;

        void add(long pid) {
            if (pid == 0) {
                if (!zero) {
                    zero = true;
                    size++;
                }
                return;
            }
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            if (put(slots, pid)) {
                size++;
            }
        }

        private static boolean put(long[] table, long pid) {
            int mask = table.length - 1;
            int i = Long.hashCode(pid * 0x9E3779B97F4A7C15L) & mask;
            while (table[i] != 0) {
                if (table[i] == pid) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = pid;
            return true;
        }

        private void grow() {
            long[] bigger = new long[Math.max(16, slots.length * 2)];
            for (long v : slots) {
                if (v != 0) {
                    put(bigger, v);
                }
            }
            slots = bigger;
        }

        int size() {
            return size;
        }
    }
}
