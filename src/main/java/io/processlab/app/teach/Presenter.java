package io.processlab.app.teach;

import io.processlab.app.timeline.TimelineCanvas;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presenter mode: large fonts and high contrast (the presenter style sheet over the normal one),
 * a timeline drawn {@value #TIMELINE_SCALE} times larger with thick lines (its legend, a row of
 * the window under it, stays), and full screen. The lesson list and the study hints give their room to the run.
 *
 * <p>The whole window grows with the screen: the style sheet's sizes are those of a 1280x720
 * projector, and on a larger screen every font size in it (the tabs too; the toolbar keeps the
 * normal window's sizes) and the
 * timeline's scale are multiplied by {@link #scale} (1.25 at 1920x1080), so that the text a class
 * reads from the back of the room is larger where the screen has room for it.
 */
public final class Presenter {
    /** The presenter style sheet, in resources/css. */
    static final String CSS = "/css/presenter.css";
    /** How much larger the timeline is drawn. */
    static final double TIMELINE_SCALE = 1.4;
    /** The style class the window's root gets. */
    static final String STYLE = "presenter";
    /** The screen the style sheet's sizes are made for. */
    static final double BASE_WIDTH = 1280;
    static final double BASE_HEIGHT = 720;
    /** The largest scale, and the step it is rounded down to (a window resized by a pixel keeps its style). */
    static final double MOST_SCALE = 1.25;
    /**
     * How much larger the presenter sheet's panel text is than the normal sheet's at scale 1 (the
     * printed lines 20 px against 15, the names' chips 20 against 16, the states 18 against 14, the
     * cards' titles 22 against 18, the counters 24 against 20): what a lesson's wide layout
     * multiplies its fixed widths by, with {@link #scale}.
     */
    public static final double PANEL_TYPE = 1.25;
    static final double SCALE_STEP = 0.05;
    /** Where the root keeps the style sheet it was given, and its scale listener. */
    private static final String SHEET_KEY = "presenter.sheet";
    private static final String LISTENER_KEY = "presenter.follow";

    private Presenter() {
    }

    static String stylesheet() {
        URL url = Presenter.class.getResource(CSS);
        if (url == null) {
            throw new IllegalStateException("missing style sheet " + CSS);
        }
        return url.toExternalForm();
    }

    /** The presenter style sheet with every size in pixels multiplied by {@code scale}: a data URL, or the file at 1. */
    static String stylesheet(double scale) {
        if (Math.abs(scale - 1) < 1e-6) {
            return stylesheet();
        }
        try (InputStream in = Presenter.class.getResourceAsStream(CSS)) {
            if (in == null) {
                throw new IllegalStateException("missing style sheet " + CSS);
            }
            String css = scaled(new String(in.readAllBytes(), StandardCharsets.UTF_8), scale);
            return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable style sheet " + CSS, e);
        }
    }

    /** {@code css} with each number followed by {@code px} multiplied by {@code scale} (to a tenth of a pixel). */
    static String scaled(String css, double scale) {
        StringBuilder out = new StringBuilder(css.length() + 64);
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            boolean starts = Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(css.charAt(i - 1))
                    && css.charAt(i - 1) != '.' && css.charAt(i - 1) != '#');
            if (starts) {
                int j = i;
                while (j < css.length() && (Character.isDigit(css.charAt(j)) || css.charAt(j) == '.')) {
                    j++;
                }
                if (css.startsWith("px", j)) {
                    double v = Double.parseDouble(css.substring(i, j)) * scale;
                    out.append(String.format(Locale.ROOT, "%.1f", v));
                    i = j;
                    continue;
                }
                out.append(css, i, j);
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * The presenter's scale on a window {@code width} x {@code height}: how much larger than a
     * 1280x720 projector it is (the smaller of the two), from 1 to {@value #MOST_SCALE}, rounded down
     * to {@value #SCALE_STEP}.
     */
    public static double scale(double width, double height) {
        if (width <= 0 || height <= 0) {
            return 1;
        }
        double s = Math.min(width / BASE_WIDTH, height / BASE_HEIGHT);
        s = Math.floor(s / SCALE_STEP + 1e-9) * SCALE_STEP;
        return Math.max(1, Math.min(MOST_SCALE, s));
    }

    /** Turns presenter mode on or off for the window of {@code root}, full screen if {@code fullScreen}. */
    static void apply(boolean on, Parent root, TimelineCanvas timeline, String exitHint, boolean fullScreen) {
        Scene scene = root.getScene();
        fit(on, root, timeline);
        follow(root, timeline);
        Window w = scene == null ? null : scene.getWindow();
        if (w instanceof Stage stage && fullScreen) {
            // F11 leaves presenter mode; Esc stays "Stop"
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint(exitHint);
            stage.setFullScreen(on);
        }
    }

    /** Styles {@code root} for its window's size now (and the timeline at the same scale). */
    private static void fit(boolean on, Parent root, TimelineCanvas timeline) {
        Scene scene = root.getScene();
        double s = on && scene != null ? scale(scene.getWidth(), scene.getHeight()) : 1;
        style(on, root, s);
        if (timeline != null) {
            timeline.setScale(on ? TIMELINE_SCALE * s : 1);
        }
    }

    /** Once per root: a window resized in presenter mode (a projector plugged in, full screen) takes the scale of its new size. */
    private static void follow(Parent root, TimelineCanvas timeline) {
        Scene scene = root.getScene();
        if (scene == null || root.getProperties().containsKey(LISTENER_KEY)) {
            return;
        }
        InvalidationListener resized = o -> {
            if (root.getStyleClass().contains(STYLE)) {
                fit(true, root, timeline);
            }
        };
        scene.widthProperty().addListener(resized);
        scene.heightProperty().addListener(resized);
        root.getProperties().put(LISTENER_KEY, resized);
    }

    /** Gives {@code root} (another window's too) presenter mode's style sheet and style class, or takes them away. */
    public static void style(boolean on, Parent root) {
        style(on, root, 1);
    }

    /** The same at a {@link #scale}: the style sheet's sizes multiplied by {@code scale}. */
    public static void style(boolean on, Parent root, double scale) {
        String css = on ? stylesheet(scale) : null;
        Object had = root.getProperties().get(SHEET_KEY);
        if (had instanceof String old && !old.equals(css)) {
            root.getStylesheets().remove(old);
            root.getProperties().remove(SHEET_KEY);
        }
        if (on && !root.getStylesheets().contains(css)) {
            root.getStylesheets().add(css);
            root.getProperties().put(SHEET_KEY, css);
        }
        root.getStyleClass().remove(STYLE);
        if (on) {
            root.getStyleClass().add(STYLE);
        }
    }
}
