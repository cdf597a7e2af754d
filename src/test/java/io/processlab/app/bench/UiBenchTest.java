package io.processlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UI bench, small: it feeds every frame, exports, saves and reopens, and reports it all (no time is checked). */
class UiBenchTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        // through TestFX, as the window tests do: one way of starting the toolkit in this JVM
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void feedsARunFrameByFrameThenExportsSavesAndReopensIt() throws Exception {
        JsonObject r = UiBench.run(new UiBench.Options(6, 3_000, 0.5, 640, 360, dir));
        assertEquals(30, r.get("frames").getAsInt(), "half a second at 60 frames a second");
        assertEquals(100.0, r.get("events_per_frame").getAsDouble());
        for (String series : List.of("frame_ms", "refresh_ms", "render_ms")) {
            JsonObject s = r.getAsJsonObject(series);
            assertTrue(s.get("p50").getAsDouble() <= s.get("p95").getAsDouble()
                    && s.get("p95").getAsDouble() <= s.get("max").getAsDouble(), series + ": " + s);
        }
        assertTrue(r.get("png_kib").getAsLong() > 0, r.toString());
        assertTrue(r.get("trace_kib").getAsLong() > 0, r.toString());
        assertTrue(r.has("trace_open_ms") && r.has("png_export_ms") && r.has("heap_used_after_gc_mb"), r.toString());
        // on Linux the whole process's peak memory is given too, and it holds at least the heap in use
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/self/status"))) {
            assertTrue(r.get("rss_peak_mb").getAsLong() >= r.get("heap_used_after_gc_mb").getAsLong(), r.toString());
        }
    }

    @Test
    void aWrongArgumentGetsTheUsageAndExitCodeTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = UiBench.main(List.of("bench", "--ui", "--events", "ten"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("bench --ui: --events takes a whole number from 100 to"),
                err.toString(StandardCharsets.UTF_8));
    }
}
