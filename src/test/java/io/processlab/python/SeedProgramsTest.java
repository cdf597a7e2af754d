package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed notebook's five programs, written by ../shared/bench/seed_programs.py at test time
 * and run unchanged on python3, traced: what they print is what the notebook shows (up to PIDs,
 * worker numbers and the order of concurrent lines), and the trace has a lane per process and
 * the events of their objects.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeedProgramsTest {
    @TempDir
    static Path dir;
    private static final Map<String, CompletableFuture<Pythons.Ran>> RUNS = new HashMap<>();

    @BeforeAll
    static void runAll() throws Exception {
        Pythons.seedPrograms(dir);
        for (String name : List.of("process", "pipe", "queue", "event", "pool")) {
            Path program = dir.resolve("seed_" + name + ".py");
            RUNS.put(name, CompletableFuture.supplyAsync(() -> {
                try {
                    return Pythons.run(Pythons.python3(), program, 60);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    private static Pythons.Ran ran(String name) throws Exception {
        Pythons.Ran r = RUNS.get(name).get(90, TimeUnit.SECONDS);
        assertEquals(0, r.run().exitCode(), name + " exit code; stderr: " + r.stderr());
        return r;
    }

    /** The notebook's output lines, with what varies from run to run (PIDs, worker numbers) masked. */
    private static List<String> notebook(String name) throws Exception {
        return Files.readAllLines(dir.resolve("seed_" + name + ".out")).stream()
                .filter(l -> !l.isBlank()).map(SeedProgramsTest::mask).sorted().collect(Collectors.toList());
    }

    private static String mask(String line) {
        return line.replaceAll("pid=\\d+", "pid=N").replaceAll("(Consumer|PoolWorker)-\\d+", "$1-N")
                .replaceAll("\\{'(ss|mm|pp|aa)', '(ss|mm|pp|aa)', '(ss|mm|pp|aa)', '(ss|mm|pp|aa)'\\}", "{set}")
                .replaceAll("\\{'(spam|name)': .*\\}", "{dict}");
    }

    private static List<String> masked(List<String> lines) {
        return lines.stream().map(SeedProgramsTest::mask).sorted().collect(Collectors.toList());
    }

    /** A repr with a set's members in a fixed order; any other value as it is. */
    private static String members(String repr) {
        if (repr == null || !repr.startsWith("{'") || repr.contains(":")) {
            return repr;
        }
        return new java.util.TreeSet<>(List.of(repr.substring(1, repr.length() - 1).split(", "))).toString();
    }

    private static Set<Long> lanes(Pythons.Ran r) {
        return r.events().stream().map(TraceEvent::pid).collect(Collectors.toSet());
    }

    @Test
    void processPrintsEachLabelWithItsOwnPidUnderTheLock() throws Exception {
        Pythons.Ran r = ran("process");
        assertEquals(notebook("process"), masked(r.printed()));
        assertTrue(r.printed().get(0).startsWith("Chamada da função: nome=__main__, pid=" + r.run().trace().processes().get(0).pid()));
        assertTrue(r.printed().get(1).startsWith("filho criado"), "the first child is joined before the others start");
        Set<String> pids = r.printed().stream().filter(l -> l.contains("pid=")).map(l -> l.replaceAll(".*pid=", ""))
                .collect(Collectors.toSet());
        assertEquals(7, pids.size(), "seven processes, each its own PID");
        assertEquals(7, lanes(r).size());
        assertEquals(7, r.trace().processes().size());
        assertEquals(8, r.of(Kinds.ACQUIRED).size());
        assertEquals(8, r.of(Kinds.RELEASED).size());
        assertTrue(r.of(Kinds.ACQUIRED).stream().allMatch(e -> "lock".equals(e.object())), "the program names it lock");
        assertLockHeldByOneAtATime(r.events());
    }

    private static void assertLockHeldByOneAtATime(List<TraceEvent> events) {
        Long holder = null;
        for (TraceEvent e : events) {
            if (e.is(Kinds.ACQUIRED)) {
                assertEquals(null, holder, "acquired while held: " + e);
                holder = e.pid();
            } else if (e.is(Kinds.RELEASED)) {
                assertEquals(holder, Long.valueOf(e.pid()), "released by another: " + e);
                holder = null;
            }
        }
    }

    @Test
    void pipeCarriesTheListTheDictAndTheDoubledLetters() throws Exception {
        Pythons.Ran r = ran("pipe");
        assertEquals(notebook("pipe"), masked(r.printed()));
        assertTrue(r.printed().contains("Pai recebeu: ['spam', 42, 'ovos']"));
        assertTrue(r.printed().contains("Pai recebeu: {'name': 'João', 'spam': 42}"));
        String reply = r.printed().stream().filter(l -> l.startsWith("Comunicador")).findFirst().orElseThrow();
        assertEquals(Set.of("'ss'", "'pp'", "'aa'", "'mm'"),
                Set.of(reply.replaceAll(".*\\{|\\}", "").split(", ")));
        assertEquals("Saiu de pai", r.printed().get(r.printed().size() - 1));
        assertEquals(3, lanes(r).size());
        assertEquals(3, r.of(Kinds.SEND).size());
        assertEquals(3, r.of(Kinds.RECV).size());
        assertMessagesPaired(r.events(), Kinds.SEND, Kinds.RECV);
        for (TraceEvent s : r.of(Kinds.SEND)) {
            TraceEvent got = r.of(Kinds.RECV).stream().filter(x -> x.msg() == s.msg()).findFirst().orElseThrow();
            // a set unpickled on the other side may list its members in another order (as Python's own repr does)
            assertEquals(members(s.detail()), members(got.detail()), "a recv shows the value its send sent");
            assertTrue(got.tUs() >= s.tUs(), "a receive is never before its send");
            assertFalse(s.object().equals(got.object()), "sent on one end, received on the other");
        }
    }

    private static void assertMessagesPaired(List<TraceEvent> events, String out, String in) {
        Map<Long, TraceEvent> sent = new HashMap<>();
        for (TraceEvent e : events) {
            if (e.is(out)) {
                assertTrue(e.msg() > 0, "numbered: " + e);
                sent.put(e.msg(), e);
            } else if (e.is(in) && e.msg() > 0) {
                assertTrue(sent.containsKey(e.msg()), "a " + in + " after its " + out + ": " + e);
            }
        }
    }

    @Test
    void queueConsumersTakeEachTaskThenThePoisonPillAndTheResultsAreSquares() throws Exception {
        Pythons.Ran r = ran("queue");
        assertEquals(notebook("queue"), masked(r.printed()));
        assertEquals("Criando 5 consumidores", r.printed().get(0));
        assertEquals(6, lanes(r).size());
        List<TraceEvent> tasks = r.of(Kinds.PUT).stream().filter(e -> "tasks".equals(e.object())).collect(Collectors.toList());
        assertEquals(List.of("0 * 0", "1 * 1", "2 * 2", "3 * 3", "4 * 4", "None", "None", "None", "None", "None"),
                tasks.stream().map(TraceEvent::detail).collect(Collectors.toList()), "cards read as print shows a Task");
        assertEquals(10, r.of(Kinds.GET).stream().filter(e -> "tasks".equals(e.object())).count());
        assertEquals(5, r.of(Kinds.GET).stream().filter(e -> "results".equals(e.object())).count());
        assertEquals(10, r.of(Kinds.TASK_DONE).size());
        assertEquals(1, r.of(Kinds.JOINED).size());
        assertEquals(List.of("unfinished 9", "unfinished 8", "unfinished 7", "unfinished 6", "unfinished 5",
                "unfinished 4", "unfinished 3", "unfinished 2", "unfinished 1", "unfinished 0"),
                r.of(Kinds.TASK_DONE).stream().map(TraceEvent::detail).collect(Collectors.toList()),
                "five consumers finishing at once count down one by one, in the order the lines arrive");
        assertMessagesPaired(r.events(), Kinds.PUT, Kinds.GET);
        TraceEvent joined = r.of(Kinds.JOINED).get(0);
        assertTrue(r.of(Kinds.TASK_DONE).stream().allMatch(e -> e.tUs() <= joined.tUs()), "join returns after the last task_done");
    }

    @Test
    void eventTimedWaiterGivesUpFalseThenTheBlockedOneSeesTrue() throws Exception {
        Pythons.Ran r = ran("event");
        assertEquals(notebook("event"), masked(r.printed()));
        int f = r.printed().indexOf("Espera pelo timeout do evento event.is_set(): False");
        int t = r.printed().indexOf("Espera pelo evento event.is_set(): True");
        assertTrue(f >= 0 && t > f, "False first, then True: " + r.printed());
        assertEquals(3, lanes(r).size());
        assertEquals(2, r.of(Kinds.EVENT_WAIT).size());
        assertEquals(1, r.of(Kinds.EVENT_SET).size());
        assertEquals(Set.of("timeout", "set"), r.of(Kinds.EVENT_WAKE).stream().map(TraceEvent::detail).collect(Collectors.toSet()));
        assertTrue(r.of(Kinds.EVENT_WAIT).stream().anyMatch(e -> "timeout 2 s".equals(e.detail())));
        TraceEvent set = r.of(Kinds.EVENT_SET).get(0);
        TraceEvent timedOut = r.of(Kinds.EVENT_WAKE).stream().filter(e -> e.detail().equals("timeout")).findFirst().orElseThrow();
        assertTrue(timedOut.tUs() < set.tUs(), "the timed waiter gives up before the set");
        assertEquals("3 s", r.of(Kinds.SLEEP).get(0).detail());
    }

    @Test
    void poolWorkersEachTakeTheirChunksAndTheMapIsDoubled() throws Exception {
        Pythons.Ran r = ran("pool");
        assertEquals(notebook("pool").stream().filter(l -> !l.startsWith("Iniciando")).collect(Collectors.toList()),
                masked(r.printed()).stream().filter(l -> !l.startsWith("Iniciando")).collect(Collectors.toList()));
        List<ProcessInfo> workers = r.trace().processes().stream().filter(p -> "pool-worker".equals(p.role()))
                .collect(Collectors.toList());
        long started = r.printed().stream().filter(l -> l.startsWith("Iniciando ForkPoolWorker-")).count();
        assertEquals(workers.size(), started, "each worker's initializer printed its name");
        assertEquals(workers.size() + 1, lanes(r).size());
        Pattern items = Pattern.compile("'items': \\[(.*)\\]");
        List<String> taken = new ArrayList<>();
        Set<Long> workerPids = workers.stream().map(ProcessInfo::pid).collect(Collectors.toSet());
        Set<Long> busy = new HashSet<>();
        for (TraceEvent e : r.of(Kinds.GET)) {
            Matcher m = items.matcher(e.detail() == null ? "" : e.detail());
            if ("pool-tasks".equals(e.object()) && m.find()) {
                assertTrue(workerPids.contains(e.pid()), "a chunk is taken by a worker: " + e);
                busy.add(e.pid());
                taken.addAll(List.of(m.group(1).split(", ")));
            }
        }
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                taken.stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).collect(Collectors.toList()),
                "every input is in exactly one chunk");
        assertFalse(busy.isEmpty());
        assertEquals(r.of(Kinds.PUT).stream().filter(e -> "pool-results".equals(e.object())).count(),
                r.of(Kinds.GET).stream().filter(e -> "pool-results".equals(e.object())).count());
    }
}
