package io.processlab.app.model;

import com.google.gson.JsonObject;
import io.processlab.engine.Run;
import io.processlab.lessons.Listing;
import io.processlab.python.PythonException;
import io.processlab.python.PythonRun;
import io.processlab.trace.Clock;
import io.processlab.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A Python program run from the window, traced live ({@link PythonRun}): the program chosen with
 * File, dropped on the window, or a seed lesson's twin with the sheet's settings. Its processes'
 * events fill the trace as they happen; Stop ends the program's whole tree.
 */
final class PythonSession implements Session {
    private final PythonRun.Options options;
    private final String lessonId;
    private final Function<PythonException, String> words;
    private final Function<Integer, String> exitWords;
    private final Trace empty = new Trace(Clock.monotonic());
    private volatile PythonRun run;
    private volatile Outcome outcome;
    private volatile boolean stopRequested;
    private final boolean stepped;
    private volatile Steerable steerable;

    /** {@code stepped}: the program starts in step mode, its first operation already held. */
    PythonSession(PythonRun.Options options, String lessonId, Function<PythonException, String> words,
                  Function<Integer, String> exitWords, boolean stepped) {
        this.options = options;
        this.stepped = stepped;
        this.lessonId = lessonId;
        this.words = words;
        this.exitWords = exitWords;
    }

    /**
     * A seed lesson's twin (resources/python/lesson_ID.py), written out of the app to run in
     * {@code language}: in English the file as it is, in Portuguese the text the Code tab shows,
     * which prints Portuguese ({@link Listing#twin}).
     */
    static Path twin(String lessonId, Locale language) throws IOException {
        String text;
        try {
            text = Listing.twin(lessonId, language);
        } catch (IllegalStateException e) {
            throw new IOException("no Python twin for " + lessonId, e);
        }
        Path dir = Files.createTempDirectory("processlab-twin-");
        Path file = dir.resolve("lesson_" + lessonId + ".py");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    @Override
    public void start() {
        try {
            run = PythonRun.start(options, stepped);
        } catch (PythonException e) {
            outcome = new Outcome(RunState.FAILED, words.apply(e));
            return;
        }
        PythonRun r = run;
        steerable = Steerable.of(r.trace(), r::isDone, r::holdIn);
        Thread t = new Thread(this::await, "python-session");
        t.setDaemon(true);
        t.start();
    }

    private void await() {
        try {
            PythonRun r = run;
            while (!r.await(1, TimeUnit.SECONDS)) {
                // the program runs as long as it runs
            }
            Integer code = r.exitCode();
            outcome = stopRequested || r.stopped() ? new Outcome(RunState.STOPPED, null)
                    : code != null && code == 0 ? new Outcome(RunState.DONE, null)
                    : new Outcome(RunState.FAILED, exitWords.apply(code));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Trace trace() {
        PythonRun r = run;
        return r == null ? empty : r.trace();
    }

    @Override
    public Run run() {
        return null;
    }

    @Override
    public Steerable steerable() {
        return steerable;
    }

    @Override
    public String lessonId() {
        return lessonId;
    }

    /** The program run. */
    Path program() {
        return options.program();
    }

    @Override
    public JsonObject settingsJson() {
        PythonRun r = run;
        return r == null ? new JsonObject() : r.settings();
    }

    @Override
    public JsonObject header() {
        PythonRun r = run;
        return r == null ? null : r.header();
    }

    /** Files beside the program that hide a standard module multiprocessing needs. */
    List<String> shadowing() {
        PythonRun r = run;
        return r == null ? List.of() : r.shadowing();
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    @Override
    public List<WireLine> drainWire(int max) {
        return List.of();
    }

    @Override
    public void stop() {
        Thread t = new Thread(() -> stopNow(3_000), "python-stop");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stopNow(long millis) {
        stopRequested = true;
        PythonRun r = run;
        if (r != null) {
            r.stop();
            try {
                r.await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
