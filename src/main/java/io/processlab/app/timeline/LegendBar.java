package io.processlab.app.timeline;

import io.processlab.trace.RuntimeKind;
import io.processlab.view.timeline.Flow;
import io.processlab.view.timeline.Legend;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The timeline's colour legend as a row of the window (not drawn in the canvas, so that it never
 * gives way to the lanes): a swatch and a name for each state, the arrows and the marks, wrapping
 * onto a second row on a narrow screen in as few rows as the items need, and even ones
 * ({@link Flow}: no word alone on a row of its own). It follows the language.
 */
public final class LegendBar {
    /** The id the layout audit looks for. */
    public static final String ID = "timeline-legend";

    /** The swatches are drawn this much smaller than in the timeline's picture. */
    static final double SWATCH_SCALE = 0.7;

    /** The room between two items of a row, and between two rows. */
    static final double HGAP = 12;
    static final double VGAP = 1;

    private final Rows root = new Rows();
    private Locale locale;
    private RuntimeKind runtime = RuntimeKind.JAVA;

    public LegendBar(Locale locale) {
        root.setId(ID);
        root.getStyleClass().add("timeline-legend");
        root.setMinHeight(Region.USE_PREF_SIZE);
        setLocale(locale);
    }

    public Node root() {
        return root;
    }

    /** Names the items in {@code locale}'s words. */
    public void setLocale(Locale locale) {
        this.locale = locale;
        fill();
    }

    /** Names the items as they are true for the run shown (its trace's runtime; null: none shown, Java's words). */
    public void setRuntime(RuntimeKind runtime) {
        RuntimeKind r = runtime == null ? RuntimeKind.JAVA : runtime;
        if (r != this.runtime) {
            this.runtime = r;
            fill();
        }
    }

    private void fill() {
        List<String> names = Legend.names(locale, runtime);
        double[] size = Legend.swatchSize();
        root.getChildren().clear();
        for (int i = 0; i < names.size(); i++) {
            Canvas swatch = new Canvas(Math.ceil(size[0] * SWATCH_SCALE) + 2, Math.ceil(size[1] * SWATCH_SCALE) + 2);
            swatch.getGraphicsContext2D().translate(1, 1);
            swatch.getGraphicsContext2D().scale(SWATCH_SCALE, SWATCH_SCALE);
            Legend.swatch(new FxPainter(swatch.getGraphicsContext2D()), i, 0, 0);
            Label name = new Label(names.get(i));
            name.getStyleClass().add("legend-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            HBox item = new HBox(5, swatch, name);
            item.setAlignment(Pos.CENTER_LEFT);
            root.getChildren().add(item);
        }
    }

    /** The items in rows as {@link Flow} puts them, each row as high as its tallest item. */
    static final class Rows extends Pane {
        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        private double[] widths() {
            List<Node> items = getManagedChildren();
            double[] w = new double[items.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = snapSizeX(items.get(i).prefWidth(-1));
            }
            return w;
        }

        private int[] rows(double width) {
            Insets in = getInsets();
            double room = width < 0 ? Double.MAX_VALUE : width - in.getLeft() - in.getRight();
            return Flow.rows(widths(), HGAP, room);
        }

        private double rowHeight() {
            double h = 0;
            for (Node n : getManagedChildren()) {
                h = Math.max(h, snapSizeY(n.prefHeight(-1)));
            }
            return h;
        }

        @Override
        protected double computePrefWidth(double height) {
            double w = 0;
            for (double x : widths()) {
                w += x + HGAP;
            }
            Insets in = getInsets();
            return in.getLeft() + Math.max(0, w - HGAP) + in.getRight();
        }

        @Override
        protected double computeMinWidth(double height) {
            double w = 0;
            for (double x : widths()) {
                w = Math.max(w, x);
            }
            Insets in = getInsets();
            return in.getLeft() + w + in.getRight();
        }

        @Override
        protected double computePrefHeight(double width) {
            int n = Flow.count(rows(width));
            Insets in = getInsets();
            return in.getTop() + n * rowHeight() + Math.max(0, n - 1) * VGAP + in.getBottom();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            List<Node> items = getManagedChildren();
            int[] rows = rows(getWidth());
            double[] widths = widths();
            double rowH = rowHeight();
            Insets in = getInsets();
            double[] x = new double[Flow.count(rows)];
            Arrays.fill(x, in.getLeft());
            for (int i = 0; i < items.size(); i++) {
                int r = rows[i];
                Node n = items.get(i);
                double h = snapSizeY(n.prefHeight(widths[i]));
                n.resizeRelocate(snapPositionX(x[r]), snapPositionY(in.getTop() + r * (rowH + VGAP) + (rowH - h) / 2),
                        widths[i], h);
                x[r] += widths[i] + HGAP;
            }
        }
    }
}
