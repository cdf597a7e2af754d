package io.processlab.testing;

import io.processlab.api.Connection;
import io.processlab.api.Queue;
import io.processlab.api.TargetCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test targets for the child's link to its parent: several threads of one child waiting for
 * replies at once, and posts whose failure comes later (listed in the test META-INF/services).
 */
public final class LinkTargets implements TargetCatalog {
    @Override
    public void register(Registrar r) {
        // args: queue, threads, n; each of the child's threads gets n items; returns all items got
        r.target("link.threads_get", (self, args) -> {
            Queue q = (Queue) args.get(0);
            int threads = ((Number) args.get(1)).intValue();
            int n = ((Number) args.get(2)).intValue();
            List<Object> got = Collections.synchronizedList(new ArrayList<>());
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread th = new Thread(() -> {
                    for (int i = 0; i < n; i++) {
                        got.add(q.get());
                    }
                });
                th.start();
                ts.add(th);
            }
            for (Thread th : ts) {
                th.join();
            }
            return new ArrayList<>(got);
        });
        // args: connection, queue; sends "first", is idle a while (its background thread takes
        // over stdin), sends "lost" (the parent has closed its end: a post that fails), then gets
        // from the queue: the failure's line comes while the get waits; returns what it got
        r.target("link.idle_post_then_get", (self, args) -> {
            Connection c = (Connection) args.get(0);
            Queue q = (Queue) args.get(1);
            c.send("first");
            Thread.sleep(300);
            c.send("lost");
            return q.get();
        });
        // args: connection; sends "first", waits for the parent to close its end (recv raises),
        // sends "lost" (a post that fails), polls (a call: its answer comes after the failure's),
        // sends "again"; returns what each step raised, or "ok"
        r.target("link.send_after_close", (self, args) -> {
            Connection c = (Connection) args.get(0);
            List<String> out = new ArrayList<>();
            out.add(TestTargets.outcome(() -> c.send("first")));
            out.add(TestTargets.outcome(c::recv));
            out.add(TestTargets.outcome(() -> c.send("lost")));
            out.add(TestTargets.outcome(c::poll));
            out.add(TestTargets.outcome(() -> c.send("again")));
            return out;
        });
    }
}
