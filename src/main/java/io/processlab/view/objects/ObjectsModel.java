package io.processlab.view.objects;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a run's shared objects and processes after some prefix of its trace: a pure
 * fold, {@link #apply} one event at a time. Live views apply each new batch of events; replay at
 * time t folds the events up to t ({@link #at}). Not thread-safe: one thread folds and reads.
 */
public final class ObjectsModel {
    /** The kinds in a {@code create} event's detail. */
    public static final String LOCK = "Lock";
    public static final String QUEUE = "Queue";
    public static final String JOINABLE_QUEUE = "JoinableQueue";
    public static final String EVENT = "Event";
    public static final String CONNECTION = "Connection";
    /** The target every pool worker runs. */
    public static final String POOL_WORKER = "pool.worker";
    /** Printed lines kept for the panels (the latest ones); the console keeps its own. */
    public static final int MAX_PRINTS = 2_000;

    private final Map<Long, ProcState> processes = new LinkedHashMap<>();
    private final Map<String, LockState> locks = new LinkedHashMap<>();
    private final Map<String, QueueState> queues = new LinkedHashMap<>();
    private final Map<String, EventState> events = new LinkedHashMap<>();
    private final Map<String, PipeState> pipes = new LinkedHashMap<>();
    private final ArrayDeque<Printed> prints = new ArrayDeque<>();
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final HeldOps steps = new HeldOps();
    private PoolState pool;
    private Deadlock deadlock;
    private boolean deadlockTimedOut;
    private long timeUs;
    private int applied;

    /** The fold of the events whose time is at most {@code tUs}. */
    public static ObjectsModel at(List<TraceEvent> events, long tUs) {
        ObjectsModel m = new ObjectsModel();
        for (TraceEvent e : events) {
            if (e.tUs() > tUs) {
                break;
            }
            m.apply(e);
        }
        return m;
    }

    /** The fold of all {@code events}. */
    public static ObjectsModel of(List<TraceEvent> events) {
        ObjectsModel m = new ObjectsModel();
        m.applyAll(events);
        return m;
    }

    public void applyAll(List<TraceEvent> batch) {
        for (TraceEvent e : batch) {
            apply(e);
        }
    }

    /** Folds one event in. */
    public void apply(TraceEvent e) {
        applied++;
        timeUs = Math.max(timeUs, e.tUs());
        Proc p = proc(e);
        ProcState ps = processes.get(e.pid());
        String o = e.object();
        steps.apply(e, p);
        ps.lived(e);
        if (e.is(Kinds.HELD) || e.is(Kinds.GRANTED) || e.is(Kinds.FREED) || e.is(Kinds.END)) {
            processes.values().forEach(q -> q.scheduled(steps.of(q.pid())));
        }
        switch (e.kind()) {
            case Kinds.SPAWN -> spawned(e.fields(Fields.Child.class));
            case Kinds.PRINT -> printed(ps, e.text(), e.fields(Fields.Said.class));
            case Kinds.SLEEP -> ps.sleeping();
            case Kinds.WAKE -> ps.running();
            case Kinds.CREATE -> {
                Fields.Create c = e.fields(Fields.Create.class);
                create(o, c == null ? null : c.type());
            }
            case Kinds.ACQUIRE_WAIT -> {
                lock(o).waits(p);
                ps.waiting(o);
            }
            case Kinds.ACQUIRED -> {
                lock(o).acquired(p);
                ps.running();
            }
            case Kinds.ACQUIRE_TIMEOUT -> {
                lock(o).gaveUp(p);
                ps.running();
                deadlockTimedOut |= deadlock != null && deadlock.involves(p.pid());
            }
            case Kinds.RELEASED -> lock(o).released();
            case Kinds.PUT -> {
                queue(o).put(new Card(e.msg(), e.detail(), p));
                pool().queued(p, e.fields(Fields.PoolWork.class), true);
            }
            case Kinds.GET_WAIT -> {
                queue(o).getWait(p);
                ps.waiting(o);
            }
            case Kinds.GET -> {
                queue(o).got(p, e.msg(), e.detail());
                pool().queued(p, e.fields(Fields.PoolWork.class), false);
                ps.running();
            }
            case Kinds.GET_EMPTY -> {
                queue(o).gaveUp(p);
                ps.running();
            }
            case Kinds.TASK_DONE -> {
                Fields.Unfinished u = e.fields(Fields.Unfinished.class);
                queue(o).taskDone(p, u == null ? null : u.unfinished());
            }
            case Kinds.JOIN_WAIT -> {
                queue(o).joinWait(p);
                ps.waiting(o);
            }
            case Kinds.JOINED -> {
                queue(o).joined(p);
                ps.running();
            }
            case Kinds.EVENT_WAIT -> {
                event(o).waits(p);
                ps.waiting(o);
            }
            case Kinds.EVENT_SET -> event(o).set(p);
            case Kinds.EVENT_CLEAR -> event(o).clear();
            case Kinds.EVENT_WAKE -> {
                Fields.Outcome why = e.fields(Fields.Outcome.class);
                event(o).woke(p, why != null && Fields.Outcome.TIMEOUT.equals(why.reason()));
                ps.running();
            }
            case Kinds.SEND -> pipeSend(o, p, e);
            case Kinds.RECV_WAIT -> {
                PipeState pipe = pipe(o);
                pipe.recvWait(pipe.end(o), p);
                ps.waiting(o);
            }
            case Kinds.RECV -> {
                PipeState pipe = pipe(o);
                pipe.recv(pipe.end(o), p, e.msg(), e.detail());
                ps.running();
            }
            case Kinds.CLOSE -> {
                if (o != null) {
                    PipeState pipe = pipe(o);
                    pipe.close(pipe.end(o));
                }
            }
            case Kinds.PROCESS_JOIN_WAIT -> ps.waiting(joined(e.fields(Fields.Child.class)));
            case Kinds.PROCESS_JOINED -> ps.running();
            case Kinds.EXIT -> exited(ps);
            case Kinds.STEP -> ps.stepped(e.detail());
            case Kinds.METRIC -> metric(e.fields(Fields.Metric.class));
            case Kinds.DEADLOCK -> deadlock = Deadlock.of(e.fields(Fields.Deadlock.class), e.detail(), processes);
            default -> {
                // stderr, error: nothing for the panels (held, granted, freed: steps)
            }
        }
    }

    private Proc proc(TraceEvent e) {
        ProcState ps = processes.get(e.pid());
        if (ps == null) {
            // not announced by a spawn: the parent, alive from its first event
            ps = new ProcState(new Proc(e.pid(), e.name()), null);
            processes.put(e.pid(), ps);
        }
        return ps.proc();
    }

    private void printed(ProcState ps, String text, Fields.Said said) {
        ps.printed(text);
        if (prints.size() == MAX_PRINTS) {
            prints.removeFirst();
        }
        prints.addLast(new Printed(ps.proc(), text, said));
    }

    private void metric(Fields.Metric m) {
        if (m != null) {
            metrics.put(m.name(), m.value());
        }
    }

    private void spawned(Fields.Child c) {
        if (c == null) {
            return;
        }
        long pid = c.childPid();
        String target = c.target();
        ProcState ps = processes.get(pid);
        if (ps == null) {
            ps = new ProcState(new Proc(pid, c.childName() == null ? "?" : c.childName()), target);
            ps.spawned();
            processes.put(pid, ps);
        } else {
            ps.target(target);
        }
        if (POOL_WORKER.equals(target)) {
            pool().worker(ps.proc());
        }
    }

    /** What a process joining {@code c} waits on, in the panels: "Name (pid)". */
    private static String joined(Fields.Child c) {
        return c == null ? null : (c.childName() == null ? "?" : c.childName()) + " (" + c.childPid() + ")";
    }

    private void exited(ProcState ps) {
        long pid = ps.pid();
        locks.values().forEach(l -> l.forget(pid));
        queues.values().forEach(q -> q.forget(pid));
        events.values().forEach(ev -> ev.forget(pid));
        pipes.values().forEach(pi -> pi.forget(pid));
    }

    private void create(String id, String kind) {
        if (id == null || kind == null) {
            return;
        }
        switch (kind) {
            case LOCK -> lock(id);
            case QUEUE -> queues.computeIfAbsent(id, k -> new QueueState(k, false));
            case JOINABLE_QUEUE -> queues.computeIfAbsent(id, k -> new QueueState(k, true));
            case EVENT -> event(id);
            case CONNECTION -> pipe(id);
            default -> {
                // a kind the panels do not draw
            }
        }
    }

    private void pipeSend(String o, Proc p, TraceEvent e) {
        PipeState pipe = pipe(o);
        pipe.send(pipe.end(o), p, new Card(e.msg(), e.detail(), p));
    }

    private LockState lock(String id) {
        return locks.computeIfAbsent(String.valueOf(id), LockState::new);
    }

    private QueueState queue(String id) {
        return queues.computeIfAbsent(String.valueOf(id), k -> new QueueState(k, false));
    }

    private EventState event(String id) {
        return events.computeIfAbsent(String.valueOf(id), EventState::new);
    }

    private PipeState pipe(String endId) {
        return pipes.computeIfAbsent(PipeState.pipeOf(String.valueOf(endId)), PipeState::new);
    }

    private PoolState pool() {
        if (pool == null) {
            pool = new PoolState();
        }
        return pool;
    }

    /** Every process seen so far, parent first (in order of first appearance). */
    public Collection<ProcState> processes() {
        return List.copyOf(processes.values());
    }

    public ProcState process(long pid) {
        return processes.get(pid);
    }

    public Collection<LockState> locks() {
        return List.copyOf(locks.values());
    }

    public LockState lockNamed(String id) {
        return locks.get(id);
    }

    public Collection<QueueState> queues() {
        return List.copyOf(queues.values());
    }

    public QueueState queueNamed(String id) {
        return queues.get(id);
    }

    public Collection<EventState> events() {
        return List.copyOf(events.values());
    }

    public EventState eventNamed(String id) {
        return events.get(id);
    }

    /** Pipes in creation order. */
    public List<PipeState> pipes() {
        return List.copyOf(pipes.values());
    }

    public PipeState pipeNamed(String id) {
        return pipes.get(id);
    }

    /** The pool, once a pool worker or a pool chunk was seen; else null. */
    public PoolState poolOrNull() {
        return pool != null && (!pool.workers().isEmpty() || !pool.chunks().isEmpty()) ? pool : null;
    }

    /**
     * How many chunks the pool's current map makes: the count the pool told as the map started
     * ({@link Kinds#POOL_CHUNKS_METRIC}), else (an older trace) the chunks queued so far.
     */
    public int poolChunks() {
        int seen = pool == null ? 0 : pool.chunks().size();
        Double told = metrics.get(Kinds.POOL_CHUNKS_METRIC);
        return told == null ? seen : Math.max(seen, told.intValue());
    }

    /** The lines printed so far, oldest first (at most {@link #MAX_PRINTS}, the latest). */
    public List<Printed> prints() {
        return List.copyOf(prints);
    }

    /** The figures the lesson measured ({@code metric} events), by name, in the order they came. */
    public Map<String, Double> metrics() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Step mode: the operations held by the gate, how many were let through. */
    public HeldOps steps() {
        return steps;
    }

    /** The deadlock the broker found, or null. */
    public Deadlock deadlock() {
        return deadlock;
    }

    /**
     * Whether the deadlock still holds: every process of its cycle still waits for the lock it
     * waited for when it was found (false once a timeout, or the end, broke it; false with none).
     */
    public boolean deadlockHolds() {
        if (deadlock == null || deadlock.cycle().isEmpty()) {
            return false;
        }
        for (int i = 0; i < deadlock.cycle().size(); i++) {
            ProcState ps = processes.get(deadlock.cycle().get(i).pid());
            String lock = deadlock.waitsFor().get(i);
            if (ps == null || lock == null || !lock.equals(ps.waitingOn())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the run is over: its parent (the process no spawn announced) ended ({@link io.processlab.view.ProcessLife}). */
    public boolean runOver() {
        for (ProcState ps : processes.values()) {
            if (!ps.life().wasSpawned()) {
                return ps.ended();
            }
        }
        return false;
    }

    /** Whether a process of the deadlock's cycle gave up its wait (its timeout ran out) after the deadlock was found. */
    public boolean deadlockTimedOut() {
        return deadlockTimedOut;
    }

    /**
     * The run is over at {@code tUs} (a saved run whose trace has no {@code end} event): the
     * parent, which has no exit of its own, ends there, as its timeline lane does
     * ({@code ProcessStates.endRun}). Children end only by their exits.
     */
    public void runEnded(long tUs) {
        for (ProcState ps : processes.values()) {
            if (!ps.life().wasSpawned() && !ps.ended()) {
                ps.runEnded(tUs);
            }
        }
    }

    /** The time of the latest event folded in, in microseconds since the run started. */
    public long timeUs() {
        return timeUs;
    }

    /** How many events were folded in: a view redraws only when this changed. */
    public int applied() {
        return applied;
    }
}
