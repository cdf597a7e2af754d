package io.processlab.cli.bench;

import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Queue;
import io.processlab.api.TargetCatalog;

/** The children's side of the bench: the same work as py_peer.py's functions. */
public final class BenchTargets implements TargetCatalog {
    static final String NOOP = "bench.noop";
    static final String ECHO = "bench.echo";
    static final String CONSUMER = "bench.consumer";
    static final String WAITER = "bench.waiter";
    static final String DOUBLE = "bench.double";

    @Override
    public void register(Registrar r) {
        r.target(NOOP, (self, args) -> null);
        r.target(ECHO, (self, args) -> {
            Connection c = (Connection) args.get(0);
            int n = ((Number) args.get(1)).intValue();
            for (int i = 0; i < n; i++) {
                c.send(c.recv());
            }
            c.close();
            return null;
        });
        r.target(CONSUMER, (self, args) -> {
            JoinableQueue tasks = (JoinableQueue) args.get(0);
            Queue results = (Queue) args.get(1);
            while (true) {
                Object t = tasks.get();
                if (t == null) {
                    tasks.taskDone();
                    return null;
                }
                long x = ((Number) t).longValue();
                results.put(x * x);
                tasks.taskDone();
            }
        });
        r.target(WAITER, (self, args) -> {
            Event ev = (Event) args.get(0);
            Queue q = (Queue) args.get(1);
            ev.waitFor();
            q.put(System.nanoTime());
            return null;
        });
        r.function(DOUBLE, x -> ((Number) x).longValue() * 2);
    }
}
