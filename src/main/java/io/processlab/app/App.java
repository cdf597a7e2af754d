package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.panels.LessonPages;
import io.processlab.app.screenshots.Layout;
import io.processlab.app.screenshots.PngCamera;
import io.processlab.app.screenshots.ScreenshotTour;
import io.processlab.app.screenshots.ShotOptions;
import io.processlab.app.teach.TeachViewModel;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one window, "ProcessLab". */
public final class App extends Application {
    /** The window's size when the screen has room for it, and its least size. */
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 640;
    /** The style sheet, in resources/css. */
    public static final String CSS = "/css/processlab.css";

    private MainViewModel model;

    /** Opens the window and returns when it closes. */
    static void open(String[] args) {
        WindowStart.begin(List.of(args)); // while the toolkit starts
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowStart ready = WindowStart.take(getParameters().getRaw());
        ShotOptions shots = ready.shots();
        LaunchOptions options = ready.options();
        WindowPrefs prefs = ready.prefs();
        WindowPrefs.Kept kept = ready.kept();
        I18n i18n = ready.i18n();
        // within the screen's visual bounds (without task bars): where it was, or 1440x900 shrunk
        // to the screen and centred, so that Run is never off the screen
        Rectangle2D near = kept.bounds() == null ? new Rectangle2D(0, 0, 1, 1)
                : new Rectangle2D(kept.bounds().x(), kept.bounds().y(), kept.bounds().width(), kept.bounds().height());
        Screen screen = Screen.getScreensForRectangle(near).stream().findFirst().orElse(Screen.getPrimary());
        Rectangle2D vb = screen.getVisualBounds();
        WindowPrefs.Bounds at = shots != null
                ? new WindowPrefs.Bounds(vb.getMinX(), vb.getMinY(), shots.width(), shots.height())
                : WindowPrefs.place(kept.bounds(), new WindowPrefs.Bounds(vb.getMinX(), vb.getMinY(), vb.getWidth(),
                        vb.getHeight()), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setX(at.x());
        stage.setY(at.y());
        Window window = show(stage, i18n, ready.pages(), at.width(), at.height());
        stage.setMinWidth(Math.min(MIN_WIDTH, vb.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, vb.getHeight()));
        model = window.model();
        MainView view = window.view();
        Runnable close = () -> {
            if (shots == null) {
                prefs.save(new WindowPrefs.Kept(new WindowPrefs.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()), view.split().dividers(), i18n.locale(),
                        view.teaching().model().tempoProperty().get(),
                        model.selected() == null ? null : model.selected().id()));
            }
            view.stopFrames();
            model.shutdown();
            Platform.exit();
        };
        stage.setOnCloseRequest(e -> {
            if (shots == null && !view.mayQuit()) {
                e.consume(); // the run shown stays, and so does the window
                return;
            }
            close.run();
        });
        view.files().onQuit(() -> {
            if (shots != null || view.mayQuit()) {
                close.run();
            }
        });
        if (shots == null) {
            if (kept.tempo() != null && TeachViewModel.TEMPOS.contains(kept.tempo())) {
                view.teaching().model().tempoProperty().set(kept.tempo());
            }
            if (kept.lesson() != null && model.pages().stream().anyMatch(p -> p.id().equals(kept.lesson()))) {
                model.select(kept.lesson());
            }
            view.split().restore(kept.dividers());
            view.predict().keepIn(ready.study());
        }
        if (shots != null) {
            tour(stage, view, shots, i18n);
        } else if (options.traceFile() != null && options.traceFile().toString().endsWith(".py")) {
            view.files().dropped(List.of(options.traceFile())); // a Python program: it runs, as a drop does
        } else if (options.traceFile() != null) {
            view.files().open(options.traceFile());
        }
    }

    /** {@code screenshots DIR ...}: the tour through the lessons, as one picture or the whole grid. */
    private void tour(Stage stage, MainView view, ShotOptions shots, I18n i18n) {
        GridWindow window = new GridWindow(stage, view);
        List<String> all = model.pages().stream().map(p -> p.id()).toList();
        List<Layout> layouts = List.of();
        List<Locale> languages = List.of(shots.locale());
        if (shots.grid()) {
            layouts = Layout.GRID;
            languages = List.of(Locale.ENGLISH, I18n.PORTUGUESE);
        } else {
            view.teaching().fullScreen(true);
            view.teaching().model().presenterProperty().set(shots.presenter());
        }
        try {
            java.nio.file.Files.createDirectories(shots.dir());
        } catch (java.io.IOException e) {
            System.err.println("screenshots: cannot make the folder " + shots.dir() + ": " + e.getMessage());
            model.shutdown();
            new Thread(() -> System.exit(1), "processlab-exit").start();
            return;
        }
        new ScreenshotTour(stage.getScene(), model, window, new PngCamera(model, i18n, shots, System.out),
                languages, shots.lessons(all), layouts, shots.grid()).start();
    }

    /** The window's parts, as {@link #show} put them in a stage. */
    public record Window(MainViewModel model, MainView view, Scene scene) {
    }

    /** Builds the window in {@code stage}, {@code width} by {@code height}, shows it and starts its frames. */
    public static Window show(Stage stage, I18n i18n, double width, double height) {
        return show(stage, i18n, LessonPages.create(i18n), width, height);
    }

    /** The same, with the lesson pages made already. */
    static Window show(Stage stage, I18n i18n, List<LessonPage> pages, double width, double height) {
        MainViewModel model = new MainViewModel(i18n, pages);
        MainView view = new MainView(model, i18n);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(stylesheet());
        stage.setTitle("ProcessLab");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        view.startFrames();
        HeapTrim.tuneSoon();
        model.stateProperty().addListener((o, was, now) -> {
            if (!now.busy()) {
                HeapTrim.soon(); // a run ended, or Reset: give back what it made the heap grow by
            }
        });
        return new Window(model, view, scene);
    }

    /** The style sheet's URL as text. */
    public static String stylesheet() {
        URL url = App.class.getResource(CSS);
        if (url == null) {
            throw new IllegalStateException("missing style sheet " + CSS);
        }
        return url.toExternalForm();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
        // the engine's timer and reader threads must not keep the JVM alive
        new Thread(() -> System.exit(0), "processlab-exit").start();
    }
}
