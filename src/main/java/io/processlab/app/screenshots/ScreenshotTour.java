package io.processlab.app.screenshots;

import io.processlab.app.files.RunFiles;
import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.trace.TraceFile;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Drives the real window through the lessons: for each, choose it with its defaults, run it on
 * real child processes, wait for the end, put the scrubber at the busiest moment
 * ({@link Moments#busiest}), let the window draw, and write the window's picture and the whole
 * timeline. Runs on the FX thread, one step per frame; exits the JVM when done (code 1 when a
 * lesson failed).
 */
public final class ScreenshotTour {
    /** The longest a lesson may run. */
    static final long RUN_LIMIT_NS = 120_000_000_000L;
    /** How long the window may draw the chosen moment before the picture is taken. */
    static final long SETTLE_NS = 700_000_000L;

    private enum Step { NEXT, RUNNING, SETTLING }

    private final Scene scene;
    private final MainViewModel model;
    private final I18n i18n;
    private final ShotOptions options;
    private final PrintStream out;
    private final Deque<String> todo;
    private final AnimationTimer timer;
    private Step step = Step.NEXT;
    private String lesson;
    private long deadline;

    public ScreenshotTour(Scene scene, MainViewModel model, I18n i18n, ShotOptions options, PrintStream out) {
        this.scene = scene;
        this.model = model;
        this.i18n = i18n;
        this.options = options;
        this.out = out;
        this.todo = new ArrayDeque<>(options.lessons());
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                try {
                    tick(now);
                } catch (IOException | RuntimeException e) {
                    fail("screenshots: " + lesson + ": " + e.getMessage());
                }
            }
        };
    }

    public void start() {
        try {
            Files.createDirectories(options.dir());
        } catch (IOException e) {
            fail("screenshots: cannot make the folder " + options.dir() + ": " + e.getMessage());
            return;
        }
        for (String id : todo) {
            if (model.pages().stream().noneMatch(p -> p.id().equals(id))) {
                fail("screenshots: no lesson '" + id + "'");
                return;
            }
        }
        timer.start();
    }

    private void tick(long now) throws IOException {
        switch (step) {
            case NEXT -> {
                lesson = todo.poll();
                if (lesson == null) {
                    timer.stop();
                    exit(0);
                    return;
                }
                model.select(lesson);
                model.settingsOf(lesson).restoreDefaults();
                model.run();
                deadline = now + RUN_LIMIT_NS;
                step = Step.RUNNING;
            }
            case RUNNING -> {
                RunState s = model.state();
                if (s != RunState.IDLE && !s.busy() && model.player().readyProperty().get()) {
                    if (s != RunState.DONE) {
                        fail("screenshots: the " + lesson + " run did not succeed: " + model.statusProperty().get());
                        return;
                    }
                    model.player().seek(Moments.busiest(model.recording().trace().events()));
                    deadline = now + SETTLE_NS;
                    step = Step.SETTLING;
                } else if (now > deadline) {
                    model.stop();
                    fail("screenshots: the " + lesson + " run took longer than " + RUN_LIMIT_NS / 1_000_000_000L + " s");
                }
            }
            case SETTLING -> {
                if (now > deadline) {
                    shoot();
                    step = Step.NEXT;
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void shoot() throws IOException {
        Path app = options.dir().resolve(options.appFile(lesson));
        WritableImage img = scene.snapshot(null);
        BufferedImage argb = SwingFXUtils.fromFXImage(img, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(rgb, "png", app.toFile())) {
            throw new IOException("no PNG writer");
        }
        out.println("wrote " + app + " (" + rgb.getWidth() + "x" + rgb.getHeight() + ")");
        if (options.presenter()) {
            return; // the timeline's picture does not depend on the window's mode
        }
        TraceFile.Recording rec = model.recording();
        Path timeline = options.dir().resolve("timeline-" + lesson + ".png");
        BufferedImage t = new RunFiles(i18n).png(rec, timeline, 1, i18n.lesson(lesson, "title"), LocalDateTime.now());
        out.println("wrote " + timeline + " (" + t.getWidth() + "x" + t.getHeight() + ")");
    }

    private void fail(String why) {
        timer.stop();
        System.err.println(why);
        exit(1);
    }

    private void exit(int code) {
        model.shutdown();
        out.flush();
        new Thread(() -> System.exit(code), "processlab-exit").start();
    }
}
