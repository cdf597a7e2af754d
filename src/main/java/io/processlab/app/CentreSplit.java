package io.processlab.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The centre's vertical split: the lesson's panel on top, the timeline in the middle, the
 * console tabs below. The timeline is the centrepiece: the panel and the console get a share of
 * the height within limits and the timeline takes the rest, also when the window grows. Until the
 * user drags a divider, the shares are kept as the window changes size.
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

    private CentreSplit() {
    }

    static SplitPane create(Region panel, Region timeline, Region console) {
        SplitPane split = new SplitPane(panel, timeline, console);
        split.setOrientation(Orientation.VERTICAL);
        split.setId("centre-split");
        panel.setMinHeight(PANEL_MIN * 0.6);
        console.setMinHeight(CONSOLE_MIN * 0.6);
        timeline.setMinHeight(TIMELINE_MIN * 0.6);
        SplitPane.setResizableWithParent(panel, false);
        SplitPane.setResizableWithParent(console, false);
        boolean[] moved = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (isDivider(e.getPickResult().getIntersectedNode(), split)) {
                moved[0] = true;
            }
        });
        split.heightProperty().addListener((o, a, h) -> {
            if (!moved[0]) {
                place(split, h.doubleValue());
            }
        });
        return split;
    }

    /** Puts the dividers for a split {@code height} pixels high. */
    static void place(SplitPane split, double height) {
        if (height < 100) {
            return;
        }
        double[] px = heights(height);
        split.setDividerPositions(px[0] / height, (px[0] + px[1]) / height);
    }

    /** The panel's, the timeline's and the console's heights in a split {@code height} high. */
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

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static boolean isDivider(Node n, SplitPane split) {
        for (Node x = n; x != null && x != split; x = x.getParent()) {
            if (x.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
