package io.processlab.app.teach;

import io.processlab.app.timeline.TimelineCanvas;
import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presenter mode: large fonts and high contrast (the presenter style sheet over the normal one),
 * a timeline drawn {@value #TIMELINE_SCALE} times larger with thick lines (its legend, a row of
 * the window under it, stays), and full screen. The lesson list and the study hints give their room to the run.
 */
public final class Presenter {
    /** The presenter style sheet, in resources/css. */
    static final String CSS = "/css/presenter.css";
    /** How much larger the timeline is drawn. */
    static final double TIMELINE_SCALE = 1.4;
    /** The style class the window's root gets. */
    static final String STYLE = "presenter";

    private Presenter() {
    }

    static String stylesheet() {
        URL url = Presenter.class.getResource(CSS);
        if (url == null) {
            throw new IllegalStateException("missing style sheet " + CSS);
        }
        return url.toExternalForm();
    }

    /** Turns presenter mode on or off for the window of {@code root}, full screen if {@code fullScreen}. */
    static void apply(boolean on, Parent root, TimelineCanvas timeline, String exitHint, boolean fullScreen) {
        style(on, root);
        if (timeline != null) {
            timeline.setScale(on ? TIMELINE_SCALE : 1);
        }
        Scene scene = root.getScene();
        Window w = scene == null ? null : scene.getWindow();
        if (w instanceof Stage stage && fullScreen) {
            // F11 leaves presenter mode; Esc stays "Stop"
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint(exitHint);
            stage.setFullScreen(on);
        }
    }

    /** Gives {@code root} (another window's too) presenter mode's style sheet and style class, or takes them away. */
    public static void style(boolean on, Parent root) {
        String css = stylesheet();
        if (on && !root.getStylesheets().contains(css)) {
            root.getStylesheets().add(css);
        } else if (!on) {
            root.getStylesheets().remove(css);
        }
        root.getStyleClass().remove(STYLE);
        if (on) {
            root.getStyleClass().add(STYLE);
        }
    }
}
