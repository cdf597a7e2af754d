package io.processlab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The events of one run, append-only and thread-safe. Readers take what is new since the index
 * they saw last ({@link #since(int)}), which is how a view takes one batch per frame.
 */
public final class Trace {
    private final Clock clock;
    private final Object lock = new Object();
    private TraceEvent[] events = new TraceEvent[1024];
    private int size;
    private final Map<Long, ProcessInfo> processes = new LinkedHashMap<>();
    private final List<Consumer<TraceEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile RuntimeKind runtime = RuntimeKind.JAVA;

    public Trace(Clock clock) {
        this.clock = clock;
    }

    /** A finished trace, e.g. one loaded from a file. */
    public static Trace of(List<ProcessInfo> processes, List<TraceEvent> events) {
        Trace t = new Trace(() -> events.isEmpty() ? 0 : events.get(events.size() - 1).tUs());
        processes.forEach(t::addProcess);
        synchronized (t.lock) {
            t.events = events.toArray(new TraceEvent[Math.max(16, events.size())]);
            t.size = events.size();
        }
        return t;
    }

    /** What ran the processes (Java unless told otherwise: a Python run, a file whose header says so). */
    public RuntimeKind runtime() {
        return runtime;
    }

    /** Says what ran the processes; returns this trace. */
    public Trace runtime(RuntimeKind r) {
        this.runtime = r == null ? RuntimeKind.JAVA : r;
        return this;
    }

    public Clock clock() {
        return clock;
    }

    /** Appends an event stamped now, with its typed fields, and tells the listeners. */
    public TraceEvent record(long pid, String name, String kind, String object, String detail, String text, long msg,
            Fields fields) {
        TraceEvent e;
        synchronized (lock) {
            e = new TraceEvent(clock.nowMicros(), pid, name, kind, object, detail, text, msg, fields);
            if (size == events.length) {
                events = Arrays.copyOf(events, size * 2);
            }
            events[size++] = e;
        }
        for (Consumer<TraceEvent> l : listeners) {
            l.accept(e);
        }
        return e;
    }

    /** Appends an event stamped now, with no typed fields, and tells the listeners. */
    public TraceEvent record(long pid, String name, String kind, String object, String detail, String text, long msg) {
        return record(pid, name, kind, object, detail, text, msg, Fields.NONE);
    }

    public TraceEvent record(long pid, String name, String kind, String object, String detail) {
        return record(pid, name, kind, object, detail, null, 0, Fields.NONE);
    }

    /** An event with no text nor message, with its typed fields. */
    public TraceEvent record(long pid, String name, String kind, String object, String detail, Fields fields) {
        return record(pid, name, kind, object, detail, null, 0, fields);
    }

    /** Called with each event as it is recorded, on the recording thread. */
    public void addListener(Consumer<TraceEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<TraceEvent> listener) {
        listeners.remove(listener);
    }

    public void addProcess(ProcessInfo p) {
        synchronized (lock) {
            processes.put(p.pid(), p);
        }
    }

    public List<ProcessInfo> processes() {
        synchronized (lock) {
            return List.copyOf(processes.values());
        }
    }

    public int size() {
        synchronized (lock) {
            return size;
        }
    }

    public TraceEvent get(int i) {
        synchronized (lock) {
            if (i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return events[i];
        }
    }

    /** The events from index {@code from} to now. */
    public List<TraceEvent> since(int from) {
        synchronized (lock) {
            if (from >= size) {
                return List.of();
            }
            return Collections.unmodifiableList(Arrays.asList(Arrays.copyOfRange(events, from, size)));
        }
    }

    public List<TraceEvent> events() {
        return since(0);
    }

    /** The events of one kind, in order. */
    public List<TraceEvent> ofKind(String kind) {
        List<TraceEvent> out = new ArrayList<>();
        for (TraceEvent e : events()) {
            if (e.is(kind)) {
                out.add(e);
            }
        }
        return out;
    }
}
