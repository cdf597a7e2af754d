package io.processlab.engine;

import io.processlab.api.Channel;
import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Lock;
import io.processlab.api.ProcessContext;
import io.processlab.api.Proxies;
import io.processlab.api.Queue;
import io.processlab.engine.internal.Caller;
import io.processlab.engine.internal.SharedObject;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The parent process as lesson code sees it: Python's main module with {@code multiprocessing}
 * imported. It makes shared objects and processes, prints, and sleeps at the run's tempo.
 */
public final class MainContext implements ProcessContext {
    private final Run run;
    private final Caller self;
    private final Channel channel;

    MainContext(Run run) {
        this.run = run;
        this.self = new Caller(run.parentPid(), Run.MAIN);
        this.channel = run.broker().localChannel(self);
    }

    public Run run() {
        return run;
    }

    @Override
    public String name() {
        return Run.MAIN;
    }

    @Override
    public long pid() {
        return run.parentPid();
    }

    @Override
    public void print(String line) {
        run.printed(pid(), name(), line);
    }

    @Override
    public void say(String key, Object... args) {
        run.printed(pid(), name(), text(key, args), new Fields.Said(key, ProcessContext.shown(args)));
    }

    /** Sleeps at the run's tempo; closing the run ends the sleep with a "stopped" error. */
    @Override
    public void sleep(double seconds) {
        double real = seconds * run.slowdown();
        run.trace().record(pid(), name(), Kinds.SLEEP, null, seconds + " s", new Fields.Sleep(seconds));
        try {
            run.sleep((long) (real * 1e9));
        } finally {
            run.trace().record(pid(), name(), Kinds.WAKE, null, null);
        }
    }

    @Override
    public Locale locale() {
        return run.locale();
    }

    @Override
    public double slowdown() {
        return run.slowdown();
    }

    @Override
    public void step(String marker) {
        run.trace().record(pid(), name(), Kinds.STEP, null, marker);
    }

    /** Records a figure the lesson measured, without a unit. */
    public void metric(String name, double value) {
        metric(name, value, null);
    }

    /** Records a figure the lesson measured (shown in charts): {@code name}, its value and unit (or null). */
    public void metric(String name, double value, String unit) {
        run.trace().record(pid(), name(), Kinds.METRIC, name, Double.toString(value),
                new Fields.Metric(name, value, unit));
    }

    private Object proxy(SharedObject o) {
        return Proxies.of(o.handle(), channel);
    }

    public Lock lock(String label) {
        return (Lock) proxy(run.broker().createLock(self, label));
    }

    public Queue queue(String label) {
        return (Queue) proxy(run.broker().createQueue(self, label, false));
    }

    public JoinableQueue joinableQueue(String label) {
        return (JoinableQueue) proxy(run.broker().createQueue(self, label, true));
    }

    public Event event(String label) {
        return (Event) proxy(run.broker().createEvent(self, label));
    }

    /** Python's {@code Pipe(duplex)}: the two ends. One-way: the first receives, the second sends. */
    public Connection[] pipe(String label, boolean duplex) {
        SharedObject[] ends = run.broker().createPipe(self, label, duplex);
        return new Connection[] {(Connection) proxy(ends[0]), (Connection) proxy(ends[1])};
    }

    /** Python's {@code Process(name=..., target=..., args=...)}: not started yet. */
    public ChildProcess process(String name, String target, Object... args) {
        return run.process(name, target, "child", Arrays.asList(args));
    }

    /**
     * Python's {@code Pool(processes=size, initializer=...)}; {@code initializer} may be null. A
     * worker that ends is replaced, at most {@code size} times.
     */
    public Pool pool(int size, String initializer) {
        return new Pool(this, size, initializer, size);
    }

    /** A pool that replaces a worker that ends at most {@code maxRestarts} times. */
    public Pool pool(int size, String initializer, int maxRestarts) {
        return new Pool(this, size, initializer, maxRestarts);
    }

    /** Python's {@code cpu_count()}. */
    public int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Starts each process, then joins each. */
    public void startAll(List<ChildProcess> ps) {
        ps.forEach(ChildProcess::start);
    }
}
