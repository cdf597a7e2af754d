package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.CentreSplit.Needs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the centre's split shares its room, stacked (the normal window) and side by side (presenter mode). */
class CentreSplitTest {
    @ParameterizedTest(name = "stacked, {0} px high, a panel that needs {1} px")
    @CsvSource({"500, 0", "580, 240", "640, 400", "760, 300", "900, 260", "1400, 600"})
    void stackedThePartsFillTheSplitAndTheTimelineKeepsItsReserve(double height, double panel) {
        double[] h = CentreSplit.heights(height, new Needs(panel, 0, 0));
        assertEquals(height, h[0] + h[1] + h[2], 1e-6);
        assertTrue(h[1] >= CentreSplit.TIMELINE_FLOOR - 1e-6, "timeline " + h[1]);
        assertTrue(h[2] >= Math.min(CentreSplit.CONSOLE_MIN, height * CentreSplit.CONSOLE_SHARE), "console " + h[2]);
        assertTrue(h[0] >= CentreSplit.PANEL_MIN * 0.6 - 1e-6, "panel " + h[0]);
    }

    @ParameterizedTest(name = "stacked, {0} px high, a panel that needs {1} px gets it")
    @CsvSource({"580, 150", "760, 260", "900, 330", "1000, 420"})
    void aPanelThatFitsBesideTheTimelinesReserveGetsWhatItNeeds(double height, double panel) {
        double[] h = CentreSplit.heights(height, new Needs(panel, 0, 0));
        assertEquals(panel, h[0], 1e-6);
    }

    @ParameterizedTest(name = "stacked, {0} px high, the Code tab needs {1} px")
    @CsvSource({"690, 340", "760, 300", "850, 360"})
    void theChosenCodeTabGetsItsRoomBeforeThePanelAndTheTimeline(double height, double tabs) {
        assertTrue(CentreSplit.panelFits(height, new Needs(400, 300, tabs)), "the panel has room");
        double[] h = CentreSplit.heights(height, new Needs(400, 300, tabs));
        assertEquals(height, h[0] + h[1] + h[2], 1e-6);
        assertTrue(h[2] >= tabs - 1e-6, "tabs " + h[2]);
        assertTrue(h[1] >= CentreSplit.TIMELINE_LEAST - 1e-6, "timeline " + h[1]);
    }

    @ParameterizedTest(name = "stacked, {0} px high, lanes that need {1} px")
    @CsvSource({"900, 250, 200", "1000, 220, 300"})
    void aTimelineThatNeedsLessLeavesTheRestToTheConsole(double height, double lanes, double panel) {
        double[] h = CentreSplit.heights(height, new Needs(panel, lanes, 0));
        assertEquals(panel, h[0], 1e-6, "the panel gets what it needs");
        assertEquals(Math.max(lanes, CentreSplit.TIMELINE_FLOOR), h[1], 1e-6, "the timeline what its lanes need");
        assertTrue(h[2] > CentreSplit.CONSOLE_MIN, "the console the rest: " + h[2]);
    }

    /** A 1280x720 projector in presenter mode leaves the split about 1280x590. */
    @ParameterizedTest(name = "side by side, {0}x{1}")
    @CsvSource({"1280, 590", "1366, 640", "1440, 770", "1920, 950"})
    void sideBySideTheColumnIsReadableAndTheCodeTabWidensIt(double width, double height) {
        double side = CentreSplit.sideWidth(width, false);
        assertTrue(side >= CentreSplit.SIDE_MIN && side <= width / 2, "console column " + side);
        double wide = CentreSplit.sideWidth(width, true);
        assertTrue(wide > side && width - wide >= CentreSplit.SIDE_WIDE_LEAVES - 1e-6, "Code column " + wide);
        assertTrue(wide / 2 >= io.processlab.app.screenshots.LayoutAudit.CODE_WIDTH, "each language: " + wide);
        double[] h = CentreSplit.sideHeights(height, new Needs(250, 0, 0));
        assertEquals(height, h[0] + h[1], 1e-6);
        assertTrue(h[1] >= CentreSplit.TIMELINE_FLOOR, "timeline " + h[1]);
    }

    /**
     * Side by side with the Scheduler or the Predict tab chosen, the column takes half the width (the
     * lanes the other half), less than with the Code tab's two listings, more than the console's.
     */
    @ParameterizedTest(name = "the Scheduler's column at {0} px")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {1280, 1366, 1440, 1920})
    void theSchedulersColumnLeavesTheLanesHalfTheWidth(double width) {
        double row = CentreSplit.SIDE_MIN;
        double tab = CentreSplit.sideWidth(width, true, row, CentreSplit.SIDE_TAB_SHARE);
        assertTrue(width - tab >= width / 2 - 1e-6, "the lanes keep half: " + (width - tab));
        assertTrue(tab < CentreSplit.sideWidth(width, true, row), "narrower than the Code tab's");
        assertTrue(tab >= CentreSplit.sideWidth(width, false, row), "no narrower than the console's");
    }

    @ParameterizedTest(name = "side by side, {0} px high, a panel that needs {1} px")
    @CsvSource({"590, 200", "590, 900", "770, 320"})
    void sideBySideThePanelGetsWhatTheTimelinesReserveLeaves(double height, double panel) {
        double[] h = CentreSplit.sideHeights(height, new Needs(panel, 0, 0));
        double reserve = Math.min(CentreSplit.TIMELINE_MIN, Math.max(CentreSplit.TIMELINE_FLOOR,
                height * CentreSplit.TIMELINE_SHARE));
        assertEquals(Math.min(panel, height - reserve), h[0], 1e-6);
    }

    /**
     * Stacked at 1280x720 (a split about 545 px high) a Code tab that needs 340 px left the
     * timeline one lane and the panel a strip with no card whole: the panel leaves the split, and
     * the timeline keeps its axis, three lanes and the scrubber. With room, the panel stays.
     */
    @ParameterizedTest(name = "stacked, {0} px high, a tab that needs {1} px: panel kept {2}")
    @CsvSource({"545, 340, false", "593, 340, false", "700, 340, true", "545, 0, true", "900, 400, true"})
    void aChosenTabThatLeavesThePanelNoRoomTakesItsPlaceAndTheTimelineKeepsThreeLanes(double height, double tabs,
            boolean kept) {
        Needs n = new Needs(260, 290, tabs);
        assertEquals(kept, CentreSplit.panelFits(height, n));
        if (kept) {
            double[] h = CentreSplit.heights(height, n);
            assertTrue(h[0] >= CentreSplit.PANEL_MIN - 1e-6, "panel " + h[0]);
            assertTrue(tabs == 0 || h[1] >= CentreSplit.TIMELINE_LEAST - 1e-6, "timeline " + h[1]);
        } else {
            double t = CentreSplit.withoutPanel(height, n);
            assertEquals(tabs, t, 1e-6, "the tab gets what it needs");
            assertTrue(height - t >= CentreSplit.TIMELINE_LEAST - 1e-6, "timeline " + (height - t));
        }
    }

    /**
     * Dividers kept from a launch in presenter mode or on another screen (0.12 and 0.076 were
     * seen kept) squeeze a part to its least: they are not kept, and the parts follow their needs.
     */
    @ParameterizedTest(name = "dividers {0}, {1} in {2} px: sane {3}")
    @CsvSource({"0.35, 0.72, 590, true", "0.12, 0.076, 900, false", "0.47, 0.77, 590, true", "0.10, 0.30, 590, false",
        "0.40, 0.55, 590, false", "0.40, 0.95, 590, false"})
    void dividersThatSqueezeAPartToItsLeastAreNotSane(double a, double b, double h, boolean sane) {
        assertEquals(sane, CentreSplit.sane(new double[] {a, b}, h));
    }

    /**
     * The normal window at 1280x720 leaves the split about 530 px: the event panel asks 297, three
     * lanes 207. It got 173 (a console of 150 px and the timeline first), and its "gave up" box and
     * the event's label were below the edge; the console now keeps its tabs and two lines, the
     * timeline its three lanes, and the panel the rest.
     */
    @ParameterizedTest(name = "stacked, {0} px high, a panel that needs {1} px, lanes {2} px: the panel at least {3}")
    @CsvSource({"530, 297, 207, 250", "578, 253, 207, 253", "530, 464, 290, 250"})
    void aShortWindowGivesThePanelTheRoomBeforeTheConsolesShare(double height, double panel, double lanes, double least) {
        double[] h = CentreSplit.heights(height, new Needs(panel, lanes, 0));
        assertTrue(h[0] >= least, "panel " + h[0]);
        assertTrue(h[1] >= CentreSplit.TIMELINE_FLOOR - 1e-6, "timeline " + h[1]);
        assertTrue(h[2] >= CentreSplit.CONSOLE_SHORT - 1e-6, "console " + h[2]);
        assertEquals(height, h[0] + h[1] + h[2], 1e-6);
    }

    /**
     * Three lanes (the timeline's least, told by TimelineRoom) are kept however much the panel asks;
     * more lanes get at most {@link CentreSplit#TIMELINE_MOST} of what the console leaves.
     */
    @ParameterizedTest(name = "stacked, {0} px high: the timeline keeps its least {1} px, at most {2}")
    @CsvSource({"530, 219, 219", "700, 219, 220", "880, 230, 281.6"})
    void theTimelineKeepsThreeLanesWhenThePanelAsksForMore(double height, double least, double most) {
        double[] h = CentreSplit.heights(height, new Needs(1300, 400, 0, least));
        assertEquals(most, h[1], 1e-6);
        assertTrue(h[1] >= least);
    }

    /**
     * A panel a few lines short of whole beside the lanes' 40 % (the lock lesson at 1440x900: 367 px
     * where 347 were left) is whole, the lanes keeping a third of the column and their least; a
     * panel that would still scroll gets no more than before.
     */
    @ParameterizedTest(name = "stacked, {0} px high, a panel of {1} px, lanes {2} px (least {3}): panel {4}")
    @CsvSource({"729, 367, 303, 211, 367", "729, 400, 303, 211, 347.4", "729, 380, 303, 240, 339", "900, 470, 303, 211, 470", "900, 500, 303, 211, 432"})
    void aPanelAFewLinesShortOfWholeTakesThemFromTheLanes(double height, double panel, double lanes, double least, double got) {
        double[] h = CentreSplit.heights(height, new Needs(panel, lanes, 0, least));
        assertEquals(got, h[0], 1e-6);
        assertTrue(h[1] >= least, "timeline " + h[1]);
        assertEquals(height, h[0] + h[1] + h[2], 1e-6);
    }

    /** Side by side, the console column is as narrow as its share allows, never narrower than its five tabs. */
    @ParameterizedTest(name = "side by side, {0} px wide, tabs {1} px: column {2}")
    @CsvSource({"1280, 490, 490", "1280, 300, 332.8", "1920, 660, 660", "1920, 400, 499.2"})
    void theConsoleColumnIsItsShareOrItsTabRow(double width, double row, double column) {
        assertEquals(column, CentreSplit.sideWidth(width, false, row), 1e-6);
    }

    /**
     * Stacked, a chosen tab that needs room and a run of two lanes: the timeline takes what its
     * lanes need, not its least of three, and the panel the rest (the sending demo beside its Code
     * tab kept 60 px of empty rows under its last lane while the panel stood at its titles).
     */
    @org.junit.jupiter.api.Test
    void aRunOfTwoLanesBesideAChosenTabKeepsNoEmptyLaneForTheTimeline() {
        double[] h = CentreSplit.heights(620, new CentreSplit.Needs(1022, 130, 300));
        assertEquals(300, h[2], 1, "the tab");
        assertEquals(130, h[1], 1, "the timeline: its two lanes");
        assertEquals(190, h[0], 1, "the panel: the rest");
    }
}
