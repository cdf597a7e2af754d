package io.processlab.lessons.threads;

import io.processlab.api.ProcessContext;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.Measure;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The same small job done by N threads of the parent and by N child processes, measured on this
 * machine: processes cost much more to start, and the memory that N processes add (each its own
 * resident memory) is compared with the memory that N threads add to the parent.
 */
public final class ThreadsLesson extends BaseLesson {
    public static final String ID = "threads";
    static final String JOB = "threads.job";

    /** The lesson's settings. */
    public record Config(int count, int work) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.integer("count", 4, 1, 32),
                SettingSpec.integer("work", 100_000, 1, 50_000_000));

        static Config of(Settings s) {
            return new Config(s.getInt("count"), s.getInt("work"));
        }
    }

    public ThreadsLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(JOB, (self, args) -> Map.of(
                "sum", job(((Number) args.get(0)).intValue()),
                "rss_kib", Measure.rssKib().orElse(-1L)));
    }

    // snippet:job
    static long job(int n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i * i % 7;
        }
        return sum;
    }
    // end:job

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) throws InterruptedException {
        Config cfg = Config.of(settings);
        main.step("main.threads");
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < cfg.count(); i++) {
            Thread t = new Thread(() -> job(cfg.work()), "thread-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double threadMs = (System.nanoTime() - t0) / 1e6;
        double threadsAddMib = threadsAddMib(cfg);

        main.step("main.processes");
        long t1 = System.nanoTime();
        List<ChildProcess> children = new ArrayList<>();
        for (int i = 0; i < cfg.count(); i++) {
            ChildProcess p = main.process("worker-" + i, JOB, cfg.work());
            p.start();
            children.add(p);
        }
        children.forEach(ChildProcess::join);
        double processMs = (System.nanoTime() - t1) / 1e6;
        long childKib = 0;
        for (ChildProcess p : children) {
            childKib += p.result() == null ? 0 : p.result().getAsJsonObject().get("rss_kib").getAsLong();
        }

        main.say("threads.threads", cfg.count(), fmt(threadMs));
        main.say("threads.processes", cfg.count(), fmt(processMs), fmt(processMs / Math.max(threadMs, 0.001)));
        main.say("threads.memory", cfg.count(), threadsAddMib < 0 ? "?" : fmt(threadsAddMib),
                fmt(childKib / 1024.0), fmt(childKib / 1024.0 / cfg.count()));
        main.metric("threads.count", cfg.count(), null);
        main.metric("threads.start_ms", threadMs, "ms");
        main.metric("processes.start_ms", processMs, "ms");
        main.metric("threads.added_mib", threadsAddMib, "MiB");
        main.metric("processes.rss_mib", childKib / 1024.0, "MiB");
    }
    // end:main

    /**
     * The memory that N threads add to this process: its resident memory with N threads alive
     * (each has done the job and waits) less its resident memory before they started; -1 where
     * {@code /proc} does not tell. Never below 0 (the collector may give memory back meanwhile).
     */
    static double threadsAddMib(Config cfg) throws InterruptedException {
        long before = Measure.rssKib().orElse(-1L);
        CountDownLatch done = new CountDownLatch(cfg.count());
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> alive = new ArrayList<>();
        for (int i = 0; i < cfg.count(); i++) {
            Thread t = new Thread(() -> {
                job(cfg.work());
                done.countDown();
                try {
                    release.await();
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }, "thread-alive-" + i);
            t.start();
            alive.add(t);
        }
        long with;
        try {
            done.await();
            with = Measure.rssKib().orElse(-1L);
        } finally {
            release.countDown();
            for (Thread t : alive) {
                t.join();
            }
        }
        return before < 0 || with < 0 ? -1 : Math.max(0, with - before) / 1024.0;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
