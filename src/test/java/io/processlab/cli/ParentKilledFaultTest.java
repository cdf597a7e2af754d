package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.engine.ChildLauncher;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case 6 of issue 6: the CLI, started as a real process, is SIGKILLed in the middle of a run; its
 * children (this test's grandchildren) must all be gone within 2 s, with no Run left to close them.
 */
@ExtendWith(NoChildrenLeft.class)
class ParentKilledFaultTest {
    @Test
    void childrenOfASigkilledCliEndWithinTwoSeconds() throws Exception {
        ChildLauncher launcher = ChildLauncher.forThisJvm();
        EventRunProcess run = EventRunProcess.start(launcher.java().toString(), launcher.classpath());
        Process cli = run.cli();
        List<String> out = run.out();
        try {
            Waits.until(30, "both children to wait for the event (output so far: " + out + ")",
                    () -> out.stream().anyMatch(l -> l.startsWith("Waiting for the event (no time limit)"))
                            && out.stream().anyMatch(l -> l.startsWith("Waiting for the event, with a timeout")));
            List<ProcessHandle> grandchildren = cli.descendants().filter(ProcessHandle::isAlive).toList();
            assertEquals(2, grandchildren.size(), "children of the CLI: " + grandchildren);

            long t0 = System.nanoTime();
            cli.toHandle().destroyForcibly();
            Waits.until(2, "every child of the killed CLI to end", () -> grandchildren.stream().allMatch(Waits::gone));
            double seconds = Waits.since(t0);
            System.out.printf("[figure] children of a SIGKILLed CLI were gone %.2f s after the kill%n", seconds);
        } finally {
            cli.toHandle().destroyForcibly();
            cli.waitFor();
        }
        assertEquals(137, cli.exitValue());
    }
}
