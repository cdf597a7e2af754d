package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPages;
import io.processlab.app.screenshots.ScreenshotTour;
import io.processlab.app.screenshots.ShotOptions;
import io.processlab.engine.ChildLauncher;
import java.net.URL;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, "ProcessLab". */
public final class App extends Application {
    /** The style sheet, in resources/css. */
    public static final String CSS = "/css/processlab.css";

    private MainViewModel model;

    /** Opens the window and returns when it closes. */
    static void open(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        ChildLauncher.prepareCache(false); // none yet for this runtime: made beside the first runs, once
        List<String> args = getParameters().getRaw();
        ShotOptions shots = ShotOptions.wants(args) ? ShotOptions.parse(args) : null;
        LaunchOptions options = LaunchOptions.parse(shots == null ? args : List.of());
        I18n i18n = new I18n(shots != null ? shots.locale()
                : options.locale() != null ? options.locale() : I18n.systemLocale());
        Window window = shots == null ? show(stage, i18n, 1440, 900) : show(stage, i18n, shots.width(), shots.height());
        model = window.model();
        MainView view = window.view();
        Scene scene = window.scene();
        stage.setOnCloseRequest(e -> {
            view.stopFrames();
            model.shutdown();
            Platform.exit();
        });
        if (shots != null) {
            view.teaching().model().presenterProperty().set(shots.presenter());
            new ScreenshotTour(scene, model, i18n, shots, System.out).start();
        } else if (options.traceFile() != null && options.traceFile().toString().endsWith(".py")) {
            view.files().dropped(List.of(options.traceFile())); // a Python program: it runs, as a drop does
        } else if (options.traceFile() != null) {
            view.files().open(options.traceFile());
        }
    }

    /** The window's parts, as {@link #show} put them in a stage. */
    public record Window(MainViewModel model, MainView view, Scene scene) {
    }

    /** Builds the window in {@code stage}, {@code width} by {@code height}, shows it and starts its frames. */
    public static Window show(Stage stage, I18n i18n, double width, double height) {
        MainViewModel model = new MainViewModel(i18n, LessonPages.create(i18n));
        MainView view = new MainView(model, i18n);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(stylesheet());
        stage.setTitle("ProcessLab");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        view.startFrames();
        HeapTrim.tune();
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
