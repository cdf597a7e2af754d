package io.processlab.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
