package io.processlab.app.fx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Where the lesson panel's viewport may end when the panel cannot show whole: between two rows of
 * its text, never through a line (a class reads a sliced row as a broken view, and a row half
 * shown hides what it says). The centre's split lowers the panel to it and gives the rest to the
 * timeline; the layout audit finds a line sliced with it.
 */
public final class PanelCut {
    /** The gap kept above a row that would be sliced. */
    static final double GAP = 3;
    /** The most the panel gives up for a clean edge (about two lines); past it, the height stays. */
    static final double MOST = 56;
    /** One line's height by font; read and written on the FX thread only. */
    private static final Map<Font, Double> LINE = new HashMap<>();

    private PanelCut() {
    }

    /**
     * The highest panel height not above {@code height} at which the viewport of {@code panel} (as
     * it is scrolled now) slices no line of text; {@code height} when none is sliced there.
     */
    public static double below(ScrollPane panel, double height) {
        Node content = panel.getContent();
        if (content == null || content.getScene() == null) {
            return height;
        }
        Insets in = panel.getInsets();
        double frame = in.getTop() + in.getBottom();
        double port = height - frame;
        double over = Math.max(0, content.getLayoutBounds().getHeight() - port);
        double range = panel.getVmax() - panel.getVmin();
        double top = range <= 0 ? 0 : over * (panel.getVvalue() - panel.getVmin()) / range;
        double edge = lowestEdge(rows(content), top + port);
        if (top + port - edge > MOST) {
            // cards side by side whose rows never end at one height: no clean edge near; as it was
            return height;
        }
        return Math.max(0, edge - top) + frame;
    }

    /** Whether an edge at {@code edge} (content coordinates) slices one of {@code rows} through a line. */
    public static boolean slices(List<double[]> rows, double edge) {
        return lowestEdge(rows, edge) < edge - 0.5;
    }

    /**
     * The highest edge not below {@code edge} (content coordinates) that slices none of {@code rows}:
     * each row is its top, its bottom and the height of one of its lines (0: one line), so that a
     * wrapped text may end between two of its lines, and where its first line starts when that is
     * below its top (a value in a box: the box's top, then its text's).
     */
    static double lowestEdge(List<double[]> rows, double edge) {
        double e = edge;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] r : rows) {
                if (r[0] < e - 0.5 && r[1] > e + 0.5) {
                    double first = r.length > 3 ? r[3] : r[0];
                    double lines = r[2] > 0 ? Math.floor((e - first) / r[2] + 1e-6) : 0;
                    double to = lines >= 1 ? first + lines * r[2] : Math.max(0, r[0] - GAP);
                    if (to < e - 0.5) {
                        // (an edge within half a pixel of a line's end slices nothing)
                        e = to;
                        moved = true;
                    }
                }
            }
        }
        return e;
    }

    /** The top and bottom of each line of text shown in {@code content}, in its coordinates. */
    public static List<double[]> rows(Node content) {
        List<double[]> out = new ArrayList<>();
        for (Node n : content.lookupAll(".label")) {
            if (n instanceof Labeled l && shown(l, content) && l.getText() != null && !l.getText().isBlank()) {
                double[] r = row(l, content);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * A label's row: the top and bottom of its box (the top of a value's box sliced off reads as
     * broken as its text; a label with a graphic is sliced only where its text is), when the text
     * wraps onto more lines the height of one line, and the top of its text; null when it shows
     * no text.
     */
    private static double[] row(Labeled l, Node content) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.isVisible()) {
                Bounds tb = content.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
                if (tb == null || tb.getHeight() <= 0) {
                    return null;
                }
                double line = LINE.computeIfAbsent(t.getFont(), PanelCut::lineHeight);
                long lines = line > 0 ? Math.round(tb.getHeight() / line) : 1;
                double each = lines > 1 ? tb.getHeight() / lines : 0;
                Bounds box = drawsBox(l) ? content.sceneToLocal(l.localToScene(l.getLayoutBounds())) : null;
                if (box == null || box.getMinY() > tb.getMinY() || box.getMaxY() < tb.getMaxY()) {
                    return new double[] {tb.getMinY(), tb.getMaxY(), each};
                }
                return new double[] {box.getMinY(), box.getMaxY(), each, tb.getMinY()};
            }
        }
        return null;
    }

    /**
     * Whether {@code l} draws a box around its text (a value's chip: a background or a border) and
     * no graphic: an invisible box, as a label stretched to its cell's height, slices unseen.
     */
    private static boolean drawsBox(Labeled l) {
        boolean graphic = l.getGraphic() != null && l.getGraphic().isVisible();
        boolean fill = l.getBackground() != null && !l.getBackground().isEmpty();
        boolean border = l.getBorder() != null && !l.getBorder().isEmpty();
        return !graphic && (fill || border);
    }

    /** One line's height in {@code font} (a Text measured once a font: the cut is asked for on each scroll). */
    private static double lineHeight(Font font) {
        Text one = new Text("X");
        one.setFont(font);
        return one.getLayoutBounds().getHeight();
    }

    private static boolean shown(Node n, Node upTo) {
        for (Node p = n; p != null && p != upTo; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
