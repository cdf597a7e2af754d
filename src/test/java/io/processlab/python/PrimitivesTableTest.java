package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every primitive the tracer follows, on each start method, on every CPython 3.8-3.13 that the
 * machine has (pyenv) and python3: src/test/resources/python/primitives.py, its trace checked
 * event by event. The runs go four at a time, started before the checks.
 */
class PrimitivesTableTest {
    private static final List<String> METHODS = List.of("fork", "spawn", "forkserver");
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);
    private static final List<String> PRINTED = List.of("subclass has the lock", "subclass has the rlock twice",
            "got from subclass", "timed wait False", "child saw the event", "got from grandchild", "got child done",
            "reply 42", "simplex one way", "all tasks done", "map [0, 2, 4, 6, 8, 10]", "imap [0, 2, 4]",
            "unordered [0, 2, 4]", "starmap [3, 7]", "apply 11", "apply_async 14", "map_async [16, 18]", "end");

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> everyPrimitiveOnEveryStartMethodAndInterpreter() {
        Map<String, CompletableFuture<Pythons.Ran>> runs = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Path> py : Pythons.cpythons().entrySet()) {
            for (String method : METHODS) {
                runs.put(py.getKey() + " " + method, CompletableFuture.supplyAsync(() -> {
                    try {
                        return Pythons.run(py.getValue(), Pythons.program("primitives.py"), 90, method);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, POOL));
            }
        }
        return runs.entrySet().stream().map(r -> DynamicTest.dynamicTest(r.getKey(),
                () -> check(r.getValue().get(180, TimeUnit.SECONDS), r.getKey().endsWith(" fork") ? "fork"
                        : r.getKey().substring(r.getKey().lastIndexOf(' ') + 1))));
    }

    private static void check(Pythons.Ran r, String method) {
        assertEquals(0, r.run().exitCode(), "exit code; stderr: " + r.stderr());
        assertEquals(PRINTED, r.printed().stream().filter(l -> !l.equals("worker ready")).collect(Collectors.toList()));
        long ready = r.printed().stream().filter(l -> l.equals("worker ready")).count();
        assertTrue(ready >= 1 && ready <= 2, "each pool worker that started ran the initializer: " + ready);
        assertTrue(r.run().header().get("start_method").getAsString().startsWith(method), r.run().header().toString());

        Map<String, String> created = new HashMap<>();
        r.of(Kinds.CREATE).forEach(e -> created.put(e.object(), e.detail()));
        assertEquals(Map.ofEntries(Map.entry("lock", "Lock"), Map.entry("rlock", "RLock"), Map.entry("sem", "Semaphore"),
                Map.entry("bsem", "BoundedSemaphore"), Map.entry("box", "Queue"), Map.entry("ev", "Event"),
                Map.entry("q", "Queue"), Map.entry("done", "SimpleQueue"), Map.entry("tasks", "JoinableQueue"),
                Map.entry("pipe-1.a", "Connection"), Map.entry("pipe-1.b", "Connection"),
                Map.entry("pipe-2.a", "Connection"), Map.entry("pipe-2.b", "Connection")), created,
                "the program's own objects, named as it names them; none of multiprocessing's own");

        Map<String, Long> pids = new HashMap<>();
        r.trace().processes().forEach(p -> pids.put(p.name(), p.pid()));
        long sub = pids.get("subclass");
        for (String lock : List.of("lock", "rlock", "sem", "bsem")) {
            assertEquals(List.of(Kinds.ACQUIRED, Kinds.RELEASED), kinds(r, lock, Kinds.ACQUIRED, Kinds.RELEASED),
                    lock + ": with, acquire/release, and an RLock taken twice counts once");
            assertTrue(r.events().stream().filter(e -> lock.equals(e.object()) && !e.is(Kinds.CREATE))
                    .allMatch(e -> e.pid() == sub), lock + " is used by the subclass only");
        }
        assertEquals("__main__.Worker.run", target(r, "subclass"), "a Process subclass with run()");

        TraceEvent grand = r.of(Kinds.SPAWN).stream().filter(e -> e.detail().startsWith("grandchild ")).findFirst().orElseThrow();
        assertEquals((long) pids.get("eventchild"), grand.pid(), "a nested child is spawned by its own parent");
        assertEquals(List.of("timeout 0.05 s"), r.of(Kinds.EVENT_WAIT).stream().filter(e -> e.pid() == main(r))
                .map(TraceEvent::detail).collect(Collectors.toList()));
        assertTrue(r.of(Kinds.EVENT_WAKE).stream().anyMatch(e -> e.pid() == main(r) && "timeout".equals(e.detail())));
        assertTrue(r.of(Kinds.EVENT_WAKE).stream().anyMatch(e -> e.pid() == pids.get("eventchild")
                && Set.of("set", "already set").contains(e.detail())));
        assertEquals(1, r.of(Kinds.EVENT_SET).size());
        assertEquals(1, r.of(Kinds.EVENT_CLEAR).size());

        assertEquals(List.of("21", "42"), values(r, Kinds.SEND, "pipe-1.a", "pipe-1.b"));
        assertEquals(List.of("21", "42"), values(r, Kinds.RECV, "pipe-1.b", "pipe-1.a"));
        assertEquals(List.of("'one way'"), values(r, Kinds.SEND, "pipe-2.b"));
        assertEquals(List.of("'one way'"), values(r, Kinds.RECV, "pipe-2.a"));
        assertTrue(r.of(Kinds.CLOSE).stream().anyMatch(e -> "pipe-1.b".equals(e.object()) && e.pid() == pids.get("talker")));

        assertEquals(List.of("0", "1", "2", "3", "None", "None"), values(r, Kinds.PUT, "tasks"));
        assertEquals(6, values(r, Kinds.GET, "tasks").size());
        assertEquals(6, r.of(Kinds.TASK_DONE).size());
        assertEquals(1, r.of(Kinds.JOINED).size());
        assertEquals(List.of("'child done'"), values(r, Kinds.GET, "done"));
        assertEquals(List.of("'from subclass'"), values(r, Kinds.GET, "box"));
        assertEquals(List.of("'from grandchild'"), values(r, Kinds.PUT, "q"));
        assertPaired(r);

        List<TraceEvent> chunks = r.of(Kinds.GET).stream().filter(e -> "pool-tasks".equals(e.object())
                && e.detail() != null && e.detail().contains("'items'")).collect(Collectors.toList());
        Set<Long> workers = r.trace().processes().stream().filter(p -> "pool-worker".equals(p.role()))
                .map(ProcessInfo::pid).collect(Collectors.toSet());
        assertTrue(chunks.stream().allMatch(e -> workers.contains(e.pid())), "chunks are taken by the pool's workers");
        List<String> fns = chunks.stream().map(e -> e.detail().replaceAll(".*'fn': '(\\w+)'.*", "$1")).collect(Collectors.toList());
        assertEquals(3 + 3 + 3 + 2 + 1 + 1 + 2, chunks.size(),
                "map in 3 chunks, imap 3, unordered 3, starmap 2, apply 1, apply_async 1, map_async 2: " + fns);
        assertTrue(fns.containsAll(List.of("double", "add")));
        assertEquals(5, r.of(Kinds.SLEEP).size(), "the program's sleeps only");
        for (ProcessInfo p : r.trace().processes()) {
            if (!"pool-worker".equals(p.role())) {
                assertTrue(r.events().stream().anyMatch(e -> e.pid() == p.pid() && e.is(Kinds.EXIT)
                        && "code 0".equals(e.detail())), p.name() + " exited 0");
            }
        }
    }

    private static long main(Pythons.Ran r) {
        return r.trace().processes().get(0).pid();
    }

    private static String target(Pythons.Ran r, String name) {
        return r.trace().processes().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().target();
    }

    private static List<String> kinds(Pythons.Ran r, String object, String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return r.events().stream().filter(e -> object.equals(e.object()) && wanted.contains(e.kind()))
                .map(TraceEvent::kind).collect(Collectors.toList());
    }

    private static List<String> values(Pythons.Ran r, String kind, String... objects) {
        Set<String> wanted = Set.of(objects);
        return r.of(kind).stream().filter(e -> wanted.contains(e.object())).map(TraceEvent::detail).collect(Collectors.toList());
    }

    /** Every get/recv of a value is after the put/send that carried it, and shows the same value. */
    private static void assertPaired(Pythons.Ran r) {
        Map<Long, TraceEvent> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (TraceEvent e : r.events()) {
            if ((e.is(Kinds.PUT) || e.is(Kinds.SEND)) && e.msg() > 0) {
                out.put(e.msg(), e);
            } else if ((e.is(Kinds.GET) || e.is(Kinds.RECV)) && e.msg() > 0) {
                TraceEvent p = out.get(e.msg());
                if (p == null || !Objects.equals(p.detail(), e.detail()) || p.tUs() > e.tUs()) {
                    problems.add(e + " after " + p);
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
