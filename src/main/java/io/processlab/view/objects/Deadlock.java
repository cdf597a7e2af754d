package io.processlab.view.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Processes that waited for each other's locks in a cycle, as the broker reported it.
 *
 * @param cycle the processes in the cycle, each waiting for a lock the next one holds (the last
 *              waits for the first)
 * @param waitsFor the lock each one waited for when the cycle closed (null if unknown), same order
 * @param text the broker's words: "worker-1 (12) -> worker-2 (13) -> worker-1"
 */
public record Deadlock(List<Proc> cycle, List<String> waitsFor, String text) {
    private static final Pattern MEMBER = Pattern.compile("\\s*(.+?) \\((\\d+)\\)\\s*(?:->|$)");

    public Deadlock {
        cycle = List.copyOf(cycle);
        waitsFor = java.util.Collections.unmodifiableList(new ArrayList<>(waitsFor));
    }

    /** Reads a deadlock event's detail; what each process waits for comes from {@code processes}. */
    static Deadlock parse(String detail, Map<Long, ProcState> processes) {
        List<Proc> cycle = new ArrayList<>();
        List<String> waits = new ArrayList<>();
        if (detail != null) {
            Matcher m = MEMBER.matcher(detail);
            while (m.find()) {
                long pid = Long.parseLong(m.group(2));
                ProcState ps = processes.get(pid);
                cycle.add(ps == null ? new Proc(pid, m.group(1).trim()) : ps.proc());
                waits.add(ps == null ? null : ps.waitingOn());
            }
        }
        return new Deadlock(cycle, waits, detail == null ? "" : detail);
    }

    /** Whether {@code pid} is in the cycle. */
    public boolean involves(long pid) {
        return cycle.stream().anyMatch(p -> p.pid() == pid);
    }
}
