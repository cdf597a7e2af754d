package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Clock;
import io.processlab.trace.Kinds;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case 5 of issue 6: a child that cannot start says why, within the start timeout. */
@ExtendWith(NoChildrenLeft.class)
class StartFaultTest {
    private static Run runWith(ChildLauncher launcher) {
        return new Run(Locale.ENGLISH, 1.0, launcher, Clock.monotonic());
    }

    @Test
    void badJvmOptionGivesTheJvmsOwnFirstLines() {
        try (Run run = runWith(ChildLauncher.forThisJvm().withFlags(List.of("-XX:+NoSuchFlagForProcessLab")))) {
            ChildProcess c = run.main().process("p", "test.noop");
            long t0 = System.nanoTime();
            c.start();
            assertTrue(c.join(20));
            double seconds = Waits.since(t0);

            assertFalse(c.started());
            assertEquals(1, c.exitCode());
            assertEquals("could not start (exit code 1): Unrecognized VM option 'NoSuchFlagForProcessLab' / "
                    + "Error: Could not create the Java Virtual Machine. / "
                    + "Error: A fatal exception has occurred. Program will exit.", c.failure());
            assertTrue(run.trace().ofKind(Kinds.EXIT).get(0).detail().contains("Unrecognized VM option"));
            System.out.printf("[figure] a child with a bad JVM option was reported after %.2f s%n", seconds);
        }
    }

    @Test
    void missingMainClassGivesTheJvmsOwnFirstLines() {
        ChildLauncher good = ChildLauncher.forThisJvm();
        try (Run run = runWith(new ChildLauncher(good.java(), "/nonexistent/processlab-classes", List.of()))) {
            ChildProcess c = run.main().process("p", "test.noop");
            c.start();
            assertTrue(c.join(20));
            assertEquals(1, c.exitCode());
            assertTrue(c.failure().startsWith("could not start (exit code 1): Error: Could not find or load main class "
                    + ChildLauncher.MAIN_CLASS), c.failure());
            assertEquals(List.of("Error: Could not find or load main class io.processlab.child.ChildMain",
                    "Caused by: java.lang.ClassNotFoundException: io.processlab.child.ChildMain"), c.stderrHead());
        }
    }

    @Test
    void childThatNeverSaysHelloIsEndedAfterTheHelloTimeout() {
        // a JVM that waits for a debugger before it runs anything stands for any start that hangs
        String suspend = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0";
        try (Run run = runWith(ChildLauncher.forThisJvm().withFlags(List.of(suspend)))) {
            run.helloTimeout(1.5);
            ChildProcess c = run.main().process("stuck", "test.noop");
            long t0 = System.nanoTime();
            c.start();
            assertTrue(c.join(20));
            double seconds = Waits.since(t0);

            assertFalse(c.started());
            assertEquals(137, c.exitCode());
            assertEquals("did not start within 1.5 s (it never said hello); it was ended", c.failure());
            assertTrue(seconds >= 1.5 && seconds < 5, "ended after " + seconds + " s");
            System.out.printf("[figure] a child that never said hello was ended %.2f s after start (timeout 1.5 s)%n", seconds);
        }
    }

    @Test
    void helloTimeoutDefaultsToTwentySecondsAndMustBePositive() {
        try (Run run = new Run(Locale.ENGLISH)) {
            assertEquals(20.0, run.helloTimeout());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> run.helloTimeout(0));
        }
    }
}
