package io.processlab.engine;

import io.processlab.engine.internal.BrokerLock;
import io.processlab.engine.internal.Caller;
import io.processlab.engine.internal.SharedObject;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.Trace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds processes that wait for each other's locks in a cycle (a deadlock) and records it once
 * in the trace, naming the processes and the locks.
 */
final class Deadlocks {
    private final Trace trace;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    Deadlocks(Trace trace) {
        this.trace = trace;
    }

    /** After {@code caller} started waiting: records a cycle through it, once. */
    void check(Caller caller, Collection<SharedObject> objects) {
        Map<Long, String> locks = new HashMap<>();
        Optional<List<Caller>> cycle = find(objects, locks);
        if (cycle.isEmpty() || cycle.get().stream().noneMatch(c -> c.pid() == caller.pid())) {
            return;
        }
        String key = cycle.get().stream().map(c -> Long.toString(c.pid())).sorted().collect(Collectors.joining(","));
        if (reported.add(key)) {
            List<Caller> c = cycle.get();
            String text = c.stream().map(x -> x.name() + " (" + x.pid() + ")")
                    .collect(Collectors.joining(" -> ")) + " -> " + c.get(0).name();
            List<Fields.Deadlock.Link> links = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                links.add(new Fields.Deadlock.Link(c.get(i).pid(), c.get(i).name(), locks.get(c.get(i).pid()),
                        c.get((i + 1) % c.size()).pid()));
            }
            trace.record(caller.pid(), caller.name(), Kinds.DEADLOCK, null, text, new Fields.Deadlock(links));
        }
    }

    /** A cycle in the wait-for graph of the locks: each process waits for a lock the next one holds. */
    static Optional<List<Caller>> find(Collection<SharedObject> objects) {
        return find(objects, new HashMap<>());
    }

    /** {@link #find(Collection)}, telling in {@code lockOf} the lock each waiting process waits for. */
    static Optional<List<Caller>> find(Collection<SharedObject> objects, Map<Long, String> lockOf) {
        Map<Long, Caller> waitsFor = new HashMap<>();
        Map<Long, Caller> who = new HashMap<>();
        for (SharedObject o : objects) {
            if (o instanceof BrokerLock lock) {
                Caller holder = lock.holder();
                if (holder == null) {
                    continue;
                }
                for (Caller w : lock.waiters()) {
                    waitsFor.put(w.pid(), holder);
                    lockOf.put(w.pid(), lock.id());
                    who.put(w.pid(), w);
                }
            }
        }
        for (Long start : waitsFor.keySet()) {
            Map<Long, Integer> seen = new LinkedHashMap<>();
            List<Caller> path = new ArrayList<>();
            Long at = start;
            while (at != null && !seen.containsKey(at)) {
                seen.put(at, path.size());
                Caller c = who.get(at);
                path.add(c == null ? new Caller(at, "?") : c);
                Caller next = waitsFor.get(at);
                at = next == null ? null : next.pid();
            }
            if (at != null) {
                return Optional.of(List.copyOf(path.subList(seen.get(at), path.size())));
            }
        }
        return Optional.empty();
    }
}
