package io.processlab.app.bench;

import com.google.gson.JsonObject;
import io.processlab.app.timeline.TimelineCanvas;
import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.Parsed;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import io.processlab.view.export.PngExport;
import io.processlab.view.timeline.SyntheticTrace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * {@code bench --ui}: the live timeline at scale, measured headless (Monocle, software
 * rendering, as the tests run). A run of 64 processes and 100,000 events is fed to
 * {@link TimelineCanvas} in per-frame batches, as a live run's trace grows: each frame is one
 * sixtieth of a second of the run played in {@code seconds}, then the canvas takes its batch and
 * draws ({@code refresh}) and the frame is rasterized ({@code render}: a snapshot of the canvas,
 * which includes reading the pixels back). Then the same run is exported as a PNG, saved as a
 * trace file and opened again. Prints one JSON line.
 */
public final class UiBench {
    /** What to measure. */
    public record Options(int processes, int events, double seconds, int width, int height, Path dir) {
    }

    private UiBench() {
    }

    /** The command line: {@code bench --ui [--processes N] [--events N] [--seconds S]}. */
    static final CommandLine LINE = CommandLine.of("bench --ui").flag("--ui")
            .option("--processes", Value.whole(2, 4096))
            .option("--events", Value.whole(100, 100_000_000))
            .option("--seconds", Value.number(0.1, 3600));


    public static int main(List<String> args, PrintStream out, PrintStream err) {
        int processes;
        int events;
        double seconds;
        try {
            List<String> rest = !args.isEmpty() && args.get(0).equals("bench") ? args.subList(1, args.size()) : args;
            Parsed p = LINE.parse(rest);
            processes = p.get("--processes", 64);
            events = p.get("--events", 100_000);
            seconds = p.get("--seconds", 10.0);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!HeadlessPlatform.present()) {
            return HeadlessPlatform.again("bench --ui", args, err);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("processlab-uibench-");
            JsonObject result = run(new Options(processes, events, seconds, 1280, 720, dir));
            out.println(result);
            return 0;
        } catch (Exception e) {
            err.println("bench --ui failed: " + e);
            return 1;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Sets up a headless toolkit (unless one runs already), measures, and gives the figures. */
    public static JsonObject run(Options o) throws Exception {
        startHeadlessFx();
        Trace full = SyntheticTrace.trace(o.processes() - 1, o.events(), 42);
        resetPeaks();
        FrameTimes times = onFx(() -> feedLive(full, o)).get(10, TimeUnit.MINUTES);
        long heapLive = heapUsedAfterGc();
        long heapPeak = heapPeak();

        JsonObject r = new JsonObject();
        r.addProperty("peer", "processlab-ui");
        r.addProperty("renderer", "JavaFX " + System.getProperty("javafx.runtime.version", "?") + ", prism "
                + System.getProperty("prism.order") + ", " + System.getProperty("glass.platform") + " "
                + System.getProperty("monocle.platform", ""));
        r.addProperty("processes", o.processes());
        r.addProperty("events", o.events());
        r.addProperty("window", o.width() + "x" + o.height());
        r.addProperty("run_seconds", o.seconds());
        r.addProperty("frames", times.frames());
        r.addProperty("events_per_frame", Math.round(o.events() / (double) times.frames() * 10) / 10.0);
        r.add("frame_ms", times.frame.summary());
        r.add("refresh_ms", times.refresh.summary());
        r.add("render_ms", times.render.summary());
        r.addProperty("heap_used_after_gc_mb", mb(heapLive));
        r.addProperty("heap_peak_mb", mb(heapPeak));
        r.addProperty("heap_max_mb", mb(Runtime.getRuntime().maxMemory()));
        long rss = residentPeakBytes();
        if (rss > 0) {
            r.addProperty("rss_peak_mb", mb(rss)); // the whole process (heap, code, JavaFX), so far
        }

        Path png = o.dir().resolve("run.png");
        long t0 = System.nanoTime();
        BufferedImage img = PngExport.write(full, png, new PngExport.Options(1, "ProcessLab \u00b7 bench --ui",
                o.processes() + " processes, " + o.events() + " events", Locale.ENGLISH));
        r.addProperty("png_export_ms", ms(System.nanoTime() - t0));
        r.addProperty("png_size", img.getWidth() + "x" + img.getHeight());
        r.addProperty("png_kib", Files.size(png) / 1024);

        Path file = o.dir().resolve("run.processlab");
        long t1 = System.nanoTime();
        TraceFile.save(file, "pool", new JsonObject(), full);
        r.addProperty("trace_save_ms", ms(System.nanoTime() - t1));
        r.addProperty("trace_kib", Files.size(file) / 1024);
        long t2 = System.nanoTime();
        TraceFile.Recording back = TraceFile.load(file);
        r.addProperty("trace_open_ms", ms(System.nanoTime() - t2));
        if (back.trace().size() != full.size()) {
            throw new IllegalStateException("the saved trace opened with " + back.trace().size() + " events, not " + full.size());
        }
        return r;
    }

    /** The per-frame figures of one live feed. */
    private record FrameTimes(Series refresh, Series render, Series frame) {
        int frames() {
            return frame.size();
        }
    }

    /** On the FX thread: grows a live trace frame by frame and times the canvas on each. */
    private static FrameTimes feedLive(Trace full, Options o) {
        List<TraceEvent> events = full.events();
        long[] clock = {0};
        Trace live = new Trace(() -> clock[0]);
        List<ProcessInfo> procs = full.processes();
        live.addProcess(procs.get(0));
        TimelineCanvas canvas = new TimelineCanvas();
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(canvas), o.width(), o.height()));
        stage.show();
        canvas.setTrace(live);
        canvas.setFollowLive(true);
        SnapshotParameters params = new SnapshotParameters();
        WritableImage image = new WritableImage(o.width(), o.height());

        long end = events.get(events.size() - 1).tUs();
        int frames = Math.max(1, (int) Math.round(o.seconds() * 60));
        Series refresh = new Series(frames);
        Series render = new Series(frames);
        Series frame = new Series(frames);
        int next = 0;
        int nextProcess = 1;
        for (int f = 1; f <= frames; f++) {
            long until = f == frames ? end : end * f / frames;
            // the run's side (engine threads in a live run): the events of this frame
            while (next < events.size() && events.get(next).tUs() <= until) {
                TraceEvent e = events.get(next++);
                while (nextProcess < procs.size() && procs.get(nextProcess).pid() <= e.pid()) {
                    live.addProcess(procs.get(nextProcess++));
                }
                clock[0] = e.tUs();
                live.record(e.pid(), e.name(), e.kind(), e.object(), e.detail(), e.text(), e.msg(), e.fields());
            }
            clock[0] = until;
            long t0 = System.nanoTime();
            canvas.refresh();
            long t1 = System.nanoTime();
            canvas.snapshot(params, image);
            long t2 = System.nanoTime();
            refresh.add(t1 - t0);
            render.add(t2 - t1);
            frame.add(t2 - t0);
        }
        stage.close();
        return new FrameTimes(refresh, render, frame);
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The process's peak resident memory (Linux's VmHWM), or -1 where it cannot be read. */
    static long residentPeakBytes() {
        return Memory.status("VmHWM:");
    }

    /** The most heap in use at once since the reset, summed over the heap's pools. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The heap held by live objects (the full run's trace and the canvas's states included). */
    private static long heapUsedAfterGc() {
        return Memory.heapUsedAfterGc();
    }

    /**
     * Starts JavaFX on Monocle's headless platform with software rendering, as the tests do; the
     * properties must be set before the toolkit starts. If it runs already (in a test), uses it.
     */
    static void startHeadlessFx() throws InterruptedException {
        setIfAbsent("testfx.robot", "glass");
        setIfAbsent("testfx.headless", "true");
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        startFx();
    }

    /** Starts JavaFX on the platform its properties name (the machine's own by default), unless it runs already. */
    static void startFx() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException running) {
            up.countDown();
        }
        Platform.setImplicitExit(false);
        up.await();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static <T> CompletableFuture<T> onFx(java.util.function.Supplier<T> work) {
        return io.processlab.app.fx.FxCall.supply(work);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system clears it
        }
    }

    /** {@code bench --ui}, as the entry point finds it (a service). */
    public static final class Command implements io.processlab.app.HeadlessCommand {
        @Override
        public boolean wants(List<String> args) {
            return !args.isEmpty() && args.get(0).equals("bench") && args.contains("--ui");
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            return main(args, out, err);
        }
    }
}
