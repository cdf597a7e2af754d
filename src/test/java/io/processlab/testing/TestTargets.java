package io.processlab.testing;

import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Lock;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.api.TargetCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Targets that only the test suite registers (listed in the test classes'
 * META-INF/services). Children see them because the test build puts the test classes on the
 * children's classpath ({@code processlab.child.extraClasspath}). Add test targets in
 * {@link #register} with a {@code test.} prefix.
 *
 * <p>Targets that time a call return the milliseconds it took, measured in the child; targets
 * that expect an error return its kind ({@link ProcessException#kind()}) instead of failing.
 */
public final class TestTargets implements TargetCatalog {
    @Override
    public void register(Registrar r) {
        r.target("test.noop", (self, args) -> null);
        r.target("test.echo_args", (self, args) -> args);
        r.target("test.put", (self, args) -> {
            ((io.processlab.api.Queue) args.get(0)).put(args.get(1));
            return null;
        });
        r.target("test.sleep", (self, args) -> {
            self.sleep(seconds(args, 0));
            return null;
        });
        r.target("test.whoami", (self, args) -> {
            self.print("I am " + self.name() + " " + self.pid());
            return Arrays.asList(self.name(), self.pid());
        });
        // args: list of lines; writes them with System.out, one line to System.err, and a last
        // line without its line end
        r.target("test.system_out", (self, args) -> {
            for (Object line : (List<?>) args.get(0)) {
                System.out.println(line);
            }
            System.err.println("a line on stderr");
            System.out.print("no line end");
            return null;
        });
        r.target("test.fail", (self, args) -> {
            throw new IllegalStateException(String.valueOf(args.get(0)));
        });
        registerLock(r);
        registerQueue(r);
        registerEvent(r);
        registerPipe(r);
        registerPool(r);
    }

    private static void registerLock(Registrar r) {
        // args: lock, seconds to hold it
        r.target("test.lock_hold", (self, args) -> {
            Lock lock = (Lock) args.get(0);
            lock.acquire();
            self.sleep(seconds(args, 1));
            lock.release();
            return null;
        });
        // args: lock, event; holds the lock until the event is set
        r.target("test.lock_hold_until", (self, args) -> {
            Lock lock = (Lock) args.get(0);
            lock.acquire();
            ((Event) args.get(1)).waitFor();
            lock.release();
            return null;
        });
        // args: lock, block, timeout (negative: none); returns [acquired, elapsed ms]
        r.target("test.lock_acquire", (self, args) -> {
            Lock lock = (Lock) args.get(0);
            long t0 = System.nanoTime();
            boolean got = lock.acquire((Boolean) args.get(1), seconds(args, 2));
            long ms = elapsedMs(t0);
            if (got) {
                self.print(self.name() + " holds the lock");
                lock.release();
            }
            return Arrays.asList(got, ms);
        });
        // args: lock, n; acquires and releases n times
        r.target("test.lock_loop", (self, args) -> {
            Lock lock = (Lock) args.get(0);
            for (int i = 0, n = ((Number) args.get(1)).intValue(); i < n; i++) {
                lock.acquire();
                lock.release();
            }
            return null;
        });
        // args: lock; returns "ok" or the error's kind
        r.target("test.lock_release", (self, args) -> outcome(() -> ((Lock) args.get(0)).release()));
    }

    private static void registerQueue(Registrar r) {
        // args: queue, block, timeout; returns ["item", value, ms] or ["empty", null, ms]
        r.target("test.queue_get", (self, args) -> {
            Queue q = (Queue) args.get(0);
            long t0 = System.nanoTime();
            try {
                Object item = q.get((Boolean) args.get(1), seconds(args, 2));
                return Arrays.asList("item", item, elapsedMs(t0));
            } catch (ProcessException.EmptyException e) {
                return Arrays.asList("empty", null, elapsedMs(t0));
            }
        });
        // args: queue, how many; returns the items, in the order got
        r.target("test.queue_get_n", (self, args) -> {
            Queue q = (Queue) args.get(0);
            int n = ((Number) args.get(1)).intValue();
            List<Object> got = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                got.add(q.get());
            }
            return got;
        });
        // args: queue, list of items
        r.target("test.queue_put", (self, args) -> {
            Queue q = (Queue) args.get(0);
            for (Object x : (List<?>) args.get(1)) {
                q.put(x);
            }
            return null;
        });
        r.target("test.queue_qsize", (self, args) -> ((Queue) args.get(0)).qsize());
        // args: joinable queue, seconds per task; takes tasks until None, marks each done
        r.target("test.joinable_worker", (self, args) -> {
            JoinableQueue q = (JoinableQueue) args.get(0);
            int done = 0;
            while (true) {
                Object task = q.get();
                if (task == null) {
                    q.taskDone();
                    return done;
                }
                self.sleep(seconds(args, 1));
                q.taskDone();
                done++;
            }
        });
        // args: joinable queue; waits in join
        r.target("test.queue_join", (self, args) -> {
            ((JoinableQueue) args.get(0)).join();
            return "joined";
        });
        // args: joinable queue, n; gets n items, then calls task_done n + 1 times;
        // returns the outcome of each call
        r.target("test.task_done_extra", (self, args) -> {
            JoinableQueue q = (JoinableQueue) args.get(0);
            int n = ((Number) args.get(1)).intValue();
            for (int i = 0; i < n; i++) {
                q.get();
            }
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                outcomes.add(outcome(q::taskDone));
            }
            return outcomes;
        });
    }

    private static void registerEvent(Registrar r) {
        // args: event, list of "set" | "clear" | "is_set"; returns what each is_set said
        r.target("test.event_ops", (self, args) -> {
            Event ev = (Event) args.get(0);
            List<Object> seen = new ArrayList<>();
            for (Object op : (List<?>) args.get(1)) {
                switch ((String) op) {
                    case "set" -> ev.set();
                    case "clear" -> ev.clear();
                    case "is_set" -> seen.add(ev.isSet());
                    default -> throw new IllegalArgumentException("no event op " + op);
                }
            }
            return seen;
        });
        // args: event, timeout (negative: none); returns [flag, ms]
        r.target("test.event_wait", (self, args) -> {
            Event ev = (Event) args.get(0);
            double timeout = seconds(args, 1);
            long t0 = System.nanoTime();
            boolean flag = timeout < 0 ? ev.waitFor() : ev.waitFor(timeout);
            return Arrays.asList(flag, elapsedMs(t0));
        });
        // args: event, seconds to sleep first
        r.target("test.event_set_after", (self, args) -> {
            self.sleep(seconds(args, 1));
            ((Event) args.get(0)).set();
            return null;
        });
    }

    private static void registerPipe(Registrar r) {
        // args: connection, n; receives n values and sends each back
        r.target("test.pipe_echo", (self, args) -> {
            Connection c = (Connection) args.get(0);
            int n = ((Number) args.get(1)).intValue();
            for (int i = 0; i < n; i++) {
                c.send(c.recv());
            }
            return null;
        });
        // args: connection, list of values; sends each, then closes its end
        r.target("test.pipe_send_close", (self, args) -> {
            Connection c = (Connection) args.get(0);
            for (Object x : (List<?>) args.get(1)) {
                c.send(x);
            }
            c.close();
            return null;
        });
        // args: connection, value; returns "ok" or the error's kind
        r.target("test.pipe_send", (self, args) -> outcome(() -> ((Connection) args.get(0)).send(args.get(1))));
        // args: connection; receives until the pipe is closed and drained;
        // returns {"values": [...], "end": kind of the error that ended it}
        r.target("test.pipe_recv_all", (self, args) -> {
            Connection c = (Connection) args.get(0);
            List<Object> values = new ArrayList<>();
            Map<String, Object> out = new LinkedHashMap<>();
            try {
                while (true) {
                    values.add(c.recv());
                }
            } catch (ProcessException e) {
                out.put("values", values);
                out.put("end", e.kind() + ":" + e.getClass().getSimpleName());
            }
            return out;
        });
        // args: connection; receives a queue through the pipe and puts its own name on it
        r.target("test.pipe_recv_queue_put", (self, args) -> {
            Queue q = (Queue) ((Connection) args.get(0)).recv();
            q.put("from " + self.name());
            return null;
        });
        // args: connection, timeout; returns [poll result, ms]
        r.target("test.pipe_poll", (self, args) -> {
            Connection c = (Connection) args.get(0);
            long t0 = System.nanoTime();
            boolean ready = c.poll(seconds(args, 1));
            return Arrays.asList(ready, elapsedMs(t0));
        });
    }

    private static void registerPool(Registrar r) {
        r.function("test.square", x -> ((Number) x).longValue() * ((Number) x).longValue());
        // the smaller the item, the longer it takes: later chunks finish first
        r.function("test.slow_square", x -> {
            long v = ((Number) x).longValue();
            try {
                Thread.sleep(Math.max(0, 12 - v) * 10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return v * v;
        });
        r.target("test.pool_init", (self, args) -> {
            self.print("init " + self.name() + " " + self.pid());
            return null;
        });
    }

    private static double seconds(List<Object> args, int i) {
        return args.size() > i && args.get(i) != null ? ((Number) args.get(i)).doubleValue() : -1;
    }

    private static long elapsedMs(long t0) {
        return (System.nanoTime() - t0) / 1_000_000L;
    }

    /** "ok", or the kind of the ProcessException that {@code call} raised. */
    static String outcome(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (ProcessException e) {
            return e.kind();
        }
    }
}
