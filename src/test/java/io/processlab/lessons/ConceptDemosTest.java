package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.Run;
import io.processlab.engine.RunListener;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoChildrenLeft.class)
class ConceptDemosTest {
    /** Runs a lesson in English and returns its printed lines. */
    private static List<String> run(String id, Map<String, String> settings, List<Run> keep) throws Exception {
        Lesson l = Lessons.byId(id).orElseThrow();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Run run = new Run(Locale.ENGLISH);
        run.addListener(new RunListener() {
            @Override
            public void printed(long pid, String name, String line) {
                lines.add(line);
            }
        });
        try {
            l.run(run.main(), Settings.parse(l.settings(), settings));
        } finally {
            run.close();
        }
        keep.add(run);
        return lines;
    }

    @Test
    void isolationLeavesTheParentsValuesAsTheyWere() throws Exception {
        List<String> out = run("isolation", Map.of("increments", "2"), new ArrayList<>());
        assertTrue(out.contains("Parent before: counter=0, list=[1, 2, 3], static field=42"), out.toString());
        assertTrue(out.contains("Child got: counter=0, list=[1, 2, 3], static field=0"), out.toString());
        assertTrue(out.contains("Child changed its copies: counter=2, list=[1, 2, 3, 4, 5], static field=99"), out.toString());
        assertTrue(out.contains("Parent after the child ended: counter=0, list=[1, 2, 3], static field=42"), out.toString());
    }

    @Test
    void theSpawnedChildsAgeIsNoMoreThanTheRunThatStartedIt() throws Exception {
        long t0 = System.nanoTime();
        List<String> out = run("spawn", Map.of(), new ArrayList<>());
        long runMs = (System.nanoTime() - t0) / 1_000_000;
        String me = out.stream().filter(l -> l.startsWith("Child: pid=")).findFirst().orElseThrow(() -> new AssertionError(out));
        long age = Long.parseLong(me.replaceAll(".*started (-?\\d+) ms ago.*", "$1"));
        // the JVM's own clock: the system's start instant (boot time in whole seconds) said 629 ms in a 250 ms run
        assertTrue(age >= 0 && age <= runMs, "the child's JVM is " + age + " ms old in a run of " + runMs + " ms: " + me);
    }

    @Test
    void unsendableValuesAreRefusedWithTheirReasonAndThePipeGoesOn() throws Exception {
        List<String> out = run("sending", Map.of("extra", "[1, 2]"), new ArrayList<>());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("a lambda: refused") && l.contains("a lambda is code")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("bytes in memory (BytesIO): refused") && l.contains("ByteArrayInputStream")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("a list that contains itself: refused") && l.contains("contains itself")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("a socket: refused") && l.contains("Socket")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("a Lock, through the pipe: sent as JSON {\"$obj\":\"Lock\"")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("a Lock, through a Queue: sent as JSON {\"$obj\":\"Lock\"")), out.toString());
        assertTrue(out.contains("your value (setting): sent as JSON [1,2], received back [1, 2]"), "the pipe works after refusals: " + out);
        assertTrue(out.contains("a set: sent as JSON {\"$set\":[\"aa\",\"bb\"]}, received back {'aa', 'bb'}"), out.toString());
    }

    @Test
    void coresReportsTheCoresItsProcessesRanOnWhereLinuxTellsIt() throws Exception {
        List<Run> runs = new ArrayList<>();
        List<String> out = run("cores", Map.of("processes", "2", "limit", "200000"), runs);
        List<String> rounds = out.stream().filter(l -> l.contains("primes in")).toList();
        assertEquals(2, rounds.size(), out.toString());
        // grouped as the setting shows the limit (200,000), not "17984"
        assertTrue(rounds.stream().allMatch(l -> l.contains(": 17,984 primes")), "both rounds count the same primes: " + rounds);
        if (Files.exists(Path.of("/proc/thread-self/stat"))) {
            assertTrue(rounds.stream().allMatch(l -> l.matches(".*one at a time per process: \\[\\d+(, \\d+)*\\]")), rounds.toString());
        }
        List<String> metrics = runs.get(0).trace().ofKind(Kinds.METRIC).stream().map(e -> e.object()).toList();
        assertEquals(List.of("cores.available", "cores.load_start", "speedup.1", "speedup.2", "cores.load_end"), metrics,
                "the speed-ups, and what the panel needs to say why one may not show");
    }

    @Test
    void threadsDemoMeasuresBothAndProcessesHaveTheirOwnMemory() throws Exception {
        List<Run> runs = new ArrayList<>();
        List<String> out = run("threads", Map.of("count", "2", "work", "1000"), runs);
        assertTrue(out.stream().anyMatch(l -> l.startsWith("2 threads started and joined in")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("2 processes started and joined in")), out.toString());
        assertEquals(2, runs.get(0).children().size(), "the processes are real children");
        List<String> metrics = runs.get(0).trace().ofKind(Kinds.METRIC).stream().map(e -> e.object()).toList();
        assertTrue(metrics.containsAll(List.of("threads.count", "threads.added_mib", "processes.rss_mib")), metrics.toString());
        if (Files.exists(Path.of("/proc/self/status"))) {
            double threads = runs.get(0).trace().ofKind(Kinds.METRIC).stream().filter(e -> e.object().equals("threads.added_mib"))
                    .mapToDouble(e -> Double.parseDouble(e.detail())).findFirst().orElseThrow();
            assertTrue(threads >= 0, "measured: " + threads);
        }
    }

    @Test
    void spawnShowsTheMessageThatCrossedThePipeAndAFreshMemory() throws Exception {
        List<String> out = run("spawn", Map.of(), new ArrayList<>());
        assertTrue(out.stream().anyMatch(l -> l.contains("its static marker is 0")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("The spawn message on the child's stdin: {\"type\":\"spawn\"")
                && l.contains("\"target\":\"spawn.describe\"")), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("The operating system ran: java ") && l.contains("ChildMain")), out.toString());
    }
}
