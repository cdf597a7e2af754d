package io.processlab.study;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one run's trace says: its prints, the order in which the children printed, who took
 * which item from a queue, how each waiter of an event woke, which pool worker took which
 * chunks, whether a deadlock happened, when each child started. Read from the trace's typed
 * fields only (kinds, {@link Fields}, the {@code say} of a print), never from the words, so a
 * Java lesson's run and a traced Python program (the same kinds and fields) read alike, in
 * either language. Each fact keeps the {@link TraceEvent} that decides it, for a view to show
 * "the moment". Times are microseconds since the run started.
 */
public final class RunFacts {
    private final List<ProcessInfo> processes;
    private final List<TraceEvent> events;
    private final long mainPid;
    private final List<Print> prints = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private final List<Take> takes = new ArrayList<>();
    private final List<Wait> waits = new ArrayList<>();
    private final List<Chunk> chunks = new ArrayList<>();
    private Deadlock deadlock;

    private RunFacts(List<ProcessInfo> processes, List<TraceEvent> events) {
        this.processes = List.copyOf(processes);
        this.events = List.copyOf(events);
        this.mainPid = mainPid(this.processes, this.events);
        read();
    }

    /** The facts of a run's trace (live or loaded): what it holds now. */
    public static RunFacts of(Trace trace) {
        return new RunFacts(trace.processes(), trace.events());
    }

    /** The facts of these events of these processes. */
    public static RunFacts of(List<ProcessInfo> processes, List<TraceEvent> events) {
        return new RunFacts(processes, events);
    }

    /** A line a process printed, in the order the parent received it. */
    public record Print(long pid, String name, String key, List<String> args, String text, long tUs,
            TraceEvent event) {
        public Print {
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** Whether the line is the lessons' text {@code key} (a Python program's own prints have no key). */
        public boolean is(String k) {
            return key != null && key.equals(k);
        }
    }

    /**
     * A child the run started, in the order of their spawn.
     *
     * @param index its place among the children, from 0
     * @param spawn the parent's spawn event
     * @param start its hello (it runs), or null when it never said it
     */
    public record Child(long pid, String name, String role, int index, TraceEvent spawn, TraceEvent start) {
        /** How long from its spawn to its start, in microseconds, or -1 when it never started. */
        public long startDelayUs() {
            return start == null ? -1 : start.tUs() - spawn.tUs();
        }
    }

    /**
     * A value taken from a queue ({@code get}), in the order of taking; a pool's own chunks are
     * {@link Chunk}s instead.
     *
     * @param queue the queue's name
     * @param item the value as Python prints it ({@code None} is a poison pill)
     * @param index the place of its put among the puts on that queue, from 0 (task 3 is index 3), or -1
     */
    public record Take(String queue, long pid, String name, String item, int index, long tUs, TraceEvent event) {
    }

    /**
     * A wait on an event and how it ended.
     *
     * @param timeoutS the timeout it allowed, or null: it waited for ever
     * @param reason how it woke ({@link Fields.Outcome#SET}, {@link Fields.Outcome#ALREADY_SET},
     *               {@link Fields.Outcome#TIMEOUT}), or null while it had not woken
     * @param woke its event-wake, or null
     */
    public record Wait(String event, long pid, String name, Double timeoutS, String reason, TraceEvent waited,
            TraceEvent woke) {
        public boolean timed() {
            return timeoutS != null;
        }

        public boolean woken() {
            return woke != null;
        }

        public boolean byTimeout() {
            return Fields.Outcome.TIMEOUT.equals(reason);
        }

        /** What {@code wait()} returned, so what the event looked like to it: True unless it timed out. */
        public boolean sawSet() {
            return woken() && !byTimeout();
        }

        /** When it woke (else when it began to wait). */
        public long tUs() {
            return woke != null ? woke.tUs() : waited.tUs();
        }
    }

    /** A chunk of a pool's work that a worker took (its {@code get}). */
    public record Chunk(int job, int chunk, int items, long worker, String workerName, List<String> values,
            long tUs, TraceEvent event) {
        public Chunk {
            values = List.copyOf(values);
        }
    }

    /**
     * The deadlock the run had.
     *
     * @param cycle the processes waiting for each other
     * @param broken the first {@code acquire-timeout} of one of them after it (a timeout broke the
     *               cycle), or null: nothing broke it before the run ended
     */
    public record Deadlock(long tUs, List<Fields.Deadlock.Link> cycle, TraceEvent event, TraceEvent broken) {
        public Deadlock {
            cycle = List.copyOf(cycle);
        }

        public boolean brokenByTimeout() {
            return broken != null;
        }
    }

    public List<ProcessInfo> processes() {
        return processes;
    }

    public List<TraceEvent> events() {
        return events;
    }

    /** The main process's PID (the one whose role is main, else the one that spawned first), or -1. */
    public long mainPid() {
        return mainPid;
    }

    /** The time of the last event: how long the run lasted. */
    public long durationUs() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).tUs();
    }

    /** Every print, in the order received. */
    public List<Print> prints() {
        return prints;
    }

    public Optional<Print> firstPrint() {
        return prints.stream().findFirst();
    }

    /** The prints that are the lessons' text {@code key}. */
    public List<Print> printsOf(String key) {
        return prints.stream().filter(p -> p.is(key)).toList();
    }

    /** How many prints are the lessons' text {@code key} ("how many lines say Starting"). */
    public int countSaid(String key) {
        return printsOf(key).size();
    }

    /** How many printed lines start with {@code prefix} (for a Python program's prints, which have no key). */
    public int countStartingWith(String prefix) {
        return (int) prints.stream().filter(p -> p.text() != null && p.text().startsWith(prefix)).count();
    }

    /** The children, in the order of their spawn (pool workers included). */
    public List<Child> children() {
        return children;
    }

    /** The child with this PID. */
    public Optional<Child> child(long pid) {
        return children.stream().filter(c -> c.pid() == pid).findFirst();
    }

    /** Each child's first print, in the order received: the order in which the children printed. */
    public List<Print> childFirstPrints() {
        Set<Long> seen = new LinkedHashSet<>();
        List<Print> out = new ArrayList<>();
        for (Print p : prints) {
            if (child(p.pid()).isPresent() && seen.add(p.pid())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The names of the children in the order in which they first printed. */
    public List<String> childPrintOrder() {
        return childFirstPrints().stream().map(Print::name).toList();
    }

    /** The same as their places among the children (from 0, in the order of spawn). */
    public List<Integer> childPrintIndexes() {
        return childFirstPrints().stream().map(p -> child(p.pid()).orElseThrow().index()).toList();
    }

    /** Every value taken from a queue, in the order of taking. */
    public List<Take> takes() {
        return takes;
    }

    /** The values taken from {@code queue}, in the order of taking. */
    public List<Take> takes(String queue) {
        return takes.stream().filter(t -> queue.equals(t.queue())).toList();
    }

    /** Who took the item put {@code index}-th (from 0) on {@code queue}: which consumer took task 3. */
    public Optional<Take> takerOf(String queue, int index) {
        return takes.stream().filter(t -> queue.equals(t.queue()) && t.index() == index).findFirst();
    }

    /** The waits on events, in the order they began. */
    public List<Wait> waits() {
        return waits;
    }

    /** The chunks the pool's workers took, in the order of taking. */
    public List<Chunk> chunks() {
        return chunks;
    }

    /** Each worker's chunks, by its name, the workers in the order of their first chunk. */
    public Map<String, List<Chunk>> chunksByWorker() {
        Map<String, List<Chunk>> out = new LinkedHashMap<>();
        for (Chunk c : chunks) {
            out.computeIfAbsent(c.workerName(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** How many chunks the pool's {@code map} calls said they would make ({@code pool.chunks} metrics), or 0. */
    public int chunksPlanned() {
        double n = 0;
        for (TraceEvent e : events) {
            Fields.Metric m = e.fields(Fields.Metric.class);
            if (e.is(Kinds.METRIC) && m != null && Kinds.POOL_CHUNKS_METRIC.equals(m.name())) {
                n += m.value();
            }
        }
        return (int) n;
    }

    /** The deadlock the run had, if it had one. */
    public Optional<Deadlock> deadlock() {
        return Optional.ofNullable(deadlock);
    }

    /** The children whose exit says they failed (not code 0), in the order they ended. */
    public List<TraceEvent> failedExits() {
        List<TraceEvent> out = new ArrayList<>();
        for (TraceEvent e : events) {
            Fields.Exit x = e.fields(Fields.Exit.class);
            if (e.is(Kinds.EXIT) && x != null && x.code() != 0) {
                out.add(e);
            }
        }
        return out;
    }

    private void read() {
        Map<String, List<Long>> putMsgs = new HashMap<>();
        Map<Long, ProcessInfo> byPid = new HashMap<>();
        processes.forEach(p -> byPid.put(p.pid(), p));
        Map<Long, Integer> childAt = new HashMap<>();
        Map<String, Integer> openWaits = new HashMap<>();
        for (TraceEvent e : events) {
            switch (e.kind()) {
                case Kinds.PRINT -> {
                    Fields.Said s = e.fields(Fields.Said.class);
                    prints.add(new Print(e.pid(), e.name(), s == null ? null : s.key(), s == null ? null : s.args(),
                            e.text(), e.tUs(), e));
                }
                case Kinds.SPAWN -> {
                    Fields.Child c = e.fields(Fields.Child.class);
                    if (c != null && !childAt.containsKey(c.childPid())) {
                        ProcessInfo info = byPid.get(c.childPid());
                        childAt.put(c.childPid(), children.size());
                        children.add(new Child(c.childPid(), c.childName() != null ? c.childName()
                                : info != null ? info.name() : String.valueOf(c.childPid()),
                                info == null ? "child" : info.role(), children.size(), e, null));
                    }
                }
                case Kinds.START -> {
                    Fields.Child c = e.fields(Fields.Child.class);
                    long pid = c != null ? c.childPid() : e.pid();
                    Integer at = childAt.get(pid);
                    if (at != null && children.get(at).start() == null) {
                        Child was = children.get(at);
                        children.set(at, new Child(was.pid(), was.name(), was.role(), was.index(), was.spawn(), e));
                    }
                }
                case Kinds.PUT -> {
                    if (e.object() != null && !(e.fields() instanceof Fields.PoolWork)) {
                        putMsgs.computeIfAbsent(e.object(), k -> new ArrayList<>()).add(e.msg());
                    }
                }
                case Kinds.GET -> {
                    Fields.PoolWork w = e.fields(Fields.PoolWork.class);
                    if (w != null) {
                        if (!w.results()) {
                            long worker = w.worker() != null ? w.worker() : e.pid();
                            chunks.add(new Chunk(w.job(), w.chunk(), w.items(), worker, nameOf(worker, e, byPid),
                                    w.values(), e.tUs(), e));
                        }
                    } else if (e.object() != null) {
                        List<Long> msgs = putMsgs.getOrDefault(e.object(), List.of());
                        int index = e.msg() == 0 ? -1 : msgs.indexOf(e.msg());
                        takes.add(new Take(e.object(), e.pid(), e.name(), e.detail(), index, e.tUs(), e));
                    }
                }
                case Kinds.EVENT_WAIT -> {
                    Fields.Wait w = e.fields(Fields.Wait.class);
                    openWaits.put(e.pid() + "/" + e.object(), waits.size());
                    waits.add(new Wait(e.object(), e.pid(), e.name(), w == null ? null : w.timeoutS(), null, e, null));
                }
                case Kinds.EVENT_WAKE -> {
                    Fields.Outcome o = e.fields(Fields.Outcome.class);
                    String reason = o == null ? null : o.reason();
                    Integer at = openWaits.remove(e.pid() + "/" + e.object());
                    if (at != null) {
                        Wait was = waits.get(at);
                        waits.set(at, new Wait(was.event(), was.pid(), was.name(), was.timeoutS(), reason, was.waited(), e));
                    } else {
                        waits.add(new Wait(e.object(), e.pid(), e.name(), null, reason, e, e));
                    }
                }
                case Kinds.DEADLOCK -> {
                    Fields.Deadlock d = e.fields(Fields.Deadlock.class);
                    if (deadlock == null) {
                        deadlock = new Deadlock(e.tUs(), d == null ? List.of() : d.cycle(), e, null);
                    }
                }
                case Kinds.ACQUIRE_TIMEOUT -> {
                    if (deadlock != null && deadlock.broken() == null
                            && deadlock.cycle().stream().anyMatch(l -> l.pid() == e.pid())) {
                        deadlock = new Deadlock(deadlock.tUs(), deadlock.cycle(), deadlock.event(), e);
                    }
                }
                default -> {
                    // no fact of ours
                }
            }
        }
    }

    private static String nameOf(long pid, TraceEvent e, Map<Long, ProcessInfo> byPid) {
        if (pid == e.pid()) {
            return e.name();
        }
        ProcessInfo p = byPid.get(pid);
        return p != null ? p.name() : String.valueOf(pid);
    }

    private static long mainPid(List<ProcessInfo> processes, List<TraceEvent> events) {
        for (ProcessInfo p : processes) {
            if ("main".equals(p.role())) {
                return p.pid();
            }
        }
        for (TraceEvent e : events) {
            if (e.is(Kinds.SPAWN)) {
                return e.pid();
            }
        }
        return events.isEmpty() ? -1 : events.get(0).pid();
    }
}
