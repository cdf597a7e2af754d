package io.processlab.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Where a panel too long for its room may end: between rows, or between two lines of a wrapped text. */
class PanelCutTest {
    /** Two one-line rows, then a text wrapped on two lines of 22 px. */
    private static final List<double[]> ROWS = List.of(new double[] {0, 20, 0}, new double[] {24, 44, 0},
            new double[] {48, 92, 22});

    @Test
    void anEdgeThroughARowMovesAboveIt() {
        assertEquals(24 - PanelCut.GAP, PanelCut.lowestEdge(ROWS, 30), 1e-9);
        assertTrue(PanelCut.slices(ROWS, 30));
    }

    @Test
    void anEdgeThroughAWrappedTextEndsBetweenItsLines() {
        assertEquals(70, PanelCut.lowestEdge(ROWS, 80), 1e-9);
        assertEquals(48 - PanelCut.GAP, PanelCut.lowestEdge(ROWS, 60), 1e-9, "inside its first line: above it");
    }

    @Test
    void anEdgeBetweenRowsStays() {
        assertEquals(46, PanelCut.lowestEdge(ROWS, 46), 1e-9);
        assertFalse(PanelCut.slices(ROWS, 46));
        assertFalse(PanelCut.slices(ROWS, 70), "between the two lines of a wrapped text");
    }

    /** A value in a box: the box from 100 to 160, its text on two lines of 22 px from 108. */
    @Test
    void anEdgeThroughAValuesBoxAboveItsTextMovesAboveTheBoxAndItsLinesCountFromTheText() {
        List<double[]> box = List.of(new double[] {100, 160, 22, 108});
        assertTrue(PanelCut.slices(box, 104), "the box's top sliced, its text not reached");
        assertEquals(100 - PanelCut.GAP, PanelCut.lowestEdge(box, 104), 1e-9);
        assertEquals(130, PanelCut.lowestEdge(box, 140), 1e-9, "between its lines, counted from its text");
    }

    /**
     * In a real scene: a value's chip (a background, padding 8) is a row from its box's top, with
     * its text's top beside it; a plain label stretched to 80 px is a row where its text is.
     */
    @Test
    void aChipIsARowFromItsBoxAndAPlainLabelFromItsText() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        List<double[]> rows = FxCall.supply(() -> {
            Label chip = new Label("42");
            chip.setPadding(new Insets(8));
            chip.setBackground(new Background(new BackgroundFill(Color.LIGHTGREEN, CornerRadii.EMPTY, Insets.EMPTY)));
            Label plain = new Label("copies");
            plain.setMinHeight(80);
            VBox box = new VBox(chip, plain);
            new Scene(box, 300, 300);
            box.applyCss();
            box.layout();
            return PanelCut.rows(box);
        }).get(30, TimeUnit.SECONDS);
        assertEquals(2, rows.size());
        double[] chip = rows.get(0);
        assertEquals(4, chip.length, "the chip's box and its text's top");
        assertEquals(0, chip[0], 0.5, "from the box's top");
        assertEquals(8, chip[3] - chip[0], 2.0, "its text 8 px lower");
        double[] plain = rows.get(1);
        assertEquals(3, plain.length, "the plain label: its text only");
        assertTrue(plain[1] - plain[0] < 40, "a line high, not its 80 px box: " + (plain[1] - plain[0]));
    }
}
