package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance check of the engine issue, on the packaged jar: {@code java -jar
 * target/processlab.jar run queue ...} as a process of its own, whose consumer JVMs are its
 * children while it runs. Runs in the integration-test phase, after the jar is built.
 */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RunQueueIT {
    private static final String CHILD_MAIN = "io.processlab.child.ChildMain";

    @Test
    void consumerJvmsAreChildrenOfTheCommandWhileItRuns(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target", "processlab.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "package the jar first: " + jar);
        Path trace = dir.resolve("q.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cmd = new ProcessBuilder(java, "-jar", jar.toString(), "run", "queue", "--set", "consumers=3",
                "--set", "tasks=8", "--set", "task_seconds=0.3", "--trace", trace.toString())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(cmd.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.add(line);
                }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        reader.start();

        Set<Long> seenChildren = new TreeSet<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (cmd.isAlive() && seenChildren.size() < 3 && System.nanoTime() < deadline) {
                for (ProcessHandle h : cmd.descendants().collect(Collectors.toList())) {
                    if (h.info().commandLine().orElse("").contains(CHILD_MAIN)) {
                        assertEquals(cmd.pid(), h.parent().map(ProcessHandle::pid).orElse(-1L),
                                "a consumer JVM is a direct child of the command");
                        seenChildren.add(h.pid());
                    }
                }
                Thread.sleep(20);
            }
            assertTrue(cmd.waitFor(60, TimeUnit.SECONDS), "the command ended");
        } finally {
            cmd.descendants().forEach(ProcessHandle::destroyForcibly);
            cmd.destroyForcibly();
        }
        reader.join(5000);
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, cmd.exitValue(), err);
        assertEquals(3, seenChildren.size(), "consumer JVMs seen while it ran: " + seenChildren);
        assertEquals(8, out.stream().filter(l -> l.startsWith("Resultado")).count(), String.join("\n", out));

        TraceFile.Recording rec = TraceFile.load(trace);
        Set<Long> tracePids = rec.trace().events().stream().map(TraceEvent::pid).collect(Collectors.toSet());
        assertTrue(tracePids.size() >= 4, tracePids.toString());
        assertTrue(tracePids.contains(cmd.pid()), "the command's own pid is the parent's in the trace");
        Set<Long> consumers = rec.trace().processes().stream().filter(p -> p.pid() != cmd.pid())
                .map(ProcessInfo::pid).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(seenChildren, consumers, "the processes seen are the ones the trace lists");
    }
}
