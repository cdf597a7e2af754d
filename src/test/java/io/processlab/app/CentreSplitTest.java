package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the centre's split shares its room, stacked (the normal window) and side by side (presenter mode). */
class CentreSplitTest {
    @ParameterizedTest(name = "stacked, {0} px high")
    @CsvSource({"500", "640", "760", "900", "1400"})
    void stackedTheTimelineKeepsItsLeastHeightAndThePartsFillTheSplit(double height) {
        double[] h = CentreSplit.heights(height);
        assertEquals(height, h[0] + h[1] + h[2], 1e-6);
        assertTrue(h[1] >= Math.min(CentreSplit.TIMELINE_MIN, height - CentreSplit.PANEL_MIN - CentreSplit.CONSOLE_MIN),
                "timeline " + h[1]);
    }

    /** A 1280x720 projector in presenter mode leaves the split about 1280x594. */
    @ParameterizedTest(name = "side by side, {0}x{1}")
    @CsvSource({"1280, 594", "1366, 642", "1600, 774", "1920, 954"})
    void sideBySideTheConsoleGetsAReadableColumnAndTheTimelineSevenLanes(double width, double height) {
        double side = CentreSplit.sideWidth(width);
        assertTrue(side >= CentreSplit.SIDE_MIN && side <= width / 2, "console column " + side);
        assertTrue(width - side >= 640, "panel and timeline keep " + (width - side));
        double[] h = CentreSplit.sideHeights(height);
        assertEquals(height, h[0] + h[1], 1e-6);
        assertTrue(h[0] >= CentreSplit.SIDE_PANEL_MIN, "panel " + h[0]);
        assertTrue(h[1] >= CentreSplit.TIMELINE_MIN, "timeline " + h[1]);
    }

    @ParameterizedTest(name = "side by side, a short split of {0} px")
    @CsvSource({"380", "420"})
    void sideBySideAShortSplitGivesTheTimelineItsLeastHeightFirst(double height) {
        double[] h = CentreSplit.sideHeights(height);
        assertEquals(height, h[0] + h[1], 1e-6);
        assertTrue(h[1] >= CentreSplit.TIMELINE_MIN || h[0] <= CentreSplit.SIDE_PANEL_MIN * 0.6 + 1e-6);
    }
}
