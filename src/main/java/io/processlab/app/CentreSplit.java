package io.processlab.app;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The centre's split. Stacked (the normal window): the lesson's panel on top, the timeline in the
 * middle, the console tabs below; the timeline is the centrepiece: the panel and the console get a
 * share of the height within limits and the timeline takes the rest, also when the window grows,
 * unless its lanes need less ({@link #setTimelineNeed}): then the panel gets what they leave.
 * Side by side (presenter mode, where text is large and the screen is often 1280x720): the panel
 * over the timeline on the left, the console tabs as a column on the right, as tall as the split,
 * so that the console shows as many lines as the timeline shows lanes. Until the user drags a
 * divider, the shares are kept as the window changes size; switching arrangement places them
 * again.
 */
final class CentreSplit {
    /** The panel's share of the split's height, and its limits in pixels. */
    static final double PANEL_SHARE = 0.30;
    static final double PANEL_MIN = 110;
    static final double PANEL_MAX = 320;
    /** The console's share, and its limits. */
    static final double CONSOLE_SHARE = 0.15;
    static final double CONSOLE_MIN = 86;
    static final double CONSOLE_MAX = 240;
    /** The timeline's least height: its axis, seven 30-px lanes and the scrubber. */
    static final double TIMELINE_MIN = 318;
    /**
     * The least the timeline is given when it says it needs less than its share (a run of two or
     * three processes): the panel takes the rest.
     */
    static final double TIMELINE_FLOOR = 200;
    /** Side by side: the console column's share of the width, and its limits. */
    static final double SIDE_SHARE = 0.30;
    static final double SIDE_MIN = 340;
    static final double SIDE_MAX = 640;
    /** Side by side: the panel's share of the left column's height, and its limits. */
    static final double SIDE_PANEL_SHARE = 0.30;
    static final double SIDE_PANEL_MIN = 150;
    static final double SIDE_PANEL_MAX = 360;

    private final Region panel;
    private final Region timeline;
    private final Region console;
    private final SplitPane vertical = new SplitPane();
    private final SplitPane horizontal = new SplitPane();
    private final StackPane root = new StackPane();
    private final boolean[] moved = {false, false};
    private boolean side;
    /** What the timeline needs for its lanes, in pixels with its scrubber; 0 for "its share". */
    private double timelineNeed;

    CentreSplit(Region panel, Region timeline, Region console) {
        this.panel = panel;
        this.timeline = timeline;
        this.console = console;
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setId("centre-split");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        horizontal.setId("centre-side-split");
        panel.setMinHeight(PANEL_MIN * 0.6);
        console.setMinHeight(CONSOLE_MIN * 0.6);
        timeline.setMinHeight(TIMELINE_MIN * 0.6);
        SplitPane.setResizableWithParent(panel, false);
        SplitPane.setResizableWithParent(console, false);
        watch(vertical, 0);
        watch(horizontal, 1);
        vertical.heightProperty().addListener((o, a, h) -> placeVertical());
        horizontal.widthProperty().addListener((o, a, w) -> placeHorizontal());
        vertical.getItems().setAll(panel, timeline, console);
        root.getChildren().setAll(vertical);
    }

    Region root() {
        return root;
    }

    /** Whether the console tabs stand as a column beside the panel and the timeline. */
    boolean isSide() {
        return side;
    }

    /** Puts the console tabs below the timeline ({@code false}) or beside it ({@code true}). */
    void setSide(boolean on) {
        if (on == side) {
            return;
        }
        side = on;
        moved[0] = false;
        moved[1] = false;
        if (on) {
            vertical.getItems().setAll(panel, timeline);
            horizontal.getItems().setAll(vertical, console);
            SplitPane.setResizableWithParent(vertical, true);
            root.getChildren().setAll(horizontal);
        } else {
            horizontal.getItems().clear();
            vertical.getItems().setAll(panel, timeline, console);
            root.getChildren().setAll(vertical);
        }
        placeVertical();
        placeHorizontal();
        // the split panes lay their new items out in the next pulse, and then set the dividers
        // where they were: place them again after that
        settle(4);
    }

    /**
     * What the timeline needs to show its lanes (with axis, legend and scrubber), in pixels; when
     * that is less than its share, the panel gets the difference (its cards are then not cut).
     * 0 gives the timeline its share. Moves the dividers unless the user has.
     */
    void setTimelineNeed(double px) {
        if (Math.abs(px - timelineNeed) < 0.5) {
            return;
        }
        timelineNeed = px;
        placeVertical();
    }

    /** Places the dividers again in each of the next pulses, as the split panes lay out their new items. */
    private void settle(int pulses) {
        if (pulses <= 0) {
            return;
        }
        Platform.runLater(() -> {
            placeVertical();
            placeHorizontal();
            settle(pulses - 1);
        });
    }

    /** Marks a split as moved by the user once a press lands on one of its own dividers. */
    private void watch(SplitPane split, int which) {
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (isDivider(e.getPickResult().getIntersectedNode(), split)) {
                moved[which] = true;
            }
        });
    }

    private void placeVertical() {
        double h = vertical.getHeight();
        if (moved[0] || h < 100) {
            return;
        }
        if (side) {
            double[] px = sideHeights(h, timelineNeed);
            vertical.setDividerPositions(px[0] / h);
        } else {
            double[] px = heights(h, timelineNeed);
            vertical.setDividerPositions(px[0] / h, (px[0] + px[1]) / h);
        }
    }

    private void placeHorizontal() {
        double w = horizontal.getWidth();
        if (!side || moved[1] || w < 100) {
            return;
        }
        horizontal.setDividerPositions((w - sideWidth(w)) / w);
    }

    /** Stacked: the panel's, the timeline's and the console's heights in a split {@code height} high. */
    static double[] heights(double height) {
        double panel = clamp(height * PANEL_SHARE, PANEL_MIN, PANEL_MAX);
        double console = clamp(height * CONSOLE_SHARE, CONSOLE_MIN, CONSOLE_MAX);
        double timeline = height - panel - console;
        if (timeline < TIMELINE_MIN) {
            double missing = TIMELINE_MIN - timeline;
            double fromPanel = Math.min(missing / 2, panel - PANEL_MIN * 0.6);
            double fromConsole = Math.min(missing - fromPanel, console - CONSOLE_MIN * 0.6);
            panel -= fromPanel;
            console -= fromConsole;
            timeline = height - panel - console;
        }
        return new double[] {panel, timeline, console};
    }

    /**
     * Stacked, with a timeline that needs {@code need} pixels: as {@link #heights(double)}, but a
     * timeline that needs less than its share keeps only what it needs (at least
     * {@link #TIMELINE_FLOOR}) and the panel takes the rest.
     */
    static double[] heights(double height, double need) {
        double[] h = heights(height);
        double timeline = Math.max(need, TIMELINE_FLOOR);
        if (need > 0 && timeline < h[1]) {
            // the console first gets back what a short split took from it for the timeline
            double console = Math.max(h[2], Math.min(clamp(height * CONSOLE_SHARE, CONSOLE_MIN, CONSOLE_MAX),
                    height - timeline - h[0]));
            h[0] = height - timeline - console;
            h[1] = timeline;
            h[2] = console;
        }
        return h;
    }

    /** Side by side, with a timeline that needs {@code need} pixels (see {@link #heights(double, double)}). */
    static double[] sideHeights(double height, double need) {
        double[] h = sideHeights(height);
        double timeline = Math.max(need, TIMELINE_FLOOR);
        if (need > 0 && timeline < h[1]) {
            h[0] += h[1] - timeline;
            h[1] = timeline;
        }
        return h;
    }

    /** Side by side: the panel's and the timeline's heights in a left column {@code height} high. */
    static double[] sideHeights(double height) {
        double panel = clamp(height * SIDE_PANEL_SHARE, SIDE_PANEL_MIN, SIDE_PANEL_MAX);
        double timeline = height - panel;
        if (timeline < TIMELINE_MIN) {
            panel = Math.max(SIDE_PANEL_MIN * 0.6, height - TIMELINE_MIN);
            timeline = height - panel;
        }
        return new double[] {panel, timeline};
    }

    /** Side by side: the console column's width in a split {@code width} wide. */
    static double sideWidth(double width) {
        return Math.min(clamp(width * SIDE_SHARE, SIDE_MIN, SIDE_MAX), width * 0.5);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static boolean isDivider(Node n, SplitPane split) {
        for (Node x = n; x != null && x != split; x = x.getParent()) {
            if (x.getStyleClass().contains("split-pane-divider") && x.getParent() == split) {
                return true;
            }
        }
        return false;
    }
}
