package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void aFittedViewOfANarrowPlotKeepsRoomInPixelsAfterTheEndAndAZoomedOneIsLeftAlone() {
        Viewport v = new Viewport();
        v.fit(6_000_000);
        v.leaveRoom(6_000_000, 480, 84);
        double after = (v.t1() - 6_000_000) * 480.0 / v.span();
        assertTrue(after >= 84 - 0.01 && after < 85, "pixels after the end: " + after);
        long t1 = v.t1();
        v.leaveRoom(6_000_000, 480, 84);
        assertEquals(t1, v.t1(), "asked again, it stays");
        v.fit(6_000_000);
        v.leaveRoom(6_000_000, 4000, 84);
        assertEquals(6_600_000, v.t1(), "a wide plot: the tenth of the run is room enough");
        v.zoom(2, 3_000_000, 6_000_000);
        long zoomed = v.t1();
        v.leaveRoom(6_000_000, 480, 84);
        assertEquals(zoomed, v.t1());
    }

    @Test
    void fitShowsTheWholeRunWithRoomAfterItForTheLastEndWords() {
        Viewport v = new Viewport();
        v.fit(5_000_000);
        assertEquals(0, v.t0());
        assertEquals(5_000_000 + 5_000_000 / Viewport.FIT_ROOM, v.t1());
        assertTrue(v.t1() - 5_000_000 >= 5_000_000 / 11, "at 600 px, the room after the run holds \"exit 0\" (about 50 px)");
        assertTrue(v.fitted());
    }

    @Test
    void zoomKeepsTheAnchorWhereItIs() {
        Viewport v = new Viewport();
        v.fit(10_000_000);
        long anchor = 2_550_000;
        double before = (anchor - v.t0()) / (double) v.span();
        v.zoom(2, anchor, 10_000_000);
        assertEquals((10_000_000 + 10_000_000 / Viewport.FIT_ROOM) / 2, v.span(), 1);
        assertEquals(before, (anchor - v.t0()) / (double) v.span(), 1e-6);
        assertFalse(v.fitted(), "a zoomed view no longer follows fit-all");
    }

    @Test
    void zoomStopsAtTheNarrowestAndWidestSpans() {
        Viewport v = new Viewport();
        v.fit(10_000_000);
        v.zoom(1e9, 5_000_000, 10_000_000);
        assertEquals(Viewport.MIN_SPAN, v.span());
        v.zoom(1e-9, 5_000_000, 10_000_000);
        assertEquals(20_000_000, v.span());
    }

    @Test
    void draggingRightShowsEarlierTimesButNotFarBeforeTheStart() {
        Viewport v = new Viewport();
        v.fit(10_000_000);
        v.zoom(10, 5_000_000, 10_000_000);
        long t0 = v.t0();
        v.pan(100, 1000, 10_000_000);
        assertEquals(t0 - v.span() / 10, v.t0());
        v.pan(1e6, 1000, 10_000_000);
        assertEquals(-v.span() / 10, v.t0());
        v.pan(-1e7, 1000, 10_000_000);
        assertEquals(10_000_000 + v.span() / 10, v.t1());
    }

    @Test
    void aFittedViewGrowsInStepsWithALiveRun() {
        Viewport v = new Viewport();
        v.follow(500_000);
        assertEquals(Viewport.EMPTY_SPAN, v.t1(), "now is still in view: nothing moves");
        v.follow(1_200_000);
        assertEquals(0, v.t0());
        assertEquals(1_800_000, v.t1());
        v.follow(1_700_000);
        assertEquals(1_800_000, v.t1());
    }

    @Test
    void aZoomedViewSlidesWithALiveRun() {
        Viewport v = new Viewport();
        v.fit(4_000_000);
        v.zoom(4, 0, 4_000_000);
        long span = v.span();
        v.follow(3_000_000);
        assertEquals(span, v.span());
        assertTrue(v.t0() < 3_000_000 && v.t1() > 3_000_000, "now is in view");
    }

    @Test
    void scrollStaysWithinTheLanes() {
        Viewport v = new Viewport();
        v.scroll(500, 1000, 400);
        assertEquals(500, v.scrollY());
        v.scroll(500, 1000, 400);
        assertEquals(600, v.scrollY());
        v.clampScroll(300, 400);
        assertEquals(0, v.scrollY());
    }

    /** A plot narrower than twice the room keeps 40 % of itself after the run's end, not a tenth of the run. */
    @Test
    void aVeryNarrowPlotStillKeepsRoomForTheLastEndWords() {
        Viewport v = new Viewport();
        v.fit(6_000_000);
        v.leaveRoom(6_000_000, 150, 84);
        double after = (v.t1() - 6_000_000) * 150.0 / (v.t1() - v.t0());
        assertEquals(60, after, 0.5);
    }
}
