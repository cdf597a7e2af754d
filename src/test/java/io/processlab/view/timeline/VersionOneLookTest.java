package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.TraceFile;
import io.processlab.view.export.ExportTitle;
import io.processlab.view.export.PngExport;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real version-1 files (written by ProcessLab before format version 2, commit 1673afd) look as
 * they did then: their timeline lanes, end words, arrows, the panels' fold replayed at five
 * moments and the Chrome export are those {@link TraceLook}, compiled against the code of that
 * time, wrote beside them ({@code NAME.look.txt}); and they still export to a PNG.
 */
class VersionOneLookTest {
    private static String resource(String name) throws Exception {
        try (InputStream in = VersionOneLookTest.class.getResourceAsStream("/traces/v1/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TraceFile.Recording open(String name) throws Exception {
        try (Reader r = new InputStreamReader(VersionOneLookTest.class.getResourceAsStream("/traces/v1/" + name + ".json"),
                StandardCharsets.UTF_8)) {
            return TraceFile.read(r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"process", "pipe", "queue", "event", "pool", "deadlock", "isolation", "sending", "threads",
            "cores", "spawn", "queue-killed", "queue-stopped"})
    void aVersion1FileOpensReplaysAndExportsAsItDidBefore(String name) throws Exception {
        TraceFile.Recording rec = open(name);
        assertEquals(resource(name + ".look.txt"), TraceLook.of(rec));
        ProcessStates s = ProcessStates.ofRun(rec.trace());
        BufferedImage png = PngExport.render(s, ExportTitle.options(s, 1, rec.lesson(), rec.settings(),
                LocalDateTime.of(2026, 1, 2, 3, 4), Locale.ENGLISH));
        assertTrue(png.getWidth() >= 1000 && png.getHeight() > 100, png.getWidth() + "x" + png.getHeight());
    }
}
