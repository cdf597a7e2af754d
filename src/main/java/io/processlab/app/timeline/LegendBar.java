package io.processlab.app.timeline;

import io.processlab.trace.RuntimeKind;
import io.processlab.view.timeline.Legend;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The timeline's colour legend as a row of the window (not drawn in the canvas, so that it never
 * gives way to the lanes): a swatch and a name for each state, the arrows and the marks, wrapping
 * onto a second row on a narrow screen. It follows the language.
 */
public final class LegendBar {
    /** The id the layout audit looks for. */
    public static final String ID = "timeline-legend";

    /** The swatches are drawn this much smaller than in the timeline's picture. */
    static final double SWATCH_SCALE = 0.7;

    private final FlowPane root = new FlowPane(12, 1);
    private Locale locale;
    private RuntimeKind runtime = RuntimeKind.JAVA;

    public LegendBar(Locale locale) {
        root.setId(ID);
        root.getStyleClass().add("timeline-legend");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMinHeight(FlowPane.USE_PREF_SIZE);
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
}
