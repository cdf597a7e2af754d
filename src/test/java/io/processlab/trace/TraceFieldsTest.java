package io.processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed fields of format version 2, and the same fields derived from real version-1 files. */
class TraceFieldsTest {
    static Stream<TraceEvent> oneOfEach() {
        return Stream.of(
                new TraceEvent(1, 10, "MainProcess", Kinds.SPAWN, null, "W-1 (11): a.b", null, 0, new Fields.Child(11, "W-1", "a.b")),
                new TraceEvent(2, 11, "W-1", Kinds.START, null, "pid 11", null, 0, new Fields.Child(11, "W-1", "a.b")),
                new TraceEvent(3, 11, "W-1", Kinds.EXIT, null, "code 137: ...", null, 0, new Fields.Exit(137, 9, Fields.Exit.KILLED)),
                new TraceEvent(3, 11, "W-1", Kinds.EXIT, null, "code -1: ...", null, 0, new Fields.Exit(-1, null, Fields.Exit.UNKNOWN)),
                new TraceEvent(4, 11, "W-1", Kinds.ACQUIRE_WAIT, "lock", "held by X (12), timeout 0.5 s", null, 0,
                        new Fields.Wait(0.5, 12L)),
                new TraceEvent(4, 11, "W-1", Kinds.GET_WAIT, "q", null, null, 0, new Fields.Wait(null, null)),
                new TraceEvent(5, 11, "W-1", Kinds.EVENT_WAKE, "e", "timeout", null, 0, new Fields.Outcome(Fields.Outcome.TIMEOUT)),
                new TraceEvent(6, 11, "W-1", Kinds.TASK_DONE, "q", "unfinished 3", null, 0, new Fields.Unfinished(3)),
                new TraceEvent(7, 11, "W-1", Kinds.CREATE, "q", "Queue", null, 0, new Fields.Create("Queue")),
                new TraceEvent(8, 11, "W-1", Kinds.SLEEP, null, "0.25 s", null, 0, new Fields.Sleep(0.25)),
                new TraceEvent(9, 11, "W-1", Kinds.HELD, "q", "get #4", null, 0, new Fields.Op("get", 4)),
                new TraceEvent(10, 11, "W-1", Kinds.GET, "pool-tasks", "{...}", null, 7,
                        new Fields.PoolWork(1, 2, 3, 11L, false, List.of("1", "'two'", "[3]"))),
                new TraceEvent(10, 11, "W-1", Kinds.PUT, "pool-tasks", "{...}", null, 8,
                        new Fields.PoolWork(1, 2, 3, null, false, List.of("1"))),
                new TraceEvent(11, 11, "W-1", Kinds.DEADLOCK, null, "W-1 (11) -> W-2 (12) -> W-1", null, 0,
                        new Fields.Deadlock(List.of(new Fields.Deadlock.Link(11, "W-1", "lock-a", 12),
                                new Fields.Deadlock.Link(12, null, null, 11)))),
                new TraceEvent(12, 10, "MainProcess", Kinds.METRIC, "speedup.2", "1.9", null, 0,
                        new Fields.Metric("speedup.2", 1.9, "x")),
                new TraceEvent(13, 10, "MainProcess", Kinds.RESTART, null, "W-3 replaces ...", null, 0,
                        new Fields.Restart(13, 11)),
                new TraceEvent(14, 10, "MainProcess", Kinds.PRINT, null, null, "hello", 0, Fields.NONE));
    }

    private static TraceFile.Recording roundTrip(List<TraceEvent> events) throws Exception {
        Trace t = Trace.of(List.of(new ProcessInfo(10, "MainProcess", "main", null)), events);
        StringWriter w = new StringWriter();
        TraceFile.write(w, "queue", new JsonObject(), t);
        return TraceFile.read(new StringReader(w.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEach")
    void everyKindOfFieldsIsWrittenAndReadBackTheSame(TraceEvent e) throws Exception {
        TraceEvent back = roundTrip(List.of(e)).trace().get(0);
        if (e.fields() instanceof Fields.Wait w && w.timeoutS() == null && w.heldBy() == null) {
            assertEquals(e.with(Fields.NONE), back, "an empty wait writes no field");
        } else {
            assertEquals(e, back);
        }
    }

    @Test
    void theFieldsAreJsonMembersOfTheEventAsTheFormatSays() throws Exception {
        StringWriter w = new StringWriter();
        Trace t = Trace.of(List.of(), oneOfEach().toList());
        TraceFile.write(w, "queue", new JsonObject(), t);
        String s = w.toString();
        for (String member : List.of("\"child_pid\":11,\"child_name\":\"W-1\",\"target\":\"a.b\"",
                "\"code\":137,\"signal\":9,\"reason\":\"killed\"", "\"timeout_s\":0.5,\"held_by\":12",
                "\"reason\":\"timeout\"", "\"unfinished\":3", "\"type\":\"Queue\"", "\"seconds\":0.25",
                "\"op\":\"get\",\"seq\":4", "\"job\":1,\"chunk\":2,\"items\":3,\"worker\":11,\"results\":false,"
                        + "\"values\":[\"1\",\"'two'\",\"[3]\"]",
                "\"cycle\":[{\"pid\":11,\"name\":\"W-1\",\"waits_for\":\"lock-a\",\"held_by\":12},{\"pid\":12,\"held_by\":11}]",
                "\"metric\":{\"name\":\"speedup.2\",\"value\":1.9,\"unit\":\"x\"}", "\"worker\":13,\"replaces\":11")) {
            assertTrue(s.contains(member), member + " in " + s);
        }
    }

    @Test
    void aVersion2EventWithoutItsKindsFieldsOpensWithNone() throws Exception {
        String doc = "{\"format\":\"processlab-trace\",\"version\":2,\"events\":["
                + "{\"t_us\":1,\"pid\":3,\"name\":\"MainProcess\",\"kind\":\"exit\",\"detail\":\"code 4\"}]}";
        TraceEvent e = TraceFile.read(new StringReader(doc)).trace().get(0);
        assertEquals(Fields.NONE, e.fields(), "a version-2 reader never reads a detail's words");
    }

    @Test
    void aVersion1FileGetsItsFieldsFromItsTextsEvenWhenItsVersionComesLast() throws Exception {
        String doc = "{\"format\":\"processlab-trace\",\"events\":["
                + "{\"t_us\":1,\"pid\":3,\"name\":\"MainProcess\",\"kind\":\"spawn\",\"detail\":\"W-1 (4): x.y\"},"
                + "{\"t_us\":2,\"pid\":4,\"name\":\"W-1\",\"kind\":\"exit\",\"detail\":\"code 137: exit code 137 (killed by signal 9, SIGKILL)\"}"
                + "],\"version\":1}";
        List<TraceEvent> ev = TraceFile.read(new StringReader(doc)).trace().events();
        assertEquals(new Fields.Child(4, "W-1", "x.y"), ev.get(0).fields());
        assertEquals(new Fields.Exit(137, 9, Fields.Exit.KILLED), ev.get(1).fields());
    }

    // ---- real version-1 files, written by ProcessLab before format version 2 (commit 1673afd) ----

    static final List<String> V1 = List.of("process", "pipe", "queue", "event", "pool", "deadlock", "isolation",
            "sending", "threads", "cores", "spawn", "queue-killed", "queue-stopped");

    static TraceFile.Recording v1(String name) throws Exception {
        try (Reader r = new InputStreamReader(TraceFieldsTest.class.getResourceAsStream("/traces/v1/" + name + ".json"),
                StandardCharsets.UTF_8)) {
            return TraceFile.read(r);
        }
    }

    static Stream<String> v1Files() {
        return V1.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v1Files")
    void aRealVersion1FileOpensAndEverySpawnAndExitHasItsFields(String name) throws Exception {
        Trace t = v1(name).trace();
        Map<Long, ProcessInfo> procs = t.processes().stream().collect(Collectors.toMap(ProcessInfo::pid, p -> p));
        assertFalse(t.ofKind(Kinds.SPAWN).isEmpty(), "the file spawns children");
        for (TraceEvent s : t.ofKind(Kinds.SPAWN)) {
            Fields.Child c = s.fields(Fields.Child.class);
            assertNotNull(c, s.toString());
            ProcessInfo p = procs.get(c.childPid());
            assertNotNull(p, "the spawned PID is a process of the file: " + s);
            assertEquals(p.name(), c.childName());
            assertEquals(p.target(), c.target());
        }
        for (TraceEvent s : t.ofKind(Kinds.START)) {
            assertEquals(s.pid(), s.fields(Fields.Child.class).childPid(), s.toString());
        }
        for (TraceEvent x : t.ofKind(Kinds.EXIT)) {
            Fields.Exit f = x.fields(Fields.Exit.class);
            assertNotNull(f, x.toString());
            assertTrue(x.detail().startsWith("code " + f.code()), x.toString());
        }
    }

    @Test
    void version1ExitsSayKilledAndStoppedAsTheirWordsDid() throws Exception {
        List<Fields.Exit> exits = v1("queue-killed").trace().ofKind(Kinds.EXIT).stream()
                .map(e -> e.fields(Fields.Exit.class)).toList();
        assertTrue(exits.contains(new Fields.Exit(137, 9, Fields.Exit.KILLED)), exits.toString());
        assertEquals(2, exits.stream().filter(x -> x.equals(new Fields.Exit(143, 15, Fields.Exit.STOPPED))).count(),
                exits.toString());
        assertTrue(v1("queue").trace().ofKind(Kinds.EXIT).stream()
                .allMatch(e -> e.fields().equals(new Fields.Exit(0, null, Fields.Exit.EXITED))));
    }

    @Test
    void version1PoolTrafficHasItsChunksAndWorkers() throws Exception {
        Trace t = v1("pool").trace();
        List<Fields.PoolWork> work = t.events().stream().map(e -> e.fields(Fields.PoolWork.class))
                .filter(w -> w != null).toList();
        assertFalse(work.isEmpty());
        long chunks = work.stream().filter(w -> !w.results()).map(Fields.PoolWork::chunk).distinct().count();
        long results = work.stream().filter(Fields.PoolWork::results).map(Fields.PoolWork::chunk).distinct().count();
        assertEquals(chunks, results, "every chunk has its results");
        for (TraceEvent e : t.events()) {
            Fields.PoolWork w = e.fields(Fields.PoolWork.class);
            if (w != null && (e.is(Kinds.GET) || w.results())) {
                assertNotNull(w.worker(), "the worker of a taken chunk or of results is known: " + e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"threads", "cores"})
    void version1MetricsHaveTheirNameAndValue(String name) throws Exception {
        List<TraceEvent> m = v1(name).trace().ofKind(Kinds.METRIC);
        assertFalse(m.isEmpty());
        for (TraceEvent e : m) {
            Fields.Metric f = e.fields(Fields.Metric.class);
            assertEquals(e.object(), f.name());
            assertEquals(Double.parseDouble(e.detail()), f.value());
        }
    }

    /** A version-1 cores file's rounds are read back from the words it wrote ("1 processo(s): 114155 primos ..."). */
    @Test
    void version1CoresRoundsAreReadFromTheirWords() throws Exception {
        List<Fields.Said> rounds = v1("cores").trace().ofKind(Kinds.PRINT).stream()
                .map(e -> e.fields(Fields.Said.class))
                .filter(f -> f != null && "cores.round".equals(f.key())).toList();
        assertEquals(2, rounds.size(), "both rounds of the file");
        assertEquals(List.of("1", "114155", "0.60", "1.00", "[1]"), rounds.get(0).args());
    }

    @Test
    void version1DeadlockHasItsCycle() throws Exception {
        List<TraceEvent> d = v1("deadlock").trace().ofKind(Kinds.DEADLOCK);
        assertEquals(1, d.size());
        List<Fields.Deadlock.Link> cycle = d.get(0).fields(Fields.Deadlock.class).cycle();
        assertEquals(2, cycle.size());
        assertEquals(cycle.get(0).heldBy(), cycle.get(1).pid());
        assertEquals(cycle.get(1).heldBy(), cycle.get(0).pid());
    }

    @Test
    void version1JoinableQueueCountsAndWaitTimeoutsAreRead() throws Exception {
        Trace t = v1("queue").trace();
        assertTrue(t.ofKind(Kinds.TASK_DONE).stream().allMatch(e -> e.fields(Fields.Unfinished.class) != null));
        assertTrue(t.ofKind(Kinds.CREATE).stream().allMatch(e -> e.fields(Fields.Create.class).type().equals(e.detail())));
        Trace ev = v1("event").trace();
        assertTrue(ev.ofKind(Kinds.EVENT_WAKE).stream().allMatch(e -> e.fields(Fields.Outcome.class) != null));
    }
}
