package io.processlab.app;

import io.processlab.app.panels.LessonPages;
import java.net.URL;
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
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        I18n i18n = new I18n(I18n.systemLocale());
        model = new MainViewModel(i18n, LessonPages.create(i18n));
        model.keepTraceToOpen(options.traceFile());
        MainView view = new MainView(model, i18n);
        Scene scene = new Scene(view.root(), 1440, 900);
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
