package io.processlab.view.objects;

import io.processlab.trace.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Processes that waited for each other's locks in a cycle, as the broker reported it.
 *
 * @param cycle the processes in the cycle, each waiting for a lock the next one holds (the last
 *              waits for the first)
 * @param waitsFor the lock each one waited for when the cycle closed (null if unknown), same order
 * @param text the broker's words: "worker-1 (12) -> worker-2 (13) -> worker-1"
 */
public record Deadlock(List<Proc> cycle, List<String> waitsFor, String text) {
    public Deadlock {
        cycle = List.copyOf(cycle);
        waitsFor = java.util.Collections.unmodifiableList(new ArrayList<>(waitsFor));
    }

    /**
     * The cycle of a deadlock event's typed fields; a lock a link does not name (a version-1 file)
     * is the one its process was waiting on in {@code processes}. {@code text}: the event's words.
     */
    static Deadlock of(Fields.Deadlock fields, String text, Map<Long, ProcState> processes) {
        List<Proc> cycle = new ArrayList<>();
        List<String> waits = new ArrayList<>();
        if (fields != null) {
            for (Fields.Deadlock.Link l : fields.cycle()) {
                ProcState ps = processes.get(l.pid());
                cycle.add(ps != null ? ps.proc() : new Proc(l.pid(), l.name() == null ? "?" : l.name()));
                waits.add(l.waitsFor() != null ? l.waitsFor() : ps == null ? null : ps.waitingOn());
            }
        }
        return new Deadlock(cycle, waits, text == null ? "" : text);
    }

    /** Whether {@code pid} is in the cycle. */
    public boolean involves(long pid) {
        return cycle.stream().anyMatch(p -> p.pid() == pid);
    }
}
