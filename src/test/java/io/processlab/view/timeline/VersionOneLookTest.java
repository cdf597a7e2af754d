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
 *
 * <p>One difference is meant, and made explicit here: the panels and the timeline now ask one
 * reducer of process state ({@code view.ProcessLife}), so in the panels' fold the parent ends
 * with the run's {@code end} event, as its timeline lane always did (it stayed "running" in the
 * fold before). {@link #withTheParentEndedAtTheEnd} writes that into the expected text.
 *
 * <p>A second one is written into the look files of the event and the deadlock (2026-12-04): a
 * wait that its timeout ended says so (its label "gave-up acquire B", exported as "acquire B ·
 * gave up"); nothing else of those files changed.
 *
 * <p>A third (2026-12-07): a normal end is said in the same words in any room, "exit 0" and, for the
 * parent, "end" (a 1280x720 window said "exit 0" where a 1920x1080 one said "exited normally (code
 * 0)"); {@link #withOneWordingForANormalEnd} writes that into the expected text.
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

    /** The last replay's line of the parent (the first process line there) says it ended with the run. */
    static String withTheParentEndedAtTheEnd(String look) {
        int last = look.lastIndexOf("== replay at ");
        int line = look.indexOf("\nproc ", last) + 1;
        int end = look.indexOf('\n', line);
        String parent = look.substring(line, end);
        String ended = parent.replaceFirst(" target=null [A-Z]+ [A-Z]+ on=\\S+ ", " target=null EXITED DONE on=null ");
        return look.substring(0, line) + ended + look.substring(end);
    }

    /** The long words of a normal end, in both languages, as their short ones. */
    static String withOneWordingForANormalEnd(String look) {
        return look.replace("ends: end of run | end | fim da execu\u00e7\u00e3o | fim", "ends: end | end | fim | fim")
                .replace("ends: exited normally (code 0) | exit 0 | terminou normalmente (c\u00f3digo 0) | sa\u00edda 0",
                        "ends: exit 0 | exit 0 | sa\u00edda 0 | sa\u00edda 0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"process", "pipe", "queue", "event", "pool", "deadlock", "isolation", "sending", "threads",
            "cores", "spawn", "queue-killed", "queue-stopped"})
    void aVersion1FileOpensReplaysAndExportsAsItDidBefore(String name) throws Exception {
        TraceFile.Recording rec = open(name);
        assertEquals(withOneWordingForANormalEnd(withTheParentEndedAtTheEnd(resource(name + ".look.txt"))),
                TraceLook.of(rec));
        ProcessStates s = ProcessStates.ofRun(rec.trace());
        BufferedImage png = PngExport.render(s, ExportTitle.options(s, 1, rec.lesson(), rec.settings(),
                LocalDateTime.of(2026, 1, 2, 3, 4), Locale.ENGLISH));
        assertTrue(png.getWidth() >= 1000 && png.getHeight() > 100, png.getWidth() + "x" + png.getHeight());
    }
}
