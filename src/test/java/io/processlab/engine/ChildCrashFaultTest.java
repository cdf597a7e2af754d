package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Queue;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case 1 of issue 6: a child that exits, crashes or is killed in the middle of its work. */
@ExtendWith(NoChildrenLeft.class)
class ChildCrashFaultTest {
    @ParameterizedTest(name = "{0} with code {1}")
    @CsvSource({"exit, 5", "halt, 6"})
    void childThatEndsItselfIsRecordedWithItsExitCodeAndLastStderrLine(String how, int code) {
        try (Run run = new Run(Locale.ENGLISH)) {
            List<ChildProcess> endedSeen = new CopyOnWriteArrayList<>();
            run.addListener(new RunListener() {
                @Override
                public void ended(ChildProcess child) {
                    endedSeen.add(child);
                }
            });
            ChildProcess c = run.main().process("crasher", "chaos.die", how, code, "disk full at step 3");
            c.start();
            assertTrue(c.join(20));

            assertEquals(code, c.exitCode());
            assertTrue(c.failure().contains("exit code " + code), c.failure());
            assertTrue(c.failure().contains("disk full at step 3"), c.failure());
            TraceEvent exit = exitOf(run, c);
            assertTrue(exit.detail().startsWith("code " + code), exit.detail());
            assertTrue(exit.detail().contains("disk full at step 3"), exit.detail());
            assertEquals(List.of(c), endedSeen);
        }
    }

    @Test
    void childWhoseTargetThrowsReportsTheExceptionNotAStackTrace() {
        try (Run run = new Run(Locale.ENGLISH)) {
            ChildProcess c = run.main().process("thrower", "chaos.die", "throw", 0, "no such file: data.csv");
            c.start();
            assertTrue(c.join(20));
            assertEquals(1, c.exitCode());
            assertEquals("IllegalStateException: no such file: data.csv", c.failure());
            assertTrue(exitOf(run, c).detail().contains("no such file: data.csv"));
        }
    }

    @Test
    void childKilledWithSigkillInTheMiddleOfItsWorkIsRecordedAsKilled() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Queue ready = run.main().queue("ready");
            ChildProcess c = run.main().process("victim", "chaos.hang", ready, "sleep");
            c.start();
            ready.get(true, 20);
            long t0 = System.nanoTime();
            c.kill();
            assertTrue(c.join(5));
            double seconds = Waits.since(t0);

            assertEquals(137, c.exitCode());
            assertTrue(c.failure().contains("SIGKILL"), c.failure());
            assertTrue(exitOf(run, c).detail().contains("killed by signal 9"), exitOf(run, c).detail());
            assertTrue(seconds < 2, "the kill was noticed after " + seconds + " s");
            System.out.printf("[figure] a SIGKILLed child's end was recorded %.3f s after the kill%n", seconds);
        }
    }

    @Test
    void childKilledFromOutsideTheAppIsRecordedToo() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Queue ready = run.main().queue("ready");
            ChildProcess c = run.main().process("victim", "chaos.hang", ready, "spin");
            c.start();
            ready.get(true, 20);
            ProcessHandle.of(c.pid()).orElseThrow().destroy();
            assertTrue(c.join(5));
            assertEquals(143, c.exitCode());
            assertTrue(c.failure().contains("SIGTERM"), c.failure());
        }
    }

    private static TraceEvent exitOf(Run run, ChildProcess c) {
        TraceEvent e = run.trace().ofKind(Kinds.EXIT).stream().filter(x -> x.pid() == c.pid()).findFirst().orElse(null);
        assertNotNull(e, "no exit event for " + c.name());
        return e;
    }
}
