package io.processlab.view.objects;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step mode as the trace recorded it: which operations the gate held at some time, a fold of the
 * {@code held}, {@code granted} and {@code freed} events (detail {@code "op #seq"}). An operation
 * is held from its {@code held} event until the user let it go ({@code granted}), the gate stopped
 * holding ({@code freed}), its process ended ({@code exit}) or the run did ({@code end}). Traces
 * written before {@code freed} existed keep an operation that went freely held until its process
 * ended. Part of {@link ObjectsModel}, so a replay reads it at the scrubber's time.
 */
public final class HeldOps {
    /**
     * An operation that waited for the user.
     *
     * @param seq its number in the gate (the {@code #N} of the detail)
     * @param who the process that asked
     * @param object the shared object
     * @param op what it asked for (acquire, put, get...)
     * @param sinceUs when it was held
     */
    public record Held(long seq, Proc who, String object, String op, long sinceUs) {
    }

    /** The operation a process asks for to take a lock. */
    private static final String ACQUIRE = "acquire";

    private final Map<Long, Held> held = new LinkedHashMap<>();
    private boolean stepped;
    private int granted;

    /** Folds one event in; kinds other than step mode's (and exit, end) change nothing. */
    void apply(TraceEvent e, Proc p) {
        switch (e.kind()) {
            case Kinds.HELD -> {
                Fields.Op op = e.fields(Fields.Op.class);
                if (op != null) {
                    stepped = true;
                    held.put(op.seq(), new Held(op.seq(), p, e.object(), op.op(), e.tUs()));
                }
            }
            case Kinds.GRANTED -> {
                if (held.remove(seqOf(e)) != null) {
                    granted++;
                }
            }
            case Kinds.FREED -> held.remove(seqOf(e));
            case Kinds.EXIT -> held.values().removeIf(h -> h.who().pid() == e.pid());
            case Kinds.END -> held.clear();
            default -> {
                // not about step mode
            }
        }
    }

    /** The operations held now, oldest first. */
    public List<Held> held() {
        return new ArrayList<>(held.values());
    }

    /** The oldest operation of process {@code pid} that waits for the user, or null. */
    public Held of(long pid) {
        for (Held h : held.values()) {
            if (h.who().pid() == pid) {
                return h;
            }
        }
        return null;
    }

    /**
     * How many acquire() of lock {@code lock} the gate holds now: in step mode they wait for the
     * user before the call itself, so they are not yet in the lock's queue.
     */
    public int acquiresHeld(String lock) {
        int n = 0;
        for (Held h : held.values()) {
            if (h.object().equals(lock) && h.op().equals(ACQUIRE)) {
                n++;
            }
        }
        return n;
    }

    /** How many held operations the user let through so far. */
    public int granted() {
        return granted;
    }

    /** Whether any operation was held so far: the run was (at some point) in step mode. */
    public boolean stepped() {
        return stepped;
    }

    /** The number of a step-mode event's operation, or -1. */
    private static long seqOf(TraceEvent e) {
        Fields.Op op = e.fields(Fields.Op.class);
        return op == null ? -1 : op.seq();
    }
}
