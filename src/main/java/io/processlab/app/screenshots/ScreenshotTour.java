package io.processlab.app.screenshots;

import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;

/**
 * Drives the real window through the lessons: for each language, each lesson chosen with its
 * defaults and run on real child processes to its end, the scrubber put at the busiest moment
 * ({@link Moments#busiest}; for a concept demo that shows its results at the end, the end); then, for each layout (a size and a mode; none: the window as it is),
 * the window laid out and shown to the {@link Camera} with the console's tab, and (in a grid) with
 * the Code tab (and the event lesson with the Predict tab, its answers chosen, before its run and
 * after it); last, a run held in step mode shown with the Scheduler tab. Runs on the FX thread,
 * one step per frame, and tells the camera when it is done.
 */
public final class ScreenshotTour {
    /** The longest a lesson may run. */
    static final long RUN_LIMIT_NS = 120_000_000_000L;
    /** How long the window may draw the chosen moment of a finished run before the first picture. */
    static final long SETTLE_NS = 300_000_000L;
    /** The frames the window gets to lay itself out again after a new size, mode or tab. */
    static final int LAYOUT_FRAMES = 3;
    /** The most frames a new layout may take to settle before the picture is taken all the same. */
    static final int SETTLE_FRAMES = 60;
    /** The lesson held in step mode for the Scheduler's pictures, and how many operations it holds. */
    static final String STEP_LESSON = "process";
    static final int STEP_HELD = 3;
    /** The longest a step-mode run may take to hold them (Next is pressed until it does). */
    static final long STEP_LIMIT_NS = 30_000_000_000L;
    /**
     * The lessons shown with the Code tab (its layout is the same for every lesson; these have the
     * longest listings, and the sending demo's two sides must agree).
     */
    public static final List<String> CODE_LESSONS = List.of("queue", "sending");
    /** The lesson shown once more with Java alone across the Code tab ({@code -code-java}). */
    static final String CODE_JAVA_LESSON = "sending";
    /** The lesson shown with the Predict tab, its answers chosen, before its run and after it. */
    public static final String PREDICT_LESSON = "event";

    /** One step of the tour: {@link #tick} is called once per frame until it says it is done. */
    private interface Step {
        boolean tick(long now) throws IOException;
    }

    private final Scene scene;
    private final MainViewModel model;
    private final TourWindow window;
    private final Camera camera;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final AnimationTimer timer;
    private String lesson;

    /**
     * @param languages the languages, each run once through every lesson
     * @param layouts   the layouts each finished run is shown in; an empty list: the window as it is
     * @param code      whether each layout is also shown with the Code tab, and a step-mode run with the Scheduler tab
     */
    public ScreenshotTour(Scene scene, MainViewModel model, TourWindow window, Camera camera,
            List<Locale> languages, List<String> lessons, List<Layout> layouts, boolean code) {
        this.scene = scene;
        this.model = model;
        this.window = window;
        this.camera = camera;
        for (Locale l : languages) {
            String lang = l.getLanguage();
            steps.add(now -> {
                window.language(l);
                return true;
            });
            for (String id : lessons) {
                boolean predict = code && PREDICT_LESSON.equals(id);
                if (predict) {
                    steps.add(now -> {
                        model.select(id);
                        model.settingsOf(id).restoreDefaults();
                        window.predict();
                        return true;
                    });
                    for (Layout lay : layouts) {
                        steps.add(shot(lay, "predict", lang + "-" + lay.name() + "-" + id + "-predict-before"));
                    }
                }
                steps.add(run(id, false));
                steps.add(pause(SETTLE_NS));
                if (layouts.isEmpty()) {
                    steps.add(shot(null, "console", id));
                }
                for (Layout lay : layouts) {
                    String name = lang + "-" + lay.name() + "-" + id;
                    steps.add(shot(lay, "console", name));
                    if (code && CODE_LESSONS.contains(id)) {
                        steps.add(shot(lay, "code", name + "-code"));
                    }
                    if (code && CODE_JAVA_LESSON.equals(id)) {
                        steps.add(shot(lay, "code-java", name + "-code-java"));
                    }
                    if (predict) {
                        steps.add(shot(lay, "predict", name + "-predict"));
                    }
                    if (code && CODE_LESSONS.get(0).equals(id)) {
                        // the wire's JSON lines and the help overlay, once per layout
                        steps.add(shot(lay, "wire", name + "-wire"));
                        steps.add(now -> {
                            window.help(true);
                            return true;
                        });
                        steps.add(shot(lay, "console", lang + "-" + lay.name() + "-help"));
                        steps.add(now -> {
                            window.help(false);
                            return true;
                        });
                    }
                }
            }
            if (code && !layouts.isEmpty()) {
                steps.add(run(STEP_LESSON, true));
                for (Layout lay : layouts) {
                    steps.add(shot(lay, "scheduler", lang + "-" + lay.name() + "-scheduler"));
                }
                steps.add(free());
                steps.add(now -> {
                    window.tab("console");
                    return true;
                });
            }
        }
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                try {
                    tick(now);
                } catch (IOException | RuntimeException | LinkageError e) {
                    // told, never a tour that stops silently and leaves its caller waiting
                    fail(lesson + ": " + e);
                }
            }
        };
    }

    public void start() {
        for (Step s : steps) {
            if (s == null) {
                throw new IllegalStateException();
            }
        }
        timer.start();
    }

    private void tick(long now) throws IOException {
        Step s = steps.peek();
        if (s == null) {
            timer.stop();
            camera.done(null);
            return;
        }
        if (s.tick(now)) {
            steps.poll();
        }
    }

    /** Chooses the lesson, runs it with its defaults; done when it ended (or, in step mode, holds operations). */
    private Step run(String id, boolean stepMode) {
        long[] deadline = {0};
        return now -> {
            if (deadline[0] == 0) {
                if (model.pages().stream().noneMatch(p -> p.id().equals(id))) {
                    throw new IllegalArgumentException("no lesson '" + id + "'");
                }
                lesson = id;
                window.tab("console");
                model.select(id);
                model.settingsOf(id).restoreDefaults();
                window.stepMode(stepMode);
                model.run();
                deadline[0] = now + (stepMode ? STEP_LIMIT_NS : RUN_LIMIT_NS);
                return false;
            }
            RunState s = model.state();
            if (stepMode && s.busy() && window.held() > 0) {
                if (window.held() >= STEP_HELD) {
                    return true;
                }
                // the parent's own operations are held too: let the oldest go until the children wait
                window.stepNext();
            }
            if (s != RunState.IDLE && !s.busy() && model.player().readyProperty().get()) {
                if (s != RunState.DONE || stepMode) {
                    throw new IllegalStateException("the " + id + " run did not succeed: " + model.statusProperty().get());
                }
                model.player().seek(Moments.forPicture(id, model.recording().trace().events()));
                return true;
            }
            if (now > deadline[0]) {
                model.stop();
                throw new IllegalStateException("the " + id + " run took longer than "
                        + (stepMode ? STEP_LIMIT_NS : RUN_LIMIT_NS) / 1_000_000_000L + " s");
            }
            return false;
        };
    }

    /** Lets step mode go and waits for the run's end. */
    private Step free() {
        boolean[] started = {false};
        return now -> {
            if (!started[0]) {
                started[0] = true;
                window.stepMode(false);
                return false;
            }
            return !model.state().busy();
        };
    }

    private static Step pause(long ns) {
        long[] until = {0};
        return now -> {
            if (until[0] == 0) {
                until[0] = now + ns;
            }
            return now >= until[0];
        };
    }

    /**
     * Lays the window out (unless {@code layout} is null), chooses the tab, waits until the layout
     * has settled (the dividers and the timeline's size the same {@value #LAYOUT_FRAMES} frames
     * running, at most {@value #SETTLE_FRAMES} frames), shoots.
     */
    private Step shot(Layout layout, String tab, String name) {
        int[] frames = {-1, 0};
        String[] last = {""};
        return now -> {
            if (frames[0] < 0) {
                if (layout != null) {
                    window.layout(layout);
                }
                window.tab(tab);
                frames[0] = 0;
                return false;
            }
            String shape = shape(scene.getRoot());
            frames[1] = shape.equals(last[0]) ? frames[1] + 1 : 0;
            last[0] = shape;
            if (++frames[0] < SETTLE_FRAMES && frames[1] < LAYOUT_FRAMES) {
                return false;
            }
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            camera.shot(name, scene);
            return true;
        };
    }

    /** The dividers' positions and the timeline's size: what moves while a new layout settles. */
    static String shape(Parent root) {
        StringBuilder b = new StringBuilder();
        for (Node n : root.lookupAll(".split-pane")) {
            if (n instanceof SplitPane sp) {
                for (double d : sp.getDividerPositions()) {
                    b.append(Math.round(d * 1000)).append(',');
                }
                b.append(Math.round(sp.getWidth())).append('x').append(Math.round(sp.getHeight())).append(';');
            }
        }
        for (Node n : root.lookupAll(".timeline-canvas")) {
            b.append(Math.round(n.getLayoutBounds().getWidth())).append('x')
                    .append(Math.round(n.getLayoutBounds().getHeight())).append(';');
        }
        return b.toString();
    }

    private void fail(String why) {
        timer.stop();
        model.shutdown();
        camera.done(why);
    }
}
