package io.processlab.app.model;

import io.processlab.engine.ChildProcess;
import io.processlab.engine.Run;
import io.processlab.engine.RunListener;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Settings;
import io.processlab.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One run of a lesson, started from the window. The lesson's script runs on its own thread,
 * never the FX thread; what the run produces is taken by the FX thread once per frame
 * ({@link #trace()}{@code .since(i)}, {@link #drainWire}). Stop ends every child at once,
 * on a background thread.
 */
final class RunSession implements Session {
    private final Lesson lesson;
    private final Settings settings;
    private final Run run;
    private final Steerable steerable;
    private final ConcurrentLinkedQueue<WireLine> wire = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile Outcome outcome;
    private volatile boolean stopRequested;

    RunSession(Lesson lesson, Settings settings, Locale locale) {
        this.lesson = lesson;
        this.settings = settings;
        this.run = new Run(locale);
        this.steerable = Steerable.of(run);
        run.addListener(new RunListener() {
            @Override
            public void wire(long pid, boolean fromChild, String line) {
                wire.add(new WireLine(pid, null, fromChild, line, run.trace().clock().nowMicros()));
            }
        });
        this.thread = new Thread(this::body, "lesson-" + lesson.id());
        thread.setDaemon(true);
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public Trace trace() {
        return run.trace();
    }

    /** The engine's run: its broker (step mode) and its tempo can be changed while it goes. */
    @Override
    public Run run() {
        return run;
    }

    @Override
    public Steerable steerable() {
        return steerable;
    }

    Lesson lesson() {
        return lesson;
    }

    Settings settings() {
        return settings;
    }

    @Override
    public String lessonId() {
        return lesson.id();
    }

    @Override
    public com.google.gson.JsonObject settingsJson() {
        return settings.toJson();
    }

    @Override
    public com.google.gson.JsonObject header() {
        return null;
    }

    /** Null while the run goes; then how it ended. */
    @Override
    public Outcome outcome() {
        return outcome;
    }

    /** Up to {@code max} wire lines that came since the last call. */
    @Override
    public List<WireLine> drainWire(int max) {
        List<WireLine> out = new ArrayList<>();
        WireLine l;
        while (out.size() < max && (l = wire.poll()) != null) {
            out.add(l);
        }
        return out;
    }

    private void body() {
        String failure = null;
        try {
            lesson.run(run.main(), settings);
            if (!run.awaitChildren(10)) {
                failure = "some processes did not end";
            }
        } catch (Exception | Error e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            run.close();
        }
        if (stopRequested) {
            outcome = new Outcome(RunState.STOPPED, null);
            return;
        }
        if (failure == null) {
            failure = failedChild(run.children());
        }
        outcome = failure == null ? new Outcome(RunState.DONE, null) : new Outcome(RunState.FAILED, failure);
    }

    /** The first child that did not end with code 0, in words, or null. */
    static String failedChild(List<ChildProcess> children) {
        for (ChildProcess c : children) {
            Integer code = c.exitCode();
            if (code == null || code != 0) {
                return c.name() + " (" + c.pid() + "): " + (c.failure() == null ? "exit code " + code : c.failure());
            }
        }
        return null;
    }

    /** Ends the run and every child, on a background thread; returns at once. */
    @Override
    public void stop() {
        Thread t = new Thread(this::stopNow, "lesson-stop");
        t.setDaemon(true);
        t.start();
    }

    /** Ends the run and every child, and waits for the lesson's thread up to {@code millis}. */
    @Override
    public void stopNow(long millis) {
        stopNow();
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopNow() {
        stopRequested = true;
        run.close();
        thread.interrupt();
    }

    boolean isStopRequested() {
        return stopRequested;
    }
}
