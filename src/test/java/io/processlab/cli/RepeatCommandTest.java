package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.TraceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code run LESSON --repeat N}: real runs, a line each, the counts, the traces, the exit code. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RepeatCommandTest {
    private static CliCall.Said cli(String... args) {
        return CliCall.run(args);
    }

    @Test
    void threeRealRunsPrintALineEachThenCountsThatAddUpAndSaveThreeTraces(@TempDir Path dir) throws Exception {
        CliCall.Said s = cli("run", "process", "--repeat", "3", "--lang", "en", "--trace-dir", dir.toString());
        assertEquals(0, s.code(), s.err().toString());
        for (int i = 1; i <= 3; i++) {
            assertTrue(s.out().get(i - 1).startsWith("run " + i + "/3: Process-1 \u2192 "), s.out().get(i - 1));
        }
        assertEquals("3 runs", s.out().get(3).substring(0, 6), s.out().get(3));
        int counted = 0;
        for (String line : s.out().subList(4, s.out().size())) {
            if (line.startsWith("  ") && line.contains(" \u00d7 Process-1")) {
                counted += Integer.parseInt(line.trim().substring(0, line.trim().indexOf(' ')));
            }
        }
        assertEquals(3, counted, s.out().toString());
        assertTrue(s.out().stream().anyMatch(l -> l.startsWith("a child's start after its spawn (18 children)")),
                s.out().toString());
        for (int i = 1; i <= 3; i++) {
            TraceFile.Recording rec = TraceFile.load(dir.resolve("process-0" + i + ".processlab"));
            assertEquals("process", rec.lesson());
            assertTrue(rec.trace().size() > 0);
        }
        assertEquals(3, Files.list(dir).count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|1|run: --repeat takes a whole number from 2 to 50, not '1'",
        "pt|51|run: --repeat aceita um número inteiro de 2 a 50, não '51'",
        "en|x|run: --repeat takes a whole number from 2 to 50, not 'x'"})
    void aWrongNumberOfRunsIsRefusedInOneLineInTheUsersLanguage(String lang, String n, String said) {
        CliCall.Said s = cli("run", "process", "--repeat", n, "--lang", lang);
        assertEquals(Cli.USAGE, s.code());
        assertEquals(List.of(said), s.err());
        assertEquals(List.of(), s.out());
    }

    @Test
    void aTraceDirWithoutRepeatAndATraceWithRepeatAreRefused() {
        CliCall.Said one = cli("run", "process", "--trace-dir", "/tmp/x", "--lang", "en");
        assertEquals(Cli.USAGE, one.code());
        assertEquals(1, one.err().size());
        assertTrue(one.err().get(0).contains("--trace-dir needs --repeat"), one.err().toString());
        CliCall.Said many = cli("run", "process", "--repeat", "2", "--trace", "/tmp/x.json", "--lang", "pt");
        assertEquals(Cli.USAGE, many.code());
        assertTrue(many.err().get(0).contains("use --trace-dir PASTA"), many.err().toString());
    }

    @Test
    void aPythonProgramRunsManyTimesAndItsExitCodeFailsTheSeries() {
        CliCall.Said s = cli("run", Path.of("src/test/resources/python/exit3.py").toAbsolutePath().toString(),
                "--repeat", "2", "--lang", "en");
        assertEquals(Cli.FAILED, s.code());
        assertEquals("run 1/2 failed: exit3.py ended with exit code 3", s.out().get(0));
        assertEquals(List.of("run exit3.py --repeat 2: 2 of 2 runs failed; the first, run 1: exit3.py ended with exit code 3"),
                s.err());
    }
}
