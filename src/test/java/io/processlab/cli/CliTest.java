package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CliTest {
    private static CliCall.Said cli(String... args) {
        return CliCall.run(args);
    }

    @Test
    void unknownLessonExitsTwoWithOneLine() {
        CliCall.Said o = cli("run", "nosuch");
        assertEquals(Cli.USAGE, o.code());
        assertEquals(1, o.err().size(), o.err().toString());
        assertTrue(o.err().get(0).contains("'nosuch'") && o.err().get(0).contains("process, pipe, queue, event, pool"),
                o.err().get(0));
        assertEquals(List.of(), o.out());
    }

    @Test
    void settingOutOfRangeExitsTwoNamingTheKeyAndTheRange() {
        CliCall.Said o = cli("run", "queue", "--set", "consumers=0");
        assertEquals(Cli.USAGE, o.code());
        assertEquals(1, o.err().size(), o.err().toString());
        assertTrue(o.err().get(0).contains("consumers") && o.err().get(0).contains("1 to 64"), o.err().get(0));
    }

    /** Wrong command lines: each exits 2 with one line that says what is wrong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run                                   | name a lesson",
        "run queue --lang fr                   | en or pt",
        "run queue --set                       | needs a value",
        "run queue --frobnicate                | unknown option '--frobnicate'",
        "run queue --set nosuch=1              | unknown setting 'nosuch'",
        "run process --set lock=maybe          | true or false",
        "run queue --png                       | needs a value",
        "run queue --tempo 9                   | 0.1 (ten times slower) to 4",
    })
    void wrongCommandLinesExitTwoWithAOneLineReason(String command, String phrase) {
        CliCall.Said o = cli(command.trim().split("\\s+"));
        assertEquals(Cli.USAGE, o.code());
        assertEquals(1, o.err().size(), o.err().toString());
        assertTrue(o.err().get(0).contains(phrase), o.err().get(0));
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        CliCall.Said o = cli("help");
        assertEquals(0, o.code());
        assertTrue(o.out().get(0).startsWith("usage:"), o.out().toString());
    }

    /** The help in each language names every option of run (a lesson, a Python program) and export, and Run ×N's line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "en # run LESSON|PROGRAM.py --repeat 2..50 [--trace-dir DIR]",
        "pt # run LI\u00c7\u00c3O|PROGRAMA.py --repeat 2..50 [--trace-dir PASTA]",
    })
    void helpNamesEveryOptionOfRunAndExportInBothLanguages(String lang, String repeatLine) {
        CliCall.Said o = cli("help", "--lang", lang);
        assertEquals(0, o.code());
        String usage = String.join("\n", o.out());
        assertTrue(usage.contains(repeatLine), usage);
        for (io.processlab.cli.args.CommandLine line : List.of(RunCommand.LINE, PythonRunCommand.LINE, ExportCommand.LINE)) {
            for (String name : line.names()) {
                assertTrue(java.util.regex.Pattern.compile("(?<![\\w-])" + name + "(?![\\w-])").matcher(usage).find(),
                        name + " is not in the usage:\n" + usage);
            }
        }
    }

    @Test
    void queueRunPrintsEightResultsAndWritesATraceOfAtLeastFourProcesses(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("q.json");
        CliCall.Said o = cli("run", "queue", "--set", "consumers=3", "--set", "tasks=8", "--trace", trace.toString());
        assertEquals(0, o.code(), o.err().toString());
        List<String> results = o.out().stream().filter(l -> l.startsWith("Resultado")).collect(Collectors.toList());
        assertEquals(8, results.size(), o.out().toString());
        assertTrue(Files.size(trace) > 0);

        TraceFile.Recording rec = TraceFile.load(trace);
        assertEquals("queue", rec.lesson());
        assertEquals(3, rec.settings().get("consumers").getAsInt());
        assertEquals(8, rec.settings().get("tasks").getAsInt());
        Set<Long> pids = rec.trace().events().stream().map(TraceEvent::pid).collect(Collectors.toSet());
        assertTrue(pids.size() >= 4, "pids in the trace: " + pids);
        assertEquals(4, rec.trace().processes().size(), "the parent and three consumers");
        assertTrue(pids.contains(ProcessHandle.current().pid()), "the parent is in the trace");
    }

    @Test
    void englishRunPrintsEnglish() {
        CliCall.Said o = cli("run", "queue", "--lang", "en", "--set", "consumers=2", "--set", "tasks=2");
        assertEquals(0, o.code(), o.err().toString());
        assertEquals("Creating 2 consumers", o.out().get(0));
        assertEquals(2, o.out().stream().filter(l -> l.startsWith("Result: ")).count(), o.out().toString());
    }
}
