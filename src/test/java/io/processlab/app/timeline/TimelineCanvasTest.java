package io.processlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Trace;
import io.processlab.view.timeline.Events;
import io.processlab.view.timeline.Palette;
import io.processlab.view.timeline.State;
import io.processlab.view.timeline.SyntheticTrace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canvas on a headless JavaFX (Monocle): it draws what the trace says and takes live events. */
class TimelineCanvasTest {
    @BeforeAll
    static void startFx() throws Exception {
        // through TestFX, as the window tests do: one way of starting the toolkit in this JVM
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return io.processlab.app.FxCall.supply(work).get(30, TimeUnit.SECONDS);
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
}
