package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildLauncher;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.TraceFile;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, cases 16 to 18, with the CLI as a real process: Ctrl-C or SIGTERM during
 * {@code run --trace} saves what was recorded, marked as interrupted, and says so; a deadlock
 * without a timeout is told at once (who waits for which lock, held by whom, how to end it); a
 * pool that lost a worker and recovered ends with exit status 0 and the worker's death reported.
 */
@ExtendWith(NoChildrenLeft.class)
class RunEndsFaultTest {
    @TempDir
    Path dir;

    /** A CLI process and its output lines, read as they come. */
    private static final class Cli {
        final Process process;
        final List<String> out = new CopyOnWriteArrayList<>();
        final List<String> err = new CopyOnWriteArrayList<>();

        Cli(String... args) throws Exception {
            ChildLauncher launcher = ChildLauncher.forThisJvm();
            List<String> cmd = new ArrayList<>(List.of(launcher.java().toString(), "-cp", launcher.classpath(),
                    "io.processlab.app.Main"));
            cmd.addAll(List.of(args));
            process = new ProcessBuilder(cmd).start();
            read(process.getInputStream(), out);
            read(process.getErrorStream(), err);
        }

        private static void read(InputStream in, List<String> lines) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (java.io.IOException gone) {
                    // the process ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        void signal(String name) throws Exception {
            assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor());
        }

        int end(double seconds) throws Exception {
            try {
                Waits.until(seconds, "the CLI to end (stderr: " + err + ")", () -> !process.isAlive());
                Thread.sleep(200); // the last lines
                return process.exitValue();
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    @Test
    void sixteenSigtermDuringRunWithTraceSavesWhatWasRecordedMarkedInterrupted() throws Exception {
        Path trace = dir.resolve("r.processlab");
        Cli cli = new Cli("run", "event", "--set", "delay=30", "--set", "timeout=30", "--trace", trace.toString(), "--lang", "en");
        Waits.until(60, "the children to wait (output: " + cli.out + ")",
                () -> cli.out.stream().anyMatch(l -> l.startsWith("Waiting for the event (no time limit)")));
        List<ProcessHandle> children = cli.process.descendants().toList();
        long t0 = System.nanoTime();
        cli.signal("TERM");
        assertEquals(143, cli.end(10));
        System.out.printf("[figure] run --trace: SIGTERM to saved trace and exit in %.2f s%n", Waits.since(t0));
        assertTrue(children.stream().allMatch(Waits::gone), "every child ended");
        String said = String.join("\n", cli.err);
        assertTrue(said.matches("(?s).*run event: interrupted; every process of the run was ended, and the \\d+ events "
                + "recorded so far were saved to " + java.util.regex.Pattern.quote(trace.toString())
                + ", marked as interrupted.*"), said);
        assertTrue(Files.readString(trace).contains("\"interrupted\":true"));
        TraceFile.Recording rec = TraceFile.load(trace);
        assertTrue(rec.trace().size() > 3, "the events recorded: " + rec.trace().size());
        assertTrue(rec.trace().events().stream().anyMatch(e -> e.is(io.processlab.trace.Kinds.EXIT)), "the children's ends too");
    }

    @Test
    void seventeenADeadlockWithoutTimeoutIsToldAtOnceAndCtrlCSavesTheTrace() throws Exception {
        Path trace = dir.resolve("d.processlab");
        Cli cli = new Cli("run", "deadlock", "--set", "timeout=0", "--trace", trace.toString(), "--lang", "en");
        Waits.until(60, "the deadlock to be told (stderr: " + cli.err + ", out: " + cli.out + ")",
                () -> cli.err.stream().anyMatch(l -> l.startsWith("run deadlock: deadlock: ")));
        String notice = cli.err.stream().filter(l -> l.startsWith("run deadlock: deadlock: ")).findFirst().orElseThrow();
        assertTrue(notice.matches("run deadlock: deadlock: worker-\\d \\(\\d+\\) waits for lock '[AB]', which worker-\\d "
                + "\\(\\d+\\) holds; worker-\\d \\(\\d+\\) waits for lock '[AB]', which worker-\\d \\(\\d+\\) holds\\. None of "
                + "them can go on, and this lesson has no timeout: press Ctrl-C to end the run \\(the trace recorded so far "
                + "is saved to .*\\)"), notice);
        cli.signal("INT");
        assertEquals(130, cli.end(10));
        assertTrue(cli.err.stream().anyMatch(l -> l.contains("were saved to " + trace)), cli.err.toString());
        assertTrue(TraceFile.load(trace).trace().events().stream().anyMatch(e -> e.is(io.processlab.trace.Kinds.DEADLOCK)));
    }

    @Test
    void eighteenAPoolThatLostAWorkerAndRecoveredExitsZeroAndReportsTheDeath() throws Exception {
        Cli cli = new Cli("run", "pool", "--set", "items=100000", "--lang", "en");
        Waits.until(60, "a pool worker to start (output: " + cli.out + ")",
                () -> cli.out.stream().anyMatch(l -> l.startsWith("Starting PoolWorker-")));
        // the worker started first (the one that said so, most likely): a worker killed before it
        // started, as the first child found could be, ends the run's words otherwise
        ProcessHandle victim = cli.process.children().filter(ProcessHandle::isAlive)
                .min(java.util.Comparator.comparing((ProcessHandle h) -> h.info().startInstant().orElse(java.time.Instant.MAX))
                        .thenComparingLong(ProcessHandle::pid))
                .orElseThrow();
        victim.destroyForcibly(); // while the map goes on: the pool runs its chunks again in a new worker
        assertEquals(0, cli.end(120), "stderr: " + cli.err);
        assertTrue(cli.out.contains("Pool: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, ..., 199994, 199996, 199998] (100000)"),
                cli.out.toString());
        String said = String.join("\n", cli.err);
        assertTrue(said.matches("(?s)run pool: PoolWorker-\\d+ \\(" + victim.pid() + "\\) ended: exit code 137 \\(killed by "
                + "signal 9, SIGKILL\\).*; the pool replaced it and the program went on.*"), said);
        assertFalse(said.contains("run pool failed"), said);
    }
}
