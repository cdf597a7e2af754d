package io.processlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Trace;
import io.processlab.view.timeline.Events;
import io.processlab.view.timeline.Palette;
import io.processlab.view.timeline.State;
import io.processlab.view.timeline.SyntheticTrace;
import io.processlab.view.timeline.TimelineRenderer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canvas on a headless JavaFX (Monocle): it draws what the trace says and takes live events. */
class TimelineCanvasTest {
    @BeforeAll
    static void startFx() throws Exception {
        // through TestFX, as the window tests do: one way of starting the toolkit in this JVM
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return io.processlab.app.fx.FxCall.supply(work).get(30, TimeUnit.SECONDS);
    }

    private static long count(WritableImage img, int argb) {
        long n = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                if ((img.getPixelReader().getArgb(x, y) & 0xFFFFFF) == (argb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void drawsTheStatesOfALoadedTraceAndTakesNewEventsOnRefresh() throws Exception {
        long[] clock = {0};
        Trace live = new Trace(() -> clock[0]);
        List<long[]> counts = onFx(() -> {
            TimelineCanvas c = new TimelineCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(c), 1000, 500));
            stage.show();
            c.setTrace(SyntheticTrace.trace(5, 2_000, 4));
            c.fitAll();
            WritableImage full = c.snapshot(null, null);
            c.setTrace(live);
            WritableImage empty = c.snapshot(null, null);
            c.setFollowLive(true);
            for (var e : Events.parse("0 1 start; 100 1 get-wait object=q")) {
                clock[0] = e.tUs();
                live.record(e.pid(), e.name(), e.kind(), e.object(), e.detail());
            }
            clock[0] = 800_000;
            c.refresh();
            WritableImage later = c.snapshot(null, null);
            stage.close();
            return List.of(new long[] {(long) full.getWidth(), (long) full.getHeight()},
                    new long[] {count(full, Palette.color(State.RUNNING)), count(full, Palette.color(State.BLOCKED))},
                    new long[] {count(empty, Palette.color(State.BLOCKED)), count(later, Palette.color(State.BLOCKED))});
        });
        assertEquals(1000, counts.get(0)[0]);
        assertEquals(500, counts.get(0)[1]);
        assertTrue(counts.get(1)[0] > 500, "running is drawn: " + counts.get(1)[0]);
        assertTrue(counts.get(1)[1] > 100, "blocked is drawn: " + counts.get(1)[1]);
        assertTrue(counts.get(2)[1] > counts.get(2)[0] + 100, "the open get-wait grows to now after refresh: " + counts.get(2)[0]
                + " then " + counts.get(2)[1]);
    }

    /**
     * Presenter mode after a saved run: the canvas shrinks while drawn 1.4 times larger. The scaled
     * background ends a fraction of a pixel short of the canvas's edge, so without a full clear the
     * last rows kept the pixels of the taller canvas (a strip of old lanes under the last lane).
     */
    @ParameterizedTest(name = "{0} px high, then {1} px, at scale {2}")
    @CsvSource({"600, 503, 1.4", "620, 561, 1.4", "600, 497, 1.0", "500, 431, 1.4", "700, 690, 1.4"})
    void aResizeClearsTheWholeCanvasAndLeavesNoOldPixelsAtItsEdges(int before, int after, double scale)
            throws Exception {
        int stale = onFx(() -> {
            TimelineCanvas c = new TimelineCanvas();
            Pane root = new Pane(c);
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 1000, 700));
            stage.show();
            c.setScale(scale);
            c.setLegend(false);
            c.setTrace(SyntheticTrace.trace(30, 6_000, 7));
            c.setPrefSize(1000, before);
            c.snapshot(null, null);
            c.setPrefSize(997, after);
            WritableImage img = c.snapshot(null, null);
            stage.close();
            int found = 0;
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            for (int x = 0; x < w; x++) {
                for (int y = h - 3; y < h; y++) {
                    if ((img.getPixelReader().getArgb(x, y) | 0xFF000000) != Palette.BACKGROUND) {
                        found++;
                    }
                }
            }
            return found;
        });
        assertEquals(0, stale, "pixels other than the background in the bottom three rows (the margin under the lanes)");
    }

    @Test
    void theHeightForItsLanesGrowsWithTheLanesAndTheScaleAndLosesTheLegendsRows() throws Exception {
        double[] h = onFx(() -> {
            TimelineCanvas c = new TimelineCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(c), 1000, 500));
            stage.show();
            c.setTrace(SyntheticTrace.trace(5, 200, 3));
            double three = c.heightFor(3, 36);
            double six = c.heightFor(6, 36);
            c.setLegend(false);
            double noLegend = c.heightFor(6, 36);
            c.setScale(1.4);
            double scaled = c.heightFor(6, 36);
            int lanes = c.lanesProperty().get();
            stage.close();
            return new double[] {three, six, noLegend, scaled, lanes};
        });
        assertEquals(6, h[4], "a lane per process: the main one and five workers");
        assertEquals(3 * 36 - TimelineRenderer.stripHeight(true), h[1] - h[0], 1.0,
                "three lanes more, less the strip that says, under three, how many are out of view");
        assertTrue(h[2] < h[1] - 20, "without the legend: " + h[2] + " < " + h[1]);
        assertEquals(h[2] * 1.4, h[3], 2.0, "drawn 1.4 times larger");
    }

    /**
     * A live run followed by the cursor: the window's scrubber read the clock at 500 ms this frame,
     * the canvas's refresh comes a moment later (the clock says 501 ms). The playhead sits at the
     * scrubber's time, so that its label and the readout never differ by a millisecond.
     */
    @Test
    void aFollowingCursorSitsAtThePresentTheOwnerReadNotAtALaterReadingOfTheClock() throws Exception {
        long[] clock = {0};
        Trace live = new Trace(() -> clock[0]);
        long[] at = onFx(() -> {
            Stage stage = new Stage();
            TimelineCanvas c = following(stage, live, clock, "0 1 start; 100 1 get-wait object=q");
            clock[0] = 501_000;
            c.setPresent(500_000);
            c.refresh();
            long given = c.cursorTime();
            c.setPresent(io.processlab.view.timeline.Frame.NO_CURSOR);
            c.refresh();
            long read = c.cursorTime();
            stage.close();
            return new long[] {given, read};
        });
        assertEquals(500_000, at[0], "the time the scrubber shows");
        assertEquals(501_000, at[1], "without one given, the canvas reads the clock itself");
    }

    /**
     * A fitted view grows by half whenever the live run reaches its edge; when the run ends it fits
     * the run again, its right edge just past the end (not up to half a run after it).
     */
    @Test
    void aFittedViewFitsTheRunAgainWhenTheRunEnds() throws Exception {
        long[] clock = {0};
        Trace live = new Trace(() -> clock[0]);
        long[] edges = onFx(() -> {
            Stage stage = new Stage();
            TimelineCanvas c = following(stage, live, clock, "0 1 start; 100 2 start; 1300000 2 exit detail=code 0; 1330000 1 end");
            // the window sees the end some time after the last event (the children's pipes close)
            clock[0] = 2_100_000;
            c.refresh();
            long during = c.view().t1();
            c.setFollowLive(false);
            c.setLive(false);
            c.refresh();
            long after = c.view().t1();
            stage.close();
            return new long[] {during, after};
        });
        assertTrue(edges[0] > 1_800_000, "while it ran the view grew by half: " + edges[0]);
        assertTrue(edges[1] >= 1_330_000 && edges[1] < 1_650_000, "at the end, the run and a little room: " + edges[1]);
    }

    /**
     * A canvas on {@code stage}, 1000x500, following the live trace {@code live} as it records
     * {@code events} (the clock at each event's time, a frame after each).
     */
    private static TimelineCanvas following(Stage stage, Trace live, long[] clock, String events) {
        TimelineCanvas c = new TimelineCanvas();
        stage.setScene(new Scene(new StackPane(c), 1000, 500));
        stage.show();
        c.setTrace(live);
        c.setLive(true);
        c.setFollowLive(true);
        for (var e : Events.parse(events)) {
            clock[0] = e.tUs();
            live.record(e.pid(), e.name(), e.kind(), e.object(), e.detail());
            c.refresh();
        }
        return c;
    }

    /** The pointer over a lane (its name or its bars) draws that process's arrows strong; leaving the canvas, none. */
    @Test
    void theLaneUnderThePointerIsTheOneWhoseArrowsAreStrong() throws Exception {
        long[] seen = onFx(() -> {
            TimelineCanvas c = new TimelineCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(c), 1000, 500));
            stage.show();
            c.setTrace(SyntheticTrace.trace(3, 200, 3));
            c.fitAll();
            long second = c.lanePid(1);
            javafx.scene.Node n = c.getChildrenUnmodifiable().get(0);
            double y = c.laneMiddle(1);
            n.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_MOVED, 600, y, 600, y,
                    javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false, false,
                    false, false, null));
            long over = c.hovered();
            n.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_EXITED, 0, 0, 0, 0,
                    javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false, false,
                    false, false, null));
            long after = c.hovered();
            stage.close();
            return new long[] {second, over, after};
        });
        assertEquals(seen[0], seen[1], "the second lane's process");
        assertEquals(io.processlab.view.timeline.Frame.NO_FOCUS, seen[2]);
    }

    /**
     * Four lanes in room for four of 27 px (under the 30 px least): all four show, squeezed, rather
     * than three and a strip over nearly a lane's empty room; in room for four of 20 px, two whole of 30 px and the strip.
     */
    @ParameterizedTest
    @CsvSource({"27, 4", "20, 2"})
    void lanesAreSqueezedALittleWhenThatShowsThemAll(double lane, int shown) throws Exception {
        int[] seen = onFx(() -> {
            TimelineCanvas c = new TimelineCanvas();
            c.setLegend(false);
            StackPane box = new StackPane(c);
            Stage stage = new Stage();
            stage.setScene(new Scene(box, 1000, 400));
            stage.show();
            c.setTrace(SyntheticTrace.trace(3, 200, 3));
            double h = c.heightFor(4, lane) - TimelineRenderer.stripHeight(false);
            c.setMinHeight(h);
            c.setMaxHeight(h);
            box.layout();
            c.refresh();
            int[] r = {c.lanesProperty().get(), c.lanesInView()};
            stage.close();
            return r;
        });
        assertEquals(4, seen[0], "a lane per process: the main one and three workers");
        assertEquals(shown, seen[1]);
    }
}
