package io.processlab.app.screenshots;

import io.processlab.app.fx.PanelCut;
import io.processlab.app.teach.CodeView;
import io.processlab.app.timeline.TimelineCanvas;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;

/**
 * What a class sees, checked by walking a laid-out scene: a label or button whose text is cut (an
 * ellipsis, or cut by the edge of a pane that cannot scroll), a control that is outside the window
 * or cut, a lesson panel (or the Scheduler's list) that needs a sideways scrollbar, tabs that do not
 * all fit their row, a Code tab that shows fewer than {@value #CODE_LINES} rows of each language
 * or does not show its highlighted line whole (every row of it, end to end, in the list's viewport),
 * a Wire tab that shows fewer than {@value #WIRE_LINES} of its JSON lines whole,
 * a timeline without its colour legend, with room for fewer than {@value #LANES} lanes or with a lane's
 * name cut. Each problem is one line naming the node (its id, or
 * its nearest ancestor's) and its text. Use on the FX thread after a layout pass.
 */
public final class LayoutAudit {
    /** The least lines of code the Code tab must show of each language. */
    public static final int CODE_LINES = 10;
    /** The least JSON lines (whole) the Wire tab must show, when it has that many. */
    public static final int WIRE_LINES = 3;
    /** The least width of each language's pane (about 25 characters at presenter size). */
    public static final double CODE_WIDTH = 280;
    /** A scroll pane or list shorter than this cannot really be scrolled to what it holds. */
    static final double SCROLL_ROOM = 40;
    /** Rounding slack, in pixels. */
    static final double SLACK = 1.5;
    /** The id of the lesson panel's scroll pane. */
    static final String PANEL = "panel";
    /** The ids of the panes that must never scroll sideways. */
    static final Set<String> NO_SIDEWAYS = Set.of("panel", "scheduler-pending");
    /** The fewest lanes the timeline must have room for (all of them when the run has fewer). */
    public static final int LANES = 3;
    /** The id of the timeline's legend. */
    public static final String LEGEND = "timeline-legend";

    private final Scene scene;
    private final Bounds window;
    private final Set<String> problems = new LinkedHashSet<>();

    private LayoutAudit(Scene scene) {
        this.scene = scene;
        this.window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
    }

    /** Every problem of {@code scene}, as it is laid out now. */
    public static List<String> check(Scene scene) {
        LayoutAudit a = new LayoutAudit(scene);
        a.walk(scene.getRoot());
        a.legend();
        a.timeline();
        a.code();
        a.wire();
        a.predict();
        return new ArrayList<>(a.problems);
    }

    private void walk(Node n) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l) {
            labeled(l);
        }
        if (isControl(n)) {
            reachable(n, "control");
        }
        if (n instanceof TabPane tabs) {
            Node more = tabs.lookup(".control-buttons-tab");
            if (more != null && more.isVisible() && visibleArea(tabs) != null) {
                problems.add("tabs do not all fit their row: " + name(tabs));
            }
        }
        if (n.getId() != null && NO_SIDEWAYS.contains(n.getId()) && sideways(n)) {
            problems.add("needs a sideways scrollbar: " + name(n));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c);
            }
        }
    }

    private void labeled(Labeled l) {
        String full = l.getText();
        if (full == null || full.isBlank() || visibleArea(l) == null) {
            return;
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.isVisible()) {
                String shown = t.getText() == null ? "" : t.getText();
                if (!squeeze(shown).equals(squeeze(full))) {
                    problems.add("text cut: " + name(l) + " shows \"" + oneLine(shown) + "\" of \"" + oneLine(full) + "\"");
                }
            }
        }
        reachable(l, "text");
    }

    /** The part of {@code n} that can be seen in the window, or null when none can. */
    private Bounds visibleArea(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        if (b == null || b.getWidth() <= 0 || b.getHeight() <= 0) {
            return null;
        }
        Bounds area = window;
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return null;
            }
            if (p.getClip() != null) {
                area = intersect(area, p.localToScene(p.getClip().getBoundsInParent()));
                if (area == null) {
                    return null;
                }
            }
        }
        return intersect(area, b);
    }

    /**
     * Whether {@code n} is whole in the window, or can be scrolled into sight: inside a scroll pane
     * or a list, what counts is that the scroll pane itself shows (up and down) and that nothing
     * needs scrolling sideways.
     */
    private void reachable(Node n, String what) {
        Node inner = n;
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (isScroller(p)) {
                Bounds b = inner.localToScene(inner.getBoundsInLocal());
                Bounds port = visibleArea(p);
                if (port == null || port.getHeight() < Math.min(SCROLL_ROOM, b.getHeight())) {
                    problems.add(what + " in a pane with no room to scroll: " + name(n) + describe(n));
                    return;
                }
                if (b.getMinX() < port.getMinX() - SLACK || b.getMaxX() > port.getMaxX() + SLACK) {
                    if (!canScrollSideways(p)) {
                        problems.add(what + " cut at the side: " + name(n) + describe(n));
                    }
                }
                return;
            }
            inner = p;
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds seen = visibleArea(n);
        if (seen == null) {
            problems.add(what + " outside the window: " + name(n) + describe(n));
        } else if (seen.getWidth() < b.getWidth() - SLACK || seen.getHeight() < b.getHeight() - SLACK) {
            problems.add(what + " cut by an edge: " + name(n) + describe(n));
        }
    }

    /**
     * The timeline, when it shows a run: room for at least {@value #LANES} of its lanes (or all of
     * them), and every lane's name whole.
     */
    private void timeline() {
        if (!(scene.lookup(".timeline-canvas") instanceof TimelineCanvas t) || !shownInTree(t)) {
            return;
        }
        int lanes = t.lanesProperty().get();
        if (lanes == 0) {
            return;
        }
        Bounds seen = visibleArea(t);
        int inView = seen == null || seen.getHeight() < t.getHeight() - SLACK ? 0 : t.lanesInView();
        if (inView < Math.min(LANES, lanes)) {
            problems.add("the timeline shows " + inView + " of its " + lanes + " lanes whole");
        }
        if (t.namesCut() > 0) {
            problems.add("the timeline cuts " + t.namesCut() + " lane names");
        }
    }

    /**
     * How much of the lesson panel's height its viewport shows: {@code "panel 172 of 297 px"}
     * (whole: the two the same), and whether its edge slices a line of text, or null when no panel
     * is shown. A measure, not a problem: a panel longer than the room scrolls, and cards side by
     * side may have no edge between rows near the room's.
     */
    public static String panelRoom(Scene scene) {
        if (!(scene.lookup("#" + PANEL) instanceof ScrollPane sp) || !shownInTree(sp) || sp.getContent() == null
                || sp.lookup(".viewport") == null) {
            return null;
        }
        Node port = sp.lookup(".viewport");
        Bounds seen = port.localToScene(port.getBoundsInLocal());
        Node content = sp.getContent();
        Bounds edges = content.sceneToLocal(seen);
        boolean sliced = edges != null && PanelCut.slices(PanelCut.rows(content), edges.getMaxY());
        return "panel " + Math.round(Math.min(seen.getHeight(), content.getLayoutBounds().getHeight())) + " of "
                + Math.round(content.getLayoutBounds().getHeight()) + " px, " + Math.round(seen.getWidth()) + " px wide"
                + (sliced ? ", a line sliced at its edge" : "");
    }

    private void legend() {
        Node legend = scene.lookup("#" + LEGEND);
        if (legend == null && scene.lookup(".timeline-canvas") instanceof TimelineCanvas t) {
            if (!t.legendDrawn()) {
                problems.add("the timeline's colour legend is missing");
            }
            return;
        }
        if (legend == null || !shownInTree(legend) || visibleArea(legend) == null) {
            problems.add("the timeline's colour legend is missing");
        } else {
            reachable(legend, "legend");
        }
    }

    /**
     * The Predict tab, when chosen: its first question whole in view, with its choices and, after a
     * run, the verdict (the why under it, and the questions after it, may scroll).
     */
    private void predict() {
        Node content = scene.lookup("#predict");
        if (!(content instanceof Parent p) || !shownInTree(content)) {
            return;
        }
        for (Node card : p.getChildrenUnmodifiable()) {
            if (isQuestionCard(card.getId()) && card instanceof Parent c && card.isVisible()) {
                Bounds whole = card.localToScene(card.getBoundsInLocal());
                double bottom = whole.getMinY();
                for (Node part : c.getChildrenUnmodifiable()) {
                    if (part.getId() == null || part.getId().endsWith("-choices") || part.getId().endsWith("-yours")
                            || part.getId().endsWith("-verdict")) {
                        bottom = Math.max(bottom, part.localToScene(part.getBoundsInLocal()).getMaxY());
                    }
                }
                Bounds seen = visibleArea(card);
                double need = bottom - whole.getMinY();
                double shown = seen == null ? 0 : Math.min(seen.getMaxY(), bottom) - Math.max(seen.getMinY(), whole.getMinY());
                if (shown < need - SLACK) {
                    problems.add("the Predict tab shows " + Math.round(Math.max(0, shown)) + " of " + Math.round(need)
                            + " px of its first question, its choices and verdict");
                }
                return;
            }
        }
    }

    /** Whether {@code id} is a Predict question's card ("predict-q2"), not one of its parts ("predict-q2-why"). */
    private static boolean isQuestionCard(String id) {
        if (id == null || !id.startsWith("predict-q") || id.length() == "predict-q".length()) {
            return false;
        }
        return id.substring("predict-q".length()).chars().allMatch(Character::isDigit);
    }

    /** The Wire tab, when shown: at least {@link #WIRE_LINES} of its lines whole in its list. */
    private void wire() {
        Node n = scene.lookup("#wire");
        if (!(n instanceof ListView<?> list) || !shownInTree(list) || list.getItems().isEmpty()) {
            return;
        }
        Bounds seen = visibleArea(list);
        int whole = 0;
        for (Node c : list.lookupAll(".list-cell")) {
            if (shownInTree(c) && c instanceof javafx.scene.control.IndexedCell<?> cell && !cell.isEmpty() && seen != null) {
                Bounds b = c.localToScene(c.getBoundsInLocal());
                if (b.getMinY() >= seen.getMinY() - SLACK && b.getMaxY() <= seen.getMaxY() + SLACK) {
                    whole++;
                }
            }
        }
        int need = Math.min(WIRE_LINES, list.getItems().size());
        if (whole < need) {
            problems.add("the Wire tab shows " + whole + " of its lines whole (fewer than " + need + ")");
        }
    }

    private void code() {
        for (String id : List.of("code-java", "code-python")) {
            Node n = scene.lookup("#" + id);
            if (!(n instanceof ListView<?> list) || !shownInTree(list)) {
                continue;
            }
            Bounds seen = visibleArea(list);
            double cell = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : 24;
            int lines = seen == null ? 0 : (int) Math.floor((seen.getHeight() - 2) / cell);
            int need = Math.min(CODE_LINES, list.getItems().size());
            if (lines < need) {
                problems.add("the Code tab shows " + Math.max(0, lines) + " lines of " + id + " (fewer than " + need + ")");
            }
            if (seen != null && list.getProperties().get(CodeView.CURRENT_LINE) instanceof javafx.beans.value.ObservableIntegerValue cur
                    && cur.get() > 0 && !currentLineSeen(list)) {
                problems.add("the Code tab's " + id + " does not show its highlighted line " + cur.get() + " whole");
            }
            if (seen != null && seen.getWidth() < CODE_WIDTH) {
                problems.add("the Code tab's " + id + " is " + Math.round(seen.getWidth()) + " px wide");
            }
        }
    }

    /**
     * Whether the list's highlighted line (the cells marked {@code current-line}: a long line may
     * take more than one row) is whole in the list's viewport: each of its cells from top to
     * bottom, and each of their texts from end to end, inside every clip above them (the
     * viewport's own leaves out a sideways scrollbar).
     */
    private boolean currentLineSeen(ListView<?> list) {
        boolean any = false;
        for (Node c : list.lookupAll("." + CodeView.CURRENT_LINE_STYLE)) {
            if (!shownInTree(c) || !(c instanceof javafx.scene.control.IndexedCell<?> cell) || cell.isEmpty()) {
                continue;
            }
            Bounds b = c.localToScene(c.getBoundsInLocal());
            Bounds seen = visibleArea(c);
            if (seen == null || seen.getMinY() > b.getMinY() + SLACK || seen.getMaxY() < b.getMaxY() - SLACK) {
                return false;
            }
            for (Text text : texts(c, new ArrayList<>())) {
                if (shownInTree(text) && text.getText() != null && !text.getText().isBlank()) {
                    Bounds tb = text.localToScene(text.getBoundsInLocal());
                    Bounds ts = visibleArea(text);
                    if (ts == null || ts.getWidth() < tb.getWidth() - SLACK || ts.getHeight() < tb.getHeight() - SLACK) {
                        return false;
                    }
                }
            }
            any = true;
        }
        return any;
    }

    private static List<Text> texts(Node n, List<Text> into) {
        if (n instanceof Text t) {
            into.add(t);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, into));
        }
        return into;
    }

    private static boolean shownInTree(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase || n instanceof TextInputControl
                || n instanceof Slider || n instanceof ChoiceBox || n instanceof Spinner
                || n instanceof org.controlsfx.control.ToggleSwitch;
    }

    private static boolean isScroller(Node n) {
        return n instanceof ScrollPane || n instanceof ListView || n instanceof TableView || n instanceof TreeView;
    }

    private static boolean canScrollSideways(Node scroller) {
        String id = scroller.getId();
        return id == null || !NO_SIDEWAYS.contains(id) && horizontalBar(scroller);
    }

    private static boolean sideways(Node scroller) {
        return horizontalBar(scroller);
    }

    /** Whether the scroll pane or list shows its own horizontal scrollbar. */
    private static boolean horizontalBar(Node scroller) {
        for (Node bar : scroller.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL && shownInTree(s)
                    && owner(s) == scroller && s.getMax() - s.getMin() > 0 && s.getVisibleAmount() < s.getMax() - s.getMin()) {
                return true;
            }
        }
        return false;
    }

    private static Node owner(ScrollBar s) {
        for (Node p = s.getParent(); p != null; p = p.getParent()) {
            if (isScroller(p)) {
                return p;
            }
        }
        return null;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 - x0 < 1 || y1 - y0 < 1 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    private static String name(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.insert(0, "#" + p.getId() + (path.length() > 0 ? " " : ""));
                if (path.length() > 60) {
                    break;
                }
            }
        }
        return path.length() == 0 ? n.getClass().getSimpleName() : path + " " + n.getClass().getSimpleName();
    }

    private static String describe(Node n) {
        return n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() ? " \"" + oneLine(l.getText()) + "\"" : "";
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 60 ? t.substring(0, 60) + "\u2026" : t;
    }
}
