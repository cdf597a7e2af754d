package io.processlab.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Step mode's book, "you are the scheduler", whatever runs the processes (the Java engine's
 * broker, a traced Python program): every operation on a shared object that asks is held until
 * the user lets it through. Each is recorded in the run's trace as {@code held} and then
 * {@code granted} (the user chose it) or {@code freed} (the book stopped holding), with its
 * number ({@link Fields.Op}); the views read those events, the book only says which can still go.
 * {@link #grant} lets one chosen operation through, {@link #grantOldest} the one waiting longest,
 * {@link #release} all of them and stops holding. Thread-safe.
 */
public final class StepBook {
    /**
     * An operation that waits for the user.
     *
     * @param seq its number in the book
     * @param pid the process that asked
     * @param name that process's name
     * @param object the shared object (as the trace names it)
     * @param op what it asked for (acquire, put, get...)
     * @param sinceUs when it was held, in the trace's microseconds
     */
    public record Pending(long seq, long pid, String name, String object, String op, long sinceUs) {
    }

    private record Entry(Pending pending, Runnable letGo) {
    }

    private final Trace trace;
    private final AtomicLong seqs = new AtomicLong();
    private final Map<Long, Entry> held = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean holding = true;

    public StepBook(Trace trace) {
        this.trace = trace;
    }

    /** Called (on whatever thread changed it) whenever the pending list changes. */
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    /**
     * Holds the operation until the user lets it go ({@code letGo} then runs, once); false, and
     * nothing recorded, when the book no longer holds: the caller lets it go itself.
     */
    public boolean hold(long pid, String name, String object, String op, Runnable letGo) {
        synchronized (this) {
            if (!holding) {
                return false;
            }
            long seq = seqs.incrementAndGet();
            Pending p = new Pending(seq, pid, name, object, op, trace.clock().nowMicros());
            held.put(seq, new Entry(p, letGo));
            trace.record(pid, name, Kinds.HELD, object, op + " #" + seq, new Fields.Op(op, seq));
        }
        changed();
        return true;
    }

    /** The operations waiting, oldest first. */
    public synchronized List<Pending> pending() {
        List<Pending> out = new ArrayList<>(held.size());
        held.values().forEach(e -> out.add(e.pending()));
        return out;
    }

    /** Lets the operation {@code seq} through (and no other); false if it is not held. */
    public boolean grant(long seq) {
        Entry e;
        synchronized (this) {
            e = held.remove(seq);
        }
        if (e == null) {
            return false;
        }
        let(e, Kinds.GRANTED);
        changed();
        return true;
    }

    /** Lets the oldest held operation through; false if none is held. */
    public boolean grantOldest() {
        Long first;
        synchronized (this) {
            first = held.isEmpty() ? null : held.keySet().iterator().next();
        }
        return first != null && grant(first);
    }

    /**
     * Stops holding and lets every held operation through, in arrival order; each is recorded as
     * {@code freed} (not {@code granted}: the user did not choose it), so a replay knows it ended.
     */
    public void release() {
        List<Entry> all;
        synchronized (this) {
            holding = false;
            all = new ArrayList<>(held.values());
            held.clear();
        }
        for (Entry e : all) {
            let(e, Kinds.FREED);
        }
        changed();
    }

    public synchronized boolean isHolding() {
        return holding;
    }

    private void let(Entry e, String kind) {
        Pending p = e.pending();
        trace.record(p.pid(), p.name(), kind, p.object(), p.op() + " #" + p.seq(), new Fields.Op(p.op(), p.seq()));
        e.letGo().run();
    }

    private void changed() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
