package io.processlab.engine;

import io.processlab.engine.internal.Caller;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "You are the scheduler": holds every shared-object operation of every process until the user
 * lets one through. The processes are real and really wait: a held call is simply not answered
 * yet. {@link #grant} lets one chosen operation through, {@link #grantOldest} the one waiting
 * longest, {@link #release} all of them and stops holding.
 */
public final class StepGate implements OperationGate {
    /** An operation that waits for the user. */
    public record Pending(long seq, Caller caller, String object, String op, long sinceUs) {
    }

    private record Entry(Pending pending, Runnable operation) {
    }

    private final Trace trace;
    private final AtomicLong seqs = new AtomicLong();
    private final Map<Long, Entry> held = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean holding = true;

    public StepGate(Trace trace) {
        this.trace = trace;
    }

    /** Called (on an engine thread) whenever the pending list changes. */
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    @Override
    public void pass(Caller caller, String object, String op, Runnable operation) {
        synchronized (this) {
            if (holding) {
                long seq = seqs.incrementAndGet();
                Pending p = new Pending(seq, caller, object, op, trace.clock().nowMicros());
                held.put(seq, new Entry(p, operation));
                trace.record(caller.pid(), caller.name(), Kinds.HELD, object, op + " #" + seq, new Fields.Op(op, seq));
                operation = null;
            }
        }
        if (operation != null) {
            operation.run();
        } else {
            changed();
        }
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
        Pending p = e.pending();
        trace.record(p.caller().pid(), p.caller().name(), Kinds.GRANTED, p.object(), p.op() + " #" + p.seq(),
                new Fields.Op(p.op(), p.seq()));
        e.operation().run();
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
    @Override
    public void release() {
        List<Entry> all;
        synchronized (this) {
            holding = false;
            all = new ArrayList<>(held.values());
            held.clear();
        }
        for (Entry e : all) {
            Pending p = e.pending();
            trace.record(p.caller().pid(), p.caller().name(), Kinds.FREED, p.object(), p.op() + " #" + p.seq(),
                    new Fields.Op(p.op(), p.seq()));
            e.operation().run();
        }
        changed();
    }

    public synchronized boolean isHolding() {
        return holding;
    }

    private void changed() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
