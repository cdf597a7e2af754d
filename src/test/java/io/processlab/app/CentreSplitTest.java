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

    @ParameterizedTest(name = "stacked, {0} px high, a timeline that needs {1} px")
    @CsvSource({"755, 282", "755, 150", "900, 300", "640, 250"})
    void aTimelineThatNeedsLessThanItsShareGivesTheRestToThePanel(double height, double need) {
        double[] before = CentreSplit.heights(height);
        double[] h = CentreSplit.heights(height, need);
        assertEquals(height, h[0] + h[1] + h[2], 1e-6);
        assertEquals(Math.max(need, CentreSplit.TIMELINE_FLOOR), h[1], 1e-6, "the timeline keeps what it needs");
        assertEquals(before[0] + before[1] - h[1], h[0], 1e-6, "the panel gets the rest");
        assertEquals(before[2], h[2], 1e-6, "the console keeps its share");
    }

    @ParameterizedTest(name = "a timeline that needs {1} px of a {0} px split keeps its share")
    @CsvSource({"755, 600", "755, 0", "500, 400"})
    void aTimelineThatNeedsMoreThanItsShareOrSaysNothingKeepsItsShare(double height, double need) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(CentreSplit.heights(height), CentreSplit.heights(height, need), 1e-6);
        org.junit.jupiter.api.Assertions.assertArrayEquals(CentreSplit.sideHeights(height),
                CentreSplit.sideHeights(height, need), 1e-6);
    }

    @ParameterizedTest(name = "side by side, {0} px high, a timeline that needs {1} px")
    @CsvSource({"594, 300", "594, 120", "774, 420"})
    void sideBySideATimelineThatNeedsLessGivesTheRestToThePanel(double height, double need) {
        double[] h = CentreSplit.sideHeights(height, need);
        assertEquals(height, h[0] + h[1], 1e-6);
        assertEquals(Math.max(need, CentreSplit.TIMELINE_FLOOR), h[1], 1e-6);
        assertTrue(h[0] > CentreSplit.sideHeights(height)[0], "the panel grows: " + h[0]);
    }

    @ParameterizedTest(name = "stacked, a short split of {0} px, a timeline that needs {1} px")
    @CsvSource({"500, 250", "520, 200"})
    void aShortSplitGivesTheConsoleItsShareBackBeforeThePanelGrows(double height, double need) {
        double[] h = CentreSplit.heights(height, need);
        assertEquals(height, h[0] + h[1] + h[2], 1e-6);
        double share = Math.max(CentreSplit.CONSOLE_MIN, height * CentreSplit.CONSOLE_SHARE);
        assertEquals(share, h[2], 1e-6, "the console");
        assertTrue(h[0] >= CentreSplit.heights(height)[0], "the panel does not shrink: " + h[0]);
    }
}
