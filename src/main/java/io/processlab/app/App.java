package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPages;
import io.processlab.app.screenshots.ScreenshotTour;
import io.processlab.app.screenshots.ShotOptions;
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
        List<String> args = getParameters().getRaw();
        ShotOptions shots = ShotOptions.wants(args) ? ShotOptions.parse(args) : null;
        LaunchOptions options = LaunchOptions.parse(shots == null ? args : List.of());
        I18n i18n = new I18n(shots != null ? shots.locale()
                : options.locale() != null ? options.locale() : I18n.systemLocale());
        model = new MainViewModel(i18n, LessonPages.create(i18n));
        MainView view = new MainView(model, i18n);
        Scene scene = shots == null ? new Scene(view.root(), 1440, 900)
                : new Scene(view.root(), shots.width(), shots.height());
        scene.getStylesheets().add(stylesheet());
        stage.setTitle("ProcessLab");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.setOnCloseRequest(e -> {
            view.stopFrames();
            model.shutdown();
            Platform.exit();
        });
        stage.show();
        view.startFrames();
        if (shots != null) {
            view.teaching().model().presenterProperty().set(shots.presenter());
            new ScreenshotTour(scene, model, i18n, shots, System.out).start();
        } else if (options.traceFile() != null) {
            view.files().open(options.traceFile());
        }
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
