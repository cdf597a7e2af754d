package io.processlab.app;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The centre's split, and the one owner of its dividers. Stacked (the normal window): the lesson's
 * panel on top, the timeline in the middle, the tabs (console, wire, Code, Scheduler) below.
 * Side by side (presenter mode, large text on a screen often 1280x720): the panel across the
 * whole width on top, below it the timeline on the left and the tabs as a column on the right
 * (or, for a tab read at length, the column as tall as the split beside the panel over the timeline).
 *
 * <p>Each part says what it needs ({@link #setNeeds}): the panel the height that shows its cards
 * whole, the timeline the height of its lanes, the tabs the room of the chosen one (the Code tab
 * ten lines of each language, the Scheduler its held operations; the console its share). The
 * tabs get theirs first (within limits), the timeline keeps a reserve (seven lanes when the room
 * allows, never less than {@link #TIMELINE_FLOOR}), the panel gets what it needs of the rest, and
 * what is left goes to the timeline, then to the console. Until the user drags a divider the
 * parts follow the window and the needs; a dragged divider stays where the user put it (and is
 * remembered between launches, see {@link #dividers()}).
 */
final class CentreSplit {
    /** What each part needs, in pixels (0: nothing said). */
    record Needs(double panel, double timeline, double tabs, double timelineLeast) {
        static final Needs NONE = new Needs(0, 0, 0);

        /** What the parts need, the timeline's least not said. */
        Needs(double panel, double timeline, double tabs) {
            this(panel, timeline, tabs, 0);
        }
    }

    /** The panel's least height. */
    static final double PANEL_MIN = 110;
    /** The panel's share when it says nothing. */
    static final double PANEL_SHARE = 0.30;
    /** The console's share of the split's height, and its limits (five lines at least). */
    static final double CONSOLE_SHARE = 0.20;
    static final double CONSOLE_MIN = 150;
    static final double CONSOLE_MAX = 300;
    /**
     * A split lower than this (the normal window on a 1280x720 or 1366x768 screen) gives the
     * console only {@link #CONSOLE_SHORT} (its tabs and two lines), the rest to the panel: its
     * state is what the class looks at, and the printed lines are marked on the lanes too.
     */
    static final double SHORT = 640;
    static final double CONSOLE_SHORT = 96;
    /**
     * The room the Wire tab asks for when chosen: its tabs, its bar and three JSON lines of two
     * rows each (with the console's 150 px it showed one at 1280x720).
     */
    static final double WIRE_ROOM = 280;
    /** The timeline's reserve: its axis, seven 30-px lanes and the scrubber, when the room allows. */
    static final double TIMELINE_MIN = 318;
    /** The timeline's reserve, as a share of what the tabs leave, and the least it is ever given. */
    static final double TIMELINE_SHARE = 0.45;
    static final double TIMELINE_FLOOR = 170;
    /** The least the timeline keeps beside a chosen Code or Scheduler tab: its axis, three lanes and the scrubber. */
    static final double TIMELINE_LEAST = 196;
    /**
     * Stacked, with a tab that needs room chosen: below this much room left for it (after the tab
     * and the timeline's least) the panel leaves the split, as it does side by side; a panel a few
     * lines high shows no card whole, and the chosen tab is what the class is looking at.
     */
    static final double PANEL_ROOM = 150;
    /**
     * The most of the column the timeline's reserve takes for the lanes a run has: past it the
     * panel comes first, the timeline keeping its least ({@link Needs#timelineLeast}, three lanes).
     */
    static final double TIMELINE_MOST = 0.40;
    /**
     * The least of the column the timeline keeps for a panel that is then whole (past {@link #TIMELINE_MOST}):
     * a panel that scrolls for a few lines is worse than a lane fewer.
     */
    static final double TIMELINE_WHOLE = 0.34;
    /** Side by side: the console column's share of the width, and its limits. */
    static final double SIDE_SHARE = 0.26;
    static final double SIDE_MIN = 500;
    static final double SIDE_MAX = 640;
    /** Side by side, with the Code or Scheduler tab chosen: the column's share, and what it leaves. */
    static final double SIDE_WIDE_SHARE = 0.62;
    static final double SIDE_WIDE_LEAVES = 480;
    /**
     * Side by side, with the Scheduler or the Predict tab chosen: their rows wrap (Go first), so half
     * the width serves them, and the lanes keep the other half (at 0.62 the lanes of a 1366x768
     * presenter window had some 160 px, while the Scheduler's rows left a third of theirs empty).
     */
    static final double SIDE_TAB_SHARE = 0.50;
    /**
     * A need that changes by less than this does not move the dividers, unless the panel's need
     * grows past the panel's height (a few pixels of scrolling for a panel otherwise whole).
     */
    static final double JITTER = 6;

    private final Region panel;
    private final Region timeline;
    private final Region console;
    private final SplitPane vertical = new SplitPane();
    private final SplitPane horizontal = new SplitPane();
    /**
     * Side by side, the panel across the width: the timeline beside the tabs under it (a split of
     * its own: {@link #horizontal} holds {@link #vertical} in the other arrangements, and a split
     * that held the split holding it made a cycle in the scene).
     */
    private final SplitPane lower = new SplitPane();
    private final StackPane root = new StackPane();
    /** Whether the user dragged a divider: stacked, side by side (the left column), side by side (the column). */
    private final boolean[] moved = {false, false, false};
    private boolean side;
    private boolean tall;
    private Needs needs = Needs.NONE;
    /** The panel's height lowered to where it cuts no line of text (see {@link #setPanelCut}). */
    private DoubleUnaryOperator cut = DoubleUnaryOperator.identity();
    /** How wide the tabs' row is side by side (see {@link #setTabRow}). */
    private DoubleSupplier tabRow = () -> SIDE_MIN;
    /** Side by side, the share of the width the chosen tab that needs room takes (see {@link #setWideShare}). */
    private double wideShare = SIDE_WIDE_SHARE;

    CentreSplit(Region panel, Region timeline, Region console) {
        this.panel = panel;
        this.timeline = timeline;
        this.console = console;
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setId("centre-split");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        horizontal.setId("centre-side-split");
        lower.setOrientation(Orientation.HORIZONTAL);
        lower.setId("centre-lower-split");
        panel.setMinHeight(PANEL_MIN * 0.6);
        console.setMinHeight(CONSOLE_SHORT * 0.9);
        timeline.setMinHeight(TIMELINE_FLOOR * 0.6);
        SplitPane.setResizableWithParent(panel, false);
        SplitPane.setResizableWithParent(console, false);
        watch(vertical, () -> moved[side ? 1 : 0] = true);
        watch(horizontal, () -> moved[2] = true);
        watch(lower, () -> moved[2] = true);
        // the split pane, in its own layout after a new size, keeps the panel and the console at
        // their pixel heights and gives the whole change to the timeline: place them again after it
        vertical.heightProperty().addListener((o, a, h) -> resized());
        horizontal.widthProperty().addListener((o, a, w) -> resized());
        lower.widthProperty().addListener((o, a, w) -> resized());
        vertical.getItems().setAll(panel, timeline, console);
        root.getChildren().setAll(vertical);
    }

    Region root() {
        return root;
    }

    /** Whether the console tabs stand as a column beside the timeline. */
    boolean isSide() {
        return side;
    }

    /** Puts the tabs below the timeline ({@code false}) or beside it ({@code true}). */
    void setSide(boolean on) {
        if (on == side) {
            return;
        }
        side = on;
        arrange();
        place();
        // the split panes lay their new items out in the next pulse, and then set the dividers
        // where they were: place them again after that
        settle(4);
    }

    /**
     * Puts the parts in their splits: stacked, the three in one; side by side, the panel across the
     * whole width over the timeline and the tabs' column beside it (the panel's cards then stand
     * side by side as in a normal window; with the column as tall as the split, a 1920x1080
     * presenter window scrolled the pool's and the lock's cards beside a console three parts empty);
     * side by side with the Predict tab chosen, the column as tall as the split beside the panel over
     * the timeline ({@link #setColumnTall}); side by side with a tab that needs room chosen (Code,
     * Scheduler, Wire, which then take the wider column), the timeline alone beside them: at presenter size the panel's cards would
     * not be readable in what is left, and the chosen tab is what the class is looking at.
     */
    private void arrange() {
        if (side) {
            java.util.List<Region> rows;
            java.util.List<Region> columns;
            java.util.List<Region> under;
            if (wide()) {
                rows = java.util.List.of();
                columns = java.util.List.of(timeline, console);
                under = java.util.List.of();
            } else if (tall) {
                rows = java.util.List.of(panel, timeline);
                columns = java.util.List.of(vertical, console);
                under = java.util.List.of();
            } else {
                rows = java.util.List.of(panel, lower);
                columns = java.util.List.of();
                under = java.util.List.of(timeline, console);
            }
            if (!vertical.getItems().equals(rows) || !horizontal.getItems().equals(columns)
                    || !lower.getItems().equals(under)) {
                // (a node stands in one split at a time: each is emptied before any is filled)
                vertical.getItems().clear();
                horizontal.getItems().clear();
                lower.getItems().clear();
                lower.getItems().setAll(under);
                horizontal.getItems().setAll(columns);
                vertical.getItems().setAll(rows);
                SplitPane.setResizableWithParent(vertical, true);
                SplitPane.setResizableWithParent(lower, true);
            }
            root.getChildren().setAll(wide() || tall ? horizontal : vertical);
        } else {
            horizontal.getItems().clear();
            lower.getItems().clear();
            java.util.List<Region> stacked = panelFits(vertical.getHeight(), needs)
                    ? java.util.List.of(panel, timeline, console) : java.util.List.of(timeline, console);
            if (!vertical.getItems().equals(stacked)) {
                vertical.getItems().setAll(stacked);
            }
            root.getChildren().setAll(vertical);
        }
    }

    /**
     * Side by side, whether the tabs' column stands as tall as the split beside the panel and the
     * timeline (the Predict tab: its questions and their choices are read there, the panel beside
     * them) rather than beside the timeline alone (the console).
     */
    void setColumnTall(boolean on) {
        if (on != tall) {
            tall = on;
            if (side) {
                arrange();
                place();
                settle(4);
            }
        }
    }

    /**
     * Stacked: whether the panel keeps its place in a split {@code height} high (a height not known
     * yet counts as room enough): it does unless a chosen tab and the timeline's least leave it
     * less than {@link #PANEL_ROOM}.
     */
    static boolean panelFits(double height, Needs n) {
        return height < 100 || n.tabs() <= 0 || height - n.tabs() - TIMELINE_LEAST >= PANEL_ROOM;
    }

    /** Whether the panel is in the split now. */
    boolean panelShown() {
        return vertical.getItems().contains(panel);
    }

    /** Stacked: whether the panel is in the split where it no longer fits, or out of it where it does. */
    private boolean panelMoves() {
        return !side && panelShown() != panelFits(vertical.getHeight(), needs);
    }

    /** Side by side with a tab that needs room chosen. */
    private boolean wide() {
        return side && needs.tabs() > 0;
    }

    /** What the parts need now; moves the dividers (unless the user has) when that changes. */
    void setNeeds(Needs n) {
        Needs was = needs;
        boolean wasWide = wide();
        needs = n;
        if (wide() != wasWide || panelMoves()) {
            arrange();
            settle(4);
        }
        // a need a few pixels past the panel's height moves the dividers too: else it scrolls for them
        boolean grewPast = n.panel() > was.panel() && n.panel() > panel.getHeight() + 0.5 && panel.getHeight() > 0;
        if (grewPast || Math.abs(n.panel() - was.panel()) >= JITTER || Math.abs(n.timeline() - was.timeline()) >= JITTER
                || Math.abs(n.timelineLeast() - was.timelineLeast()) >= JITTER || Math.abs(n.tabs() - was.tabs()) >= 0.5) {
            place();
        }
    }

    Needs needs() {
        return needs;
    }

    /**
     * How to lower a panel height that does not show the panel whole to one that slices no line of
     * its text (the viewport's edge between two rows); what that frees goes to the timeline.
     */
    void setPanelCut(DoubleUnaryOperator cut) {
        this.cut = cut;
    }

    /** Places the dividers again where the panel's rows are now (its cards changed, not its need). */
    void recut() {
        if (needs.panel() > 0) {
            place();
        }
    }

    /** The panel's height {@code px}, lowered to a row's edge when the panel must scroll (see {@link #setPanelCut}). */
    private double cut(double px) {
        if (needs.panel() <= px + 1) {
            return px;
        }
        double c = cut.applyAsDouble(px);
        return c >= PANEL_MIN * 0.6 && c <= px ? c : px;
    }

    /**
     * Side by side, the height a panel that needs {@code need} pixels would get now (the lanes keeping
     * their reserve); stacked, or before the split has a height, {@code need}.
     */
    double panelFor(double need) {
        double h = vertical.getHeight();
        if (!side || h < 100) {
            return need;
        }
        return sideHeights(h, new Needs(need, needs.timeline(), 0, needs.timelineLeast()))[0];
    }

    /** The height that shows the panel's cards whole. */
    void setPanelNeed(double px) {
        setNeeds(new Needs(px, needs.timeline(), needs.tabs(), needs.timelineLeast()));
    }

    /**
     * The height that shows the timeline's lanes, with axis, legend and scrubber ({@code px}), and
     * the least it keeps when the panel needs more room ({@code least}: three lanes).
     */
    void setTimelineNeed(double px, double least) {
        setNeeds(new Needs(needs.panel(), px, needs.tabs(), least));
    }

    /**
     * Side by side, the share of the width a chosen tab that needs room takes: {@link #SIDE_WIDE_SHARE}
     * for the Code tab (two listings side by side) and the Wire (long JSON lines; at half the width a
     * 1280x720 presenter window showed two of them whole), {@link #SIDE_TAB_SHARE} for the Scheduler and the Predict tab.
     */
    void setWideShare(double share) {
        if (share != wideShare) {
            wideShare = share;
            place();
        }
    }

    /** The room the chosen tab needs (Code, Scheduler), or 0 for the console's share. */
    void setTabsNeed(double px) {
        setNeeds(new Needs(needs.panel(), needs.timeline(), px, needs.timelineLeast()));
    }

    /**
     * The dividers the user placed, to keep between launches: stacked (two), the left column
     * side by side (one), the column's divider (one); NaN where the user did not drag.
     */
    double[] dividers() {
        double[] v = vertical.getDividerPositions();
        double[] h = columns().getDividerPositions();
        double nan = Double.NaN;
        double[] out = {nan, nan, nan, nan};
        if (!side && moved[0] && v.length == 2 && sane(v, vertical.getHeight())) {
            out[0] = v[0];
            out[1] = v[1];
        }
        if (side && moved[1] && v.length == 1) {
            out[2] = v[0];
        }
        if (side && moved[2] && h.length == 1) {
            out[3] = h[0];
        }
        return out;
    }

    /** Puts back dividers kept from an earlier launch (see {@link #dividers()}); they count as the user's. */
    void restore(double[] kept) {
        if (kept == null || kept.length != 4) {
            return;
        }
        restored = kept.clone();
        place();
    }

    private double[] restored;

    private void resized() {
        if (panelMoves()) {
            arrange();
        }
        place();
        settle(2);
    }

    /** Places the dividers again in each of the next pulses, as the split panes lay out their new items. */
    private void settle(int pulses) {
        if (pulses <= 0) {
            return;
        }
        Platform.runLater(() -> {
            place();
            settle(pulses - 1);
        });
    }

    /** Marks a split as moved by the user once a press lands on one of its own dividers. */
    private void watch(SplitPane split, Runnable mark) {
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (isDivider(e.getPickResult().getIntersectedNode(), split)) {
                mark.run();
            }
        });
    }

    private void place() {
        takeRestored();
        double h = vertical.getHeight();
        if (!side && moved[0] && panelShown() && h >= 100 && !sane(vertical.getDividerPositions(), h)) {
            // dividers dragged, or kept from an earlier launch, that leave a part squeezed to its
            // least (after a change of size or mode): the parts follow the needs again
            moved[0] = false;
        }
        if (h >= 100 && (!moved[side ? 1 : 0] || !side && !panelShown())) {
            if (wide()) {
                // the timeline alone in the left column
            } else if (side) {
                vertical.setDividerPositions(cut(sideHeights(h, needs)[0]) / h);
            } else if (!panelShown()) {
                vertical.setDividerPositions(1 - withoutPanel(h, needs) / h);
            } else {
                double[] px = heights(h, needs);
                vertical.setDividerPositions(cut(px[0]) / h, (px[0] + px[1]) / h);
            }
        }
        SplitPane columns = columns();
        double w = columns.getWidth();
        if (side && w >= 100 && !moved[2]) {
            columns.setDividerPositions((w - sideWidth(w, needs.tabs() > 0, tabRow.getAsDouble(), wideShare)) / w);
        }
    }

    /** The split that has the tabs' column beside the timeline (side by side). */
    private SplitPane columns() {
        return lower.getItems().isEmpty() ? horizontal : lower;
    }

    /** Kept dividers are put back once their split has items and a size. */
    private void takeRestored() {
        if (restored == null) {
            return;
        }
        double[] k = restored;
        if (!side && vertical.getHeight() > 100 && !Double.isNaN(k[0]) && !Double.isNaN(k[1])) {
            vertical.setDividerPositions(k[0], k[1]);
            moved[0] = true;
        }
        if (!Double.isNaN(k[2])) {
            moved[1] = true;
        }
        if (!Double.isNaN(k[3])) {
            moved[2] = true;
        }
        restored = side || vertical.getHeight() > 100 ? null : restored;
    }

    /** Stacked: the panel's, the timeline's and the tabs' heights in a split {@code height} high. */
    static double[] heights(double height, Needs n) {
        double tabs;
        if (n.tabs() > 0) {
            // the tab the user chose comes first: the timeline may give down to its axis and two lanes
            tabs = Math.min(n.tabs(), height - PANEL_MIN * 0.6 - TIMELINE_LEAST);
        } else {
            tabs = clamp(height * CONSOLE_SHARE, consoleLeast(height), CONSOLE_MAX);
        }
        tabs = Math.max(tabs, Math.min(CONSOLE_SHORT, height * 0.2));
        // a chosen tab that needs room keeps it: the timeline its least of two lanes, not three
        Needs rest = n.tabs() > 0 ? new Needs(n.panel(), n.timeline(), n.tabs()) : n;
        double[] left = column(height - tabs, rest, n.tabs() > 0 ? TIMELINE_LEAST : TIMELINE_FLOOR);
        return new double[] {left[0], left[1], tabs + left[2]};
    }

    /**
     * Whether stacked dividers at {@code d} leave, in a split {@code h} high, each part more than
     * its least: the panel, the timeline (its axis and a lane or two) and the console.
     */
    static boolean sane(double[] d, double h) {
        if (d.length != 2) {
            return true;
        }
        double panel = d[0] * h;
        double timeline = (d[1] - d[0]) * h;
        double console = (1 - d[1]) * h;
        return panel >= PANEL_MIN * 0.75 && timeline >= TIMELINE_FLOOR * 0.75 && console >= CONSOLE_SHORT * 0.9;
    }

    /** The console's least height in a stacked split {@code height} high. */
    static double consoleLeast(double height) {
        return height < SHORT ? CONSOLE_SHORT : CONSOLE_MIN;
    }

    /** Stacked without the panel: the chosen tab's height (what it needs, leaving the timeline its least). */
    static double withoutPanel(double height, Needs n) {
        return Math.max(Math.min(n.tabs(), height - TIMELINE_LEAST), height * 0.3);
    }

    /** Side by side: the panel's and the timeline's heights in a left column {@code height} high. */
    static double[] sideHeights(double height, Needs n) {
        double[] left = column(height, n, TIMELINE_FLOOR);
        return new double[] {left[0], left[1] + left[2]};
    }

    /**
     * The panel over the timeline in {@code rest} pixels: the timeline's reserve, the panel what it
     * needs of the rest (at least its least height), the timeline the rest up to what its lanes
     * need; the third number is what is left over after that (for the console).
     */
    private static double[] column(double rest, Needs n, double floor) {
        floor = Math.max(floor, n.timelineLeast());
        if (n.timeline() > 0) {
            // a run of two lanes keeps no empty third under them (the sending demo beside its Code
            // tab: 60 px of empty rows under "echo" while the panel stood at its titles)
            floor = Math.min(floor, n.timeline());
        }
        double reserve = clamp(rest * TIMELINE_SHARE, Math.min(floor, rest - PANEL_MIN * 0.6), Math.max(floor, TIMELINE_MIN));
        if (n.timeline() > 0) {
            // the lanes the run has, when they leave the panel its room; else the panel first
            reserve = Math.max(floor, Math.min(n.timeline(), rest * TIMELINE_MOST));
        }
        if (n.panel() > 0 && n.timeline() > 0 && n.panel() > rest - reserve) {
            // a panel a few lines short of whole: the lanes give it those lines, keeping their least
            // and a third of the column (at 1440x900 the lock's order stood under the edge, 22 px)
            double whole = Math.max(floor, Math.min(n.timeline(), rest * TIMELINE_WHOLE));
            if (n.panel() <= rest - whole) {
                reserve = rest - n.panel();
            }
        }
        reserve = Math.min(reserve, rest - PANEL_MIN * 0.6);
        double want = n.panel() > 0 ? n.panel() : rest * PANEL_SHARE;
        double panel = Math.max(Math.min(want, rest - reserve), Math.min(PANEL_MIN, rest - reserve));
        double timeline = rest - panel;
        double over = 0;
        if (n.timeline() > 0 && n.panel() > 0 && timeline > Math.max(n.timeline(), floor)) {
            over = timeline - Math.max(n.timeline(), floor);
            timeline -= over;
        }
        return new double[] {panel, timeline, over};
    }

    /** Side by side: the tabs' column's width in a split {@code width} wide; {@code wide} for Code and Scheduler. */
    static double sideWidth(double width, boolean wide) {
        return sideWidth(width, wide, SIDE_MIN);
    }

    /**
     * The same, for a tab row {@code row} pixels wide (its five tabs at presenter size and scale): the console
     * column is no wider than its share of the width, nor narrower than its tab row, which grows with
     * the presenter's scale; the room goes to the panel and the lanes.
     */
    static double sideWidth(double width, boolean wide, double row) {
        return sideWidth(width, wide, row, SIDE_WIDE_SHARE);
    }

    /** The same, the chosen tab taking {@code share} of the width when it needs room. */
    static double sideWidth(double width, boolean wide, double row, double share) {
        if (wide) {
            return Math.max(Math.max(Math.min(width * share, width - SIDE_WIDE_LEAVES), width * 0.3), row);
        }
        return Math.min(Math.max(row, Math.min(width * SIDE_SHARE, SIDE_MAX)), width * 0.5);
    }

    /** The width of the tabs' row side by side (see {@link #sideWidth(double, boolean, double)}). */
    void setTabRow(DoubleSupplier row) {
        this.tabRow = row;
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
