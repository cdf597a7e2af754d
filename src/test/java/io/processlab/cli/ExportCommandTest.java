package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.processlab.trace.TraceFile;
import io.processlab.view.timeline.SyntheticTrace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return Cli.main(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path savedTrace() throws Exception {
        Path trace = dir.resolve("run.json");
        JsonObject settings = new JsonObject();
        settings.addProperty("workers", 4);
        TraceFile.save(trace, "pool", settings, SyntheticTrace.trace(4, 2_000, 9));
        return trace;
    }

    @Test
    void exportWritesThePngAtTheScaleAskedAndTheChromeTrace() throws Exception {
        Path trace = savedTrace();
        Path png1 = dir.resolve("one.png");
        Path png2 = dir.resolve("two.png");
        Path chrome = dir.resolve("chrome.json");
        assertEquals(0, cli("export", trace.toString(), "--png", png1.toString()), errText());
        assertEquals(0, cli("export", trace.toString(), "--png", png2.toString(), "--scale", "2",
                "--chrome", chrome.toString()), errText());
        BufferedImage one = ImageIO.read(png1.toFile());
        BufferedImage two = ImageIO.read(png2.toFile());
        assertEquals(one.getWidth() * 2, two.getWidth(), 2);
        assertEquals(one.getHeight() * 2, two.getHeight(), 2);
        JsonObject doc = JsonParser.parseString(Files.readString(chrome)).getAsJsonObject();
        assertEquals("pool", doc.getAsJsonObject("otherData").get("lesson").getAsString());
        assertTrue(doc.getAsJsonArray("traceEvents").size() > 2_000);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + png2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        not JSON        | {"format":"processlab-trace",                        | is not valid JSON
        another format  | {"format":"something-else","events":[]}              | not a ProcessLab trace
        a newer version | {"format":"processlab-trace","version":99,"events":[]} | newer than this ProcessLab reads
        no events       | {"format":"processlab-trace","version":1}            | is missing: "events"
        """)
    void aBrokenTraceFileIsRefusedWithItsReason(String why, String content, String reason) throws Exception {
        Path trace = dir.resolve("bad.json");
        Files.writeString(trace, content);
        Path png = dir.resolve("x.png");
        assertEquals(Cli.FAILED, cli("export", trace.toString(), "--png", png.toString()));
        assertTrue(errText().startsWith("export: cannot open " + trace + ": "), errText());
        assertTrue(errText().contains(reason), errText());
        assertEquals(1, errText().strip().lines().count(), "one line, no stack trace");
        assertFalse(Files.exists(png));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        nothing to write   | export TRACE                   | say what to write
        no trace named     | export --png x.png             | name a trace file
        a wrong scale      | export TRACE --png x.png --scale 4 | --scale takes 1, 2 or 3, not '4'
        an unknown option  | export TRACE --pdf x.pdf       | unknown option '--pdf'
        a wrong --at       | export TRACE --panel x.png --at -1 | --at takes a number from 0
        --at without panel | export TRACE --png x.png --at 0.3 | add --panel FILE
        a wrong --size     | export TRACE --gif x.gif --size 99x9 | --size takes WIDTHxHEIGHT
        a wrong --speed    | export TRACE --gif x.gif --speed 0 | --speed takes a number from 0.1 to 16
        a wrong --fps      | export TRACE --gif x.gif --fps 61 | --fps takes a whole number from 1 to 30
        a wrong --only     | export TRACE --gif x.gif --only code | --only takes one of
        gif options alone  | export TRACE --png x.png --fps 5 | --fps is an option of --gif
        a missing value    | export TRACE --png             | --png needs a value
        run with bad scale | run queue --png x.png --scale 0 | --scale takes 1, 2 or 3, not '0'
        """)
    void aWrongCommandLineSaysWhatIsWrong(String why, String line, String reason) throws Exception {
        String[] args = line.replace("TRACE", savedTrace().toString()).split(" ");
        assertEquals(Cli.USAGE, cli(args));
        assertTrue(errText().contains(reason), errText());
    }

    @Test
    void aMissingTraceFileIsNamed() {
        Path none = dir.resolve("none.json");
        assertEquals(Cli.FAILED, cli("export", none.toString(), "--png", dir.resolve("x.png").toString()));
        assertEquals("export: no such file: " + none, errText().strip());
    }
}
