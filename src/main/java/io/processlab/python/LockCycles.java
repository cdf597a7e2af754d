package io.processlab.python;

import io.processlab.trace.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The processes of a Python run that wait for each other's locks in a cycle (a deadlock), found
 * from the trace's own acquire-wait, acquired and released, and told once per set of processes:
 * the same {@code deadlock} event a Java run's broker records. Only a {@code Lock} or
 * {@code RLock} has one holder; a semaphore's waits are not followed.
 */
final class LockCycles {
    /** A cycle: each process waits for a lock the next one holds; the words name them in order. */
    record Found(List<Fields.Deadlock.Link> links, String text) {
    }

    private final Set<String> locks = new HashSet<>();
    private final Map<Long, String> waiting = new HashMap<>();
    private final Set<String> told = new HashSet<>();

    /** The program created {@code name}, a Lock or an RLock. */
    void lock(String name) {
        locks.add(name);
    }

    /** The process no longer waits (it took the lock, gave up, or ended). */
    void done(long pid) {
        waiting.remove(pid);
    }

    /**
     * The process {@code pid} started waiting for {@code lock}; the cycle through it that this
     * wait closes, if there is one not told yet.
     */
    Found waits(long pid, String lock, Map<String, Long> holders, LongFunction<String> names) {
        if (!locks.contains(lock)) {
            return null;
        }
        waiting.put(pid, lock);
        List<Long> path = new ArrayList<>();
        long at = pid;
        while (true) {
            path.add(at);
            String l = waiting.get(at);
            Long next = l == null ? null : holders.get(l);
            if (next == null || next == at) {
                return null;
            }
            if (next == pid) {
                break;
            }
            if (path.contains(next)) {
                return null; // a cycle the others closed: told when they did
            }
            at = next;
        }
        List<Long> sorted = new ArrayList<>(path);
        sorted.sort(null);
        if (!told.add(sorted.toString())) {
            return null;
        }
        List<Fields.Deadlock.Link> links = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            long p = path.get(i);
            links.add(new Fields.Deadlock.Link(p, names.apply(p), waiting.get(p), path.get((i + 1) % path.size())));
            text.append(names.apply(p)).append(" (").append(p).append(") -> ");
        }
        text.append(names.apply(path.get(0)));
        return new Found(links, text.toString());
    }
}
