package io.processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TraceFileTest {
    private static Trace sample() {
        AtomicLong now = new AtomicLong();
        Trace t = new Trace(() -> now.addAndGet(1500));
        t.addProcess(new ProcessInfo(100, "MainProcess", "main", null));
        t.addProcess(new ProcessInfo(101, "Consumer-1", "child", "queue.consumer"));
        t.record(100, "MainProcess", Kinds.SPAWN, null, "Consumer-1 (101): queue.consumer");
        t.record(101, "Consumer-1", Kinds.START, null, "pid 101");
        t.record(100, "MainProcess", Kinds.PUT, "tasks", "{'a': 0, 'b': 0}", null, 1);
        t.record(101, "Consumer-1", Kinds.GET, "tasks", "{'a': 0, 'b': 0}", null, 1);
        t.record(101, "Consumer-1", Kinds.PRINT, null, null, "Consumer-1: 0 * 0 — João \"aspas\" <b>&\n", 0);
        t.record(101, "Consumer-1", Kinds.EXIT, null, "code 0");
        return t;
    }

    private static JsonObject settings() {
        JsonObject s = new JsonObject();
        s.addProperty("consumers", 1);
        s.addProperty("task_seconds", 0.1);
        return s;
    }

    @Test
    void saveThenLoadGivesTheSameEventsAndProcesses(@TempDir Path dir) throws Exception {
        Trace t = sample();
        Path file = java.nio.file.Files.createDirectories(dir.resolve("sub")).resolve("run.json");
        TraceFile.save(file, "queue", settings(), t);
        TraceFile.Recording rec = TraceFile.load(file);
        assertEquals("queue", rec.lesson());
        assertEquals(settings(), rec.settings());
        assertEquals(t.processes(), rec.trace().processes());
        assertEquals(t.events(), rec.trace().events());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void theFileHasTheContractsFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        TraceFile.save(file, "queue", settings(), sample());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"format\":\"processlab-trace\",\"version\":2,\"lesson\":\"queue\""), text);
        for (String field : List.of("\"settings\":", "\"processes\":", "\"events\":", "\"t_us\":", "\"pid\":",
                "\"name\":", "\"kind\":\"print\"", "\"text\":", "\"object\":\"tasks\"", "\"detail\":")) {
            assertTrue(text.contains(field), field);
        }
    }

    @Test
    void aFileOfAnOlderShapeWithoutProcessesStillOpens() throws Exception {
        String old = "{\"format\":\"processlab-trace\",\"version\":1,\"lesson\":\"event\","
                + "\"events\":[{\"t_us\":0,\"pid\":1,\"name\":\"MainProcess\",\"kind\":\"spawn\"}]}";
        TraceFile.Recording rec = TraceFile.read(new StringReader(old));
        assertEquals(1, rec.trace().size());
        assertEquals(List.of(), rec.trace().processes());
        assertEquals(new JsonObject(), rec.settings());
    }

    private static String valid() throws Exception {
        StringWriter w = new StringWriter();
        TraceFile.write(w, "queue", settings(), sample());
        return w.toString();
    }

    static Stream<Arguments> brokenFiles() throws Exception {
        String valid = valid();
        return Stream.of(
                Arguments.of("empty", "", TraceFormatException.Problem.EMPTY),
                Arguments.of("only blanks", "  \n ", TraceFormatException.Problem.EMPTY),
                Arguments.of("not JSON", "this is not a trace", TraceFormatException.Problem.NOT_JSON),
                Arguments.of("lenient JSON", "{'format':'processlab-trace'}", TraceFormatException.Problem.NOT_JSON),
                Arguments.of("a JSON list", "[1, 2]", TraceFormatException.Problem.NOT_A_TRACE),
                Arguments.of("wrong format name", valid.replace("processlab-trace", "chrome-trace"),
                        TraceFormatException.Problem.NOT_A_TRACE),
                Arguments.of("no format", "{\"version\":1,\"events\":[]}", TraceFormatException.Problem.NOT_A_TRACE),
                Arguments.of("missing events", "{\"format\":\"processlab-trace\",\"version\":1,\"processes\":[]}",
                        TraceFormatException.Problem.MISSING_FIELD),
                Arguments.of("missing version", "{\"format\":\"processlab-trace\",\"events\":[]}",
                        TraceFormatException.Problem.MISSING_FIELD),
                Arguments.of("version 99", valid.replace("\"version\":2", "\"version\":99"),
                        TraceFormatException.Problem.NEWER_VERSION),
                Arguments.of("truncated", valid.substring(0, valid.length() / 2), TraceFormatException.Problem.NOT_JSON),
                Arguments.of("text after the document", valid + " x", TraceFormatException.Problem.NOT_JSON),
                Arguments.of("event without kind", "{\"format\":\"processlab-trace\",\"version\":1,"
                        + "\"events\":[{\"t_us\":0,\"pid\":1}]}", TraceFormatException.Problem.BAD_EVENT),
                Arguments.of("events out of order", "{\"format\":\"processlab-trace\",\"version\":1,\"events\":["
                        + "{\"t_us\":5,\"pid\":1,\"kind\":\"a\"},{\"t_us\":4,\"pid\":1,\"kind\":\"b\"}]}",
                        TraceFormatException.Problem.BAD_EVENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesAreRefusedWithTheirProblem(String what, String content, TraceFormatException.Problem problem,
                                               @TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(file));
        assertEquals(problem, e.problem(), what + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aMissingFileIsUnreadable(@TempDir Path dir) {
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(dir.resolve("none.json")));
        assertEquals(TraceFormatException.Problem.UNREADABLE, e.problem());
    }
}
