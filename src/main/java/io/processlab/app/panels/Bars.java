package io.processlab.app.panels;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A horizontal bar chart that reads from the back of a room: a name, a bar whose length is the
 * value against the largest one (or a given scale), and the value in words after it.
 */
final class Bars {
    /**
     * One bar.
     *
     * @param name what it is ("4 threads")
     * @param value its length
     * @param text the value in words ("12.3 ms")
     * @param style a style class for its colour ({@code bar-threads}...)
     * @param mark where to draw a thin mark on the same scale (an ideal value), or a negative number
     */
    record Bar(String name, double value, String text, String style, double mark) {
        Bar(String name, double value, String text, String style) {
            this(name, value, text, style, -1);
        }
    }

    /** Width of the longest bar. */
    static final double LENGTH = 360;

    private Bars() {
    }

    /** The chart of {@code bars}, scaled so that the largest value or mark fills {@link #LENGTH}. */
    static GridPane chart(List<Bar> bars) {
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.value(), b.mark()));
        }
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        g.getStyleClass().add("bar-chart");
        ColumnConstraints name = new ColumnConstraints();
        name.setHalignment(HPos.RIGHT);
        ColumnConstraints bar = new ColumnConstraints(LENGTH / 3, LENGTH, LENGTH);
        bar.setHgrow(Priority.SOMETIMES);
        g.getColumnConstraints().addAll(name, bar, new ColumnConstraints());
        int r = 0;
        for (Bar b : bars) {
            Label n = new Label(b.name());
            n.getStyleClass().add("bar-name");
            n.setMinWidth(Region.USE_PREF_SIZE);
            Label v = new Label(b.text());
            v.getStyleClass().add("bar-value");
            v.setMinWidth(Region.USE_PREF_SIZE);
            g.addRow(r++, n, track(b, max), v);
        }
        return g;
    }

    private static StackPane track(Bar b, double max) {
        double share = max > 0 ? Math.max(0, b.value()) / max : 0;
        Region fill = new Region();
        fill.getStyleClass().addAll("bar", b.style());
        fill.setMinHeight(22);
        fill.setMaxHeight(22);
        Pane marks = new Pane();
        marks.setMouseTransparent(true);
        StackPane track = new StackPane(fill, marks);
        track.setAlignment(Pos.CENTER_LEFT);
        track.getStyleClass().add("bar-track");
        fill.maxWidthProperty().bind(track.widthProperty().multiply(share));
        fill.prefWidthProperty().bind(fill.maxWidthProperty());
        fill.setMinWidth(share > 0 ? 3 : 0);
        if (b.mark() >= 0 && max > 0) {
            Region mark = new Region();
            mark.getStyleClass().add("bar-mark");
            mark.setPrefSize(4, 28);
            mark.resize(4, 28);
            mark.layoutXProperty().bind(track.widthProperty().multiply(b.mark() / max).subtract(2));
            marks.getChildren().add(mark);
        }
        return track;
    }
}
