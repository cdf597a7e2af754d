package io.processlab.cli.bench;

import com.google.gson.JsonObject;
import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Queue;
import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.engine.Pool;
import io.processlab.engine.Run;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench}: does the work of {@code ../shared/bench/py_peer.py}, key by key, with real
 * child processes and the lessons' API, and prints one JSON line with the same keys.
 */
public final class BenchCommand {
    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Which class cache a JVM with these arguments maps: {@code aot}, {@code cds} or {@code none}. */
    static String cacheOf(List<String> jvmArgs) {
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:AOTCache=")) {
                return "aot";
            }
            if (a.startsWith("-XX:SharedArchiveFile=")) {
                return "cds";
            }
        }
        return "none";
    }

    public int execute(List<String> args) {
        JsonObject o = new JsonObject();
        o.addProperty("peer", "processlab");
        o.addProperty("java", System.getProperty("java.version"));
        o.addProperty("cpus", Runtime.getRuntime().availableProcessors());
        java.util.Set<String> only;
        try {
            only = LINE.parse(args).get("--only", new java.util.HashSet<>(KEYS));
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        // a first bench on a runtime the build did not make the children's cache for makes it now, not beside the jobs
        io.processlab.engine.ChildLauncher.prepareCache(true);
        o.addProperty("child_cache", cacheOf(io.processlab.engine.ChildLauncher.forThisJvm().command(0)));
        o.addProperty("parent_cache", cacheOf(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        try {
            if (only.contains(KEYS.get(0))) {
                o.addProperty("process_start_join_ms", round(startJoinMs(), 2));
            }
            if (only.contains(KEYS.get(1))) {
                o.addProperty("pipe_roundtrip_us", round(pipeRoundTripUs(), 1));
            }
            if (only.contains(KEYS.get(2))) {
                o.addProperty("queue_tasks_per_s", Math.round(queueTasksPerSecond()));
            }
            if (only.contains(KEYS.get(3))) {
                o.addProperty("event_wake_us", round(eventWakeUs(), 1));
            }
            if (only.contains(KEYS.get(4))) {
                o.addProperty("pool_map_100k_ms", round(poolMapMs(), 1));
            }
        } catch (RuntimeException e) {
            err.println("bench failed: " + e.getMessage());
            return 1;
        }
        out.println(o);
        return 0;
    }

    /** The jobs, by the first word of their keys ({@code --only pipe,queue} runs two of them). */
    static final List<String> KEYS = List.of("process", "pipe", "queue", "event", "pool");

    /** The command line of {@code bench} (without {@code --ui}, which the window's side runs). */
    static final CommandLine LINE = CommandLine.of("bench").option("--only", Value.someOf(KEYS));

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static Run newRun() {
        return new Run(Locale.ENGLISH);
    }

    /** Median of 10: start a child whose target does nothing, and join it. */
    static double startJoinMs() {
        try (Run run = newRun()) {
            double[] ts = new double[10];
            for (int i = 0; i < ts.length; i++) {
                long t = System.nanoTime();
                ChildProcess p = run.main().process("noop", BenchTargets.NOOP);
                p.start();
                p.join();
                ts[i] = (System.nanoTime() - t) / 1e6;
            }
            return median(ts);
        }
    }

    /** Mean of 4999 round trips of ['spam', 42, 'ovos'] over a duplex pipe, after one warm-up. */
    static double pipeRoundTripUs() {
        int n = 5000;
        try (Run run = newRun()) {
            MainContext main = run.main();
            Connection[] ends = main.pipe("bench", true);
            ChildProcess p = main.process("echo", BenchTargets.ECHO, ends[1], n);
            p.start();
            List<Object> msg = List.of("spam", 42, "ovos");
            ends[0].send(msg);
            ends[0].recv();
            long t = System.nanoTime();
            for (int i = 0; i < n - 1; i++) {
                ends[0].send(msg);
                ends[0].recv();
            }
            double us = (System.nanoTime() - t) / 1e3 / (n - 1);
            p.join();
            return us;
        }
    }

    /** 20000 int tasks through a JoinableQueue to 4 consumers, results read back. */
    static double queueTasksPerSecond() {
        int k = 4;
        int n = 20000;
        try (Run run = newRun()) {
            MainContext main = run.main();
            JoinableQueue tasks = main.joinableQueue("tasks");
            Queue results = main.queue("results");
            List<ChildProcess> cs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                cs.add(main.process("consumer-" + i, BenchTargets.CONSUMER, tasks, results));
            }
            cs.forEach(ChildProcess::start);
            long t = System.nanoTime();
            for (long i = 0; i < n; i++) {
                tasks.put(i);
            }
            for (int i = 0; i < k; i++) {
                tasks.put(null);
            }
            tasks.join();
            long max = 0;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, ((Number) results.get()).longValue());
            }
            double secs = (System.nanoTime() - t) / 1e9;
            if (max != (long) (n - 1) * (n - 1)) {
                throw new IllegalStateException("queue bench got a wrong result: " + max);
            }
            cs.forEach(ChildProcess::join);
            return n / secs;
        }
    }

    /** Median of 5: a child blocks in wait(); 0.3 s later set(); time until it wakes (monotonic clock in both). */
    static double eventWakeUs() {
        double[] lat = new double[5];
        try (Run run = newRun()) {
            MainContext main = run.main();
            for (int i = 0; i < lat.length; i++) {
                Event ev = main.event("ev");
                Queue q = main.queue("q");
                ChildProcess w = main.process("waiter", BenchTargets.WAITER, ev, q);
                w.start();
                sleep(300);
                long t = System.nanoTime();
                ev.set();
                long woke = ((Number) q.get()).longValue();
                lat[i] = (woke - t) / 1e3;
                w.join();
            }
        }
        return median(lat);
    }

    /** A pool of cpu_count()*2 workers maps x -> 2x over 100000 items, then closes: wall time. */
    static double poolMapMs() {
        try (Run run = newRun()) {
            MainContext main = run.main();
            List<Object> items = new ArrayList<>(100_000);
            for (long i = 0; i < 100_000; i++) {
                items.add(i);
            }
            long t = System.nanoTime();
            Pool pool = main.pool(main.cpuCount() * 2, null);
            List<Object> r = pool.map(BenchTargets.DOUBLE, items);
            pool.close();
            pool.join();
            double ms = (System.nanoTime() - t) / 1e6;
            if (((Number) r.get(r.size() - 1)).longValue() != 199_998) {
                throw new IllegalStateException("pool bench got a wrong result");
            }
            return ms;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
