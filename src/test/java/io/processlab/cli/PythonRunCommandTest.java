package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.processlab.testing.NoChildrenLeft;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code run PROGRAM.py}: the program's output, its exit code, the trace file and the PNG. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PythonRunCommandTest {
    private static final Path PROGRAMS = Path.of("src/test/resources/python").toAbsolutePath();

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.main(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aProgramRunsWithItsTraceAndPictureAndExitsWithItsCode(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.json");
        Path png = dir.resolve("t.png");
        Outcome o = cli("run", PROGRAMS.resolve("raises.py").toString(), "--trace", trace.toString(), "--png",
                png.toString(), "--lang", "en");
        assertEquals(0, o.code(), o.err());
        assertEquals("child exit code 1\n", o.out());
        assertTrue(o.err().contains("ValueError: no luck"), o.err());
        JsonObject t = JsonParser.parseString(Files.readString(trace)).getAsJsonObject();
        assertEquals("python", t.get("runtime").getAsString());
        assertEquals("python", t.get("lesson").getAsString());
        assertTrue(t.getAsJsonObject("python").get("version").getAsString().startsWith("3."));
        assertEquals("fork", t.get("start_method").getAsString());
        assertEquals(2, t.getAsJsonArray("processes").size());
        assertTrue(Files.size(png) > 1000);
        assertEquals(3, cli("run", PROGRAMS.resolve("exit3.py").toString()).code());
    }

    @Test
    void noPythonIsAOneLineMessageInTheUsersLanguage() {
        Outcome o = cli("run", PROGRAMS.resolve("plain.py").toString(), "--python", "/nonexistent/python3", "--lang", "pt");
        assertEquals(Cli.FAILED, o.code());
        assertEquals("run: nenhum interpretador Python encontrado (/nonexistent/python3): instale o Python 3, "
                + "ou indique um com --python CAMINHO\n", o.err());
        assertTrue(cli("run", PROGRAMS.resolve("plain.py").toString(), "--bogus").err().contains("--bogus"));
    }
}
