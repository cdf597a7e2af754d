package io.processlab.engine;

import com.google.gson.JsonArray;
import io.processlab.engine.internal.Scheduler;
import io.processlab.trace.Clock;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.wire.LineReader;
import io.processlab.wire.Payloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One run of a lesson: it owns the children, the broker and the trace, and ends every child
 * when it closes. Closing escalates: shutdown message and end of stdin, then SIGTERM, then
 * SIGKILL, all within about two seconds; every wait of the parent fails with "stopped".
 *
 * <p>A watchdog fails a wait of the parent that nothing can end any more: an untimed wait, held
 * for a while, when every child of the run has ended (a join on tasks whose consumers never
 * started, a get on a queue whose producer died).
 */
public final class Run implements AutoCloseable {
    /** The parent's process name, as in Python. */
    public static final String MAIN = "MainProcess";

    private final Locale locale;
    private volatile double slowdown;
    private final ChildLauncher launcher;
    private final Trace trace;
    private final Scheduler scheduler;
    private final Broker broker;
    private final long parentPid = ProcessHandle.current().pid();
    private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final MainContext main;
    private volatile boolean closed;
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch closedDone = new java.util.concurrent.CountDownLatch(1);
    private final Object closeLock = new Object();
    private int lineCap = LineReader.DEFAULT_CAP;
    private volatile double helloTimeout = DEFAULT_HELLO_TIMEOUT;

    /** Seconds a child has to say hello before it is ended as failed to start. */
    public static final double DEFAULT_HELLO_TIMEOUT = 20;
    /** How often the watchdog looks for waits that nothing can end, in microseconds. */
    static final long WATCH_PERIOD_US = 250_000;
    /** How long a wait must have been held before the watchdog fails it, in nanoseconds. */
    static final long STUCK_AFTER_NS = 1_000_000_000L;
    /** Close: how long children get after the shutdown message, then after SIGTERM, then after SIGKILL (ms). */
    static final long[] CLOSE_STEPS_MS = {600, 400, 1500};

    public Run(Locale locale, double slowdown, ChildLauncher launcher, Clock clock) {
        if (!(slowdown > 0)) {
            throw new IllegalArgumentException("slowdown must be positive");
        }
        this.locale = locale;
        this.slowdown = slowdown;
        this.launcher = launcher;
        this.trace = new Trace(clock);
        this.scheduler = Scheduler.threaded("broker-timer");
        this.broker = new Broker(trace, scheduler, slowdown, locale);
        trace.addProcess(new ProcessInfo(parentPid, MAIN, "main", null));
        this.main = new MainContext(this);
        scheduler.schedule(this::watch, WATCH_PERIOD_US);
    }

    /** A run in real time with this JVM's launcher and monotonic clock. */
    public Run(Locale locale) {
        this(locale, 1.0, ChildLauncher.forThisJvm(), Clock.monotonic());
    }

    public Trace trace() {
        return trace;
    }

    public Broker broker() {
        return broker;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} of the engine's bundle ({@code i18n/engine}) in the run's language. */
    String text(String key, Object... args) {
        return io.processlab.engine.internal.Phrase.say(locale, key, args);
    }

    public double slowdown() {
        return slowdown;
    }

    /** Changes the slowdown for what starts from now on (sleeps and timeouts). */
    public void slowdown(double s) {
        if (!(s > 0)) {
            throw new IllegalArgumentException("slowdown must be positive");
        }
        slowdown = s;
        broker.slowdown(s);
    }

    public ChildLauncher launcher() {
        return launcher;
    }

    public long parentPid() {
        return parentPid;
    }

    /** The parent's own context: the lesson's main script runs with it. */
    public MainContext main() {
        return main;
    }

    public int lineCap() {
        return lineCap;
    }

    /** Sets the cap on a protocol line from a child, for children started from now on. */
    public void lineCap(int cap) {
        this.lineCap = cap;
    }

    /** Seconds a child has to say hello (its JVM started) before it is ended as failed. */
    public double helloTimeout() {
        return helloTimeout;
    }

    /** Sets the hello timeout for children started from now on. */
    public void helloTimeout(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("the hello timeout must be positive");
        }
        this.helloTimeout = seconds;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    public void addListener(RunListener l) {
        listeners.add(l);
    }

    public void removeListener(RunListener l) {
        listeners.remove(l);
    }

    /** A new, unstarted child that will run the registered {@code target} with {@code args}. */
    public ChildProcess process(String name, String target, String role, List<?> args) {
        checkOpen();
        JsonArray encoded = Payloads.encodeAll(args);
        return new ChildProcess(this, name, target, role, encoded);
    }

    /** Every child started so far. */
    public List<ChildProcess> children() {
        return new ArrayList<>(children);
    }

    void adopt(ChildProcess c) {
        Reaper.add(c.process());
        children.add(c);
        if (closed) {
            c.kill();
        }
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException(text("run.over"));
        }
    }

    public boolean isClosed() {
        return closed;
    }

    void printed(long pid, String name, String line) {
        printed(pid, name, line, Fields.NONE);
    }

    /** A printed line with its typed fields (which text of the lessons' bundle it is, if known). */
    void printed(long pid, String name, String line, Fields fields) {
        trace.record(pid, name, Kinds.PRINT, null, null, line, 0, fields);
        for (RunListener l : listeners) {
            l.printed(pid, name, line);
        }
    }

    void stderr(long pid, String name, String line) {
        for (RunListener l : listeners) {
            l.stderr(pid, name, line);
        }
    }

    void tap(long pid, boolean fromChild, String line) {
        for (RunListener l : listeners) {
            l.wire(pid, fromChild, line);
        }
    }

    void protocolError(ChildProcess c, String what) {
        for (RunListener l : listeners) {
            l.protocolError(c, what);
        }
    }

    void ended(ChildProcess c) {
        for (RunListener l : listeners) {
            l.ended(c);
        }
    }

    /**
     * Sleeps for {@code nanos} unless the run closes first.
     *
     * @throws io.processlab.api.ProcessException with kind "stopped" when the run closed
     */
    void sleep(long nanos) {
        try {
            if (closing.await(nanos, TimeUnit.NANOSECONDS)) {
                throw new io.processlab.api.ProcessException(io.processlab.wire.RemoteError.STOPPED, text("run.stopped"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every child started so far has ended, up to {@code seconds}; true if all did. */
    public boolean awaitChildren(double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        for (ChildProcess c : children) {
            long left = deadline - System.nanoTime();
            try {
                c.ended().get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ends the run: every wait fails, every child ends. Safe to call more than once and from
     * several threads: every caller returns once every child has ended.
     */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed) {
                awaitClosed();
                return;
            }
            closed = true;
        }
        try {
            closeNow();
        } finally {
            // the parent's lane ends with the run, after every child's exit
            trace.record(parentPid, MAIN, Kinds.END, null, null);
            closedDone.countDown();
        }
    }

    /** A second caller of close() returns only when the first has ended every child. */
    private void awaitClosed() {
        try {
            closedDone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeNow() {
        closing.countDown();
        broker.stop();
        for (ChildProcess c : children) {
            if (c.isAlive()) {
                c.shutdown();
            }
        }
        if (!waitAll(CLOSE_STEPS_MS[0])) {
            children.stream().filter(ChildProcess::isAlive).forEach(ChildProcess::terminate);
            if (!waitAll(CLOSE_STEPS_MS[1])) {
                children.stream().filter(ChildProcess::isAlive).forEach(ChildProcess::kill);
                waitAll(CLOSE_STEPS_MS[2]);
            }
        }
        scheduler.close();
    }

    /**
     * The watchdog: when children were started and none is alive any more, an untimed wait of the
     * parent held longer than {@link #STUCK_AFTER_NS} can never end; it fails with a message.
     */
    private void watch() {
        if (closed) {
            return;
        }
        try {
            if (!children.isEmpty() && children.stream().noneMatch(ChildProcess::isAlive)) {
                broker.failStuckWaits(parentPid, STUCK_AFTER_NS);
            }
        } finally {
            if (!closed) {
                scheduler.schedule(this::watch, WATCH_PERIOD_US);
            }
        }
    }

    private boolean waitAll(long millis) {
        CompletableFuture<?>[] all = children.stream().map(ChildProcess::ended).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(all).get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
