package io.processlab.app.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.processlab.app.App;
import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.Parsed;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;

/**
 * {@code bench --window}: the real window (the same view and model as the app's), run as a
 * class runs it: a lesson with its defaults, {@code runs} times one after the other, then Reset.
 * Says the process's resident memory, the Java heap in use and the heap the collector holds
 * (committed) when the window is fresh, after each run and after Reset (none of these after a
 * forced collection), and last the live heap after a full collection. Headless (Monocle,
 * software rendering) unless {@code --display}, which uses the machine's own toolkit (an X
 * display). Prints one JSON line. It is also the training run of the window's class cache
 * ({@link AppCache}).
 */
public final class WindowBench {
    /** What to run. */
    public record Options(String lesson, int runs, boolean display, Locale locale, Path dump, Path program,
            JsonObject settings) {
        public Options(String lesson, int runs, boolean display, Locale locale) {
            this(lesson, runs, display, locale, null, null, null);
        }
    }

    /** How long one run may take. */
    private static final long RUN_LIMIT_S = 120;

    private WindowBench() {
    }

    /**
     * The command line: {@code bench --window [--lesson queue] [--runs 20] [--display] [--lang pt]
     * [--set KEY=VALUE]... [--dump DIR] [--program FILE.py]}; {@code --set} fills the lesson's
     * settings as the window's fields would be filled (e.g. {@code --lesson pool --set items=100000}); with {@code --program}, each run is that Python program
     * traced live (File, Open Python program) instead of the lesson, and the window's frames are
     * timed while it runs ({@code frame_ms}: from one pulse of the FX thread to the next); with {@code --dump}, the heap's class histogram and (when the JVM tracks it,
     * {@code -XX:NativeMemoryTracking=summary}) its native memory are written into DIR when the
     * window is fresh, after the last run and after Reset.
     */
    static final CommandLine LINE = CommandLine.of("bench --window").flag("--window")
            .option("--lesson", Value.text())
            .option("--runs", Value.whole(0, 1000))
            .flag("--display")
            .option("--lang", Value.language())
            .repeatable("--set", Value.text())
            .option("--dump", Value.path())
            .option("--program", Value.path());

    public static int main(List<String> args, PrintStream out, PrintStream err) {
        String lesson;
        int runs;
        boolean display;
        Locale locale;
        Path dump;
        Path program;
        JsonObject settings;
        try {
            Parsed p = LINE.parse(!args.isEmpty() && args.get(0).equals("bench") ? args.subList(1, args.size()) : args);
            lesson = p.get("--lesson", "queue");
            runs = p.get("--runs", 20);
            display = p.has("--display");
            locale = Locale.forLanguageTag(p.get("--lang", "en"));
            dump = p.get("--dump", null);
            program = p.get("--program", null);
            settings = settings(lesson, p.all("--set"));
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!display && !HeadlessPlatform.present()) {
            return HeadlessPlatform.again("bench --window", args, err);
        }
        try {
            out.println(run(new Options(lesson, runs, display, locale, dump, program, settings)));
            return 0;
        } catch (Exception e) {
            err.println("bench --window failed: " + e);
            return 1;
        }
    }

    /** The lesson's settings with these {@code KEY=VALUE} pairs, checked as {@code run} checks them; null for none. */
    private static JsonObject settings(String lesson, List<String> pairs) throws UsageException {
        if (pairs.isEmpty()) {
            return null;
        }
        java.util.Optional<io.processlab.lessons.Lesson> found = io.processlab.lessons.course.Lessons.byId(lesson);
        if (found.isEmpty()) {
            throw new UsageException("bench --window: no lesson " + lesson);
        }
        try {
            return io.processlab.lessons.Settings.parsePairs(found.get().settings(), pairs).toJson();
        } catch (io.processlab.lessons.SettingException e) {
            throw new UsageException("bench --window: " + e.message(Locale.ENGLISH));
        }
    }

    /** Opens the window, runs, resets, and gives the figures. */
    public static JsonObject run(Options o) throws Exception {
        if (o.display()) {
            UiBench.startFx();
        } else {
            if (System.getProperty("headless.geometry") == null) {
                System.setProperty("headless.geometry", "1920x1080-32"); // Monocle's screen: room for the 1440x900 window
            }
            UiBench.startHeadlessFx();
        }
        long t0 = System.nanoTime();
        App.Window window = onFx(() -> App.show(new Stage(), new I18n(o.locale()), 1440, 900));
        JsonObject r = new JsonObject();
        r.addProperty("peer", "processlab-window");
        r.addProperty("java", Runtime.version().toString());
        r.addProperty("lesson", o.lesson());
        r.addProperty("window_built_ms", Math.round((System.nanoTime() - t0) / 1e5) / 10.0);
        MainViewModel model = window.model();
        onFx(() -> {
            model.select(o.lesson());
            return null;
        });
        if (model.selected() == null || !model.selected().id().equals(o.lesson())) {
            throw new IllegalArgumentException("no lesson " + o.lesson());
        }
        if (o.settings() != null) {
            onFx(() -> {
                model.settingsOf(o.lesson()).fill(o.settings());
                return null;
            });
            r.add("settings", onFx(() -> model.settingsOf(o.lesson()).settings().toJson())); // what the runs use
        }
        Thread.sleep(1000);
        r.add("fresh", Memory.now().json());
        Memory.dump(o.dump(), "1-fresh");
        JsonArray after = new JsonArray();
        Pulses pulses = onFx(Pulses::new);
        for (int i = 0; i < o.runs(); i++) {
            onFx(() -> {
                pulses.start();
                return null;
            });
            runOnce(model, o.program());
            onFx(() -> {
                pulses.stop();
                return null;
            });
            if (o.program() != null) {
                r.addProperty("events", onFx(() -> model.traceProperty().get().size()));
            }
            Thread.sleep(1_500); // the window draws the run's end and gives memory back (HeapTrim)
            after.add(Memory.now().json());
        }
        r.addProperty("program", o.program() == null ? null : o.program().getFileName().toString());
        r.addProperty("frames", pulses.intervals().size());
        r.add("frame_ms", pulses.intervals().summary());
        r.add("after_each_run", after);
        Memory.dump(o.dump(), "2-after-runs");
        onFx(() -> {
            model.reset();
            return null;
        });
        Thread.sleep(1_500);
        r.add("after_reset", Memory.now().json());
        Memory.dump(o.dump(), "3-after-reset");
        r.addProperty("live_heap_after_full_gc_mb", Memory.mb(Memory.heapUsedAfterGc()));
        Thread.sleep(500);
        r.add("after_reset_and_gc", Memory.now().json());
        onFx(() -> {
            window.view().stopFrames();
            model.shutdown();
            window.scene().getWindow().hide();
            return null;
        });
        return r;
    }

    /** Runs the chosen lesson with its settings (or the Python {@code program}) and waits for its end. */
    private static void runOnce(MainViewModel model, Path program) throws Exception {
        onFx(() -> {
            if (program == null) {
                model.run();
            } else {
                model.runPython(program, List.of(), null);
            }
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_LIMIT_S);
        while (onFx(() -> model.state().busy() || model.state() == RunState.IDLE)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the run did not end in " + RUN_LIMIT_S + " s");
            }
            Thread.sleep(50);
        }
        RunState end = onFx(model::state);
        if (end != RunState.DONE) {
            throw new IllegalStateException("the run ended " + end);
        }
    }

    /** The FX thread's pulses while a run goes: from one to the next, the window's frame time. */
    private static final class Pulses extends javafx.animation.AnimationTimer {
        private final Series intervals = new Series(4096);
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                intervals.add(now - last);
            }
            last = now;
        }

        @Override
        public void stop() {
            super.stop();
            last = 0;
        }

        Series intervals() {
            return intervals;
        }
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) throws Exception {
        return io.processlab.app.fx.FxCall.supply(work).get(1, TimeUnit.MINUTES);
    }

    /** {@code bench --window}, as the entry point finds it (a service). */
    public static final class Command implements io.processlab.app.HeadlessCommand {
        @Override
        public boolean wants(List<String> args) {
            return !args.isEmpty() && args.get(0).equals("bench") && args.contains("--window");
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            return main(args, out, err);
        }
    }
}
