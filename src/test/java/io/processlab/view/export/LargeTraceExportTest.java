package io.processlab.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.processlab.trace.Trace;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.SyntheticTrace;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 64-process, 100,000-event run renders and exports; the times are printed, never asserted. */
class LargeTraceExportTest {
    @TempDir
    Path dir;

    @Test
    void aRunOf64ProcessesAndAHundredThousandEventsExportsAsPngAndChromeTrace() throws Exception {
        Trace trace = SyntheticTrace.trace(63, 100_000, 42);
        assertEquals(100_000, trace.size());
        Path png = dir.resolve("big.png");
        long t0 = System.nanoTime();
        BufferedImage img = PngExport.write(trace, png, new PngExport.Options(1, "ProcessLab \u00b7 synthetic",
                "64 processes, 100000 events", Locale.ENGLISH));
        long pngMs = (System.nanoTime() - t0) / 1_000_000;
        Path json = dir.resolve("big.json");
        long t1 = System.nanoTime();
        ChromeTraceExport.save(json, trace, "synthetic", new JsonObject());
        long chromeMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf("[export] 64 processes, 100000 events: PNG %dx%d (%d KiB) in %d ms; Chrome trace "
                + "(%d KiB) in %d ms%n", img.getWidth(), img.getHeight(), Files.size(png) / 1024, pngMs,
                Files.size(json) / 1024, chromeMs);

        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(img.getWidth(), read.getWidth());
        int lanes = ProcessStates.of(trace).lanes().size();
        assertEquals(64, lanes);
        assertTrue(read.getHeight() > 64 * 20, "every lane is in the picture");
        try (Reader r = Files.newBufferedReader(json)) {
            JsonArray events = JsonParser.parseReader(r).getAsJsonObject().getAsJsonArray("traceEvents");
            ChromeTraceExportTest.assertBeginEndMatched(events);
            ChromeTraceExportTest.assertFlowsPaired(events);
            ChromeTraceExportTest.assertAsyncPaired(events);
        }
    }
}
