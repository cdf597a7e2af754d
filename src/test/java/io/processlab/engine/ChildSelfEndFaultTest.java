package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.child.ChildMain;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A child ends by itself when its parent cannot run it: its stdin closes, no spawn message
 * comes, or its parent's PID is gone. Started here by hand, with no Run around it.
 */
@ExtendWith(NoChildrenLeft.class)
class ChildSelfEndFaultTest {
    private static Process startChild(List<String> flags, long ppid) throws Exception {
        return ChildLauncher.forThisJvm().withFlags(flags).processBuilder(ppid).start();
    }

    @Test
    void childEndsWhenItsStdinCloses() throws Exception {
        Process p = startChild(List.of(), ProcessHandle.current().pid());
        long t0 = System.nanoTime();
        p.getOutputStream().close();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the child is still running");
        assertEquals(ChildMain.EXIT_STOPPED, p.exitValue());
        System.out.printf("[figure] a child whose stdin closed ended after %.2f s (JVM start included)%n", Waits.since(t0));
    }

    @Test
    void childEndsWhenNoSpawnMessageComes() throws Exception {
        Process p = startChild(List.of("-D" + ChildMain.SPAWN_TIMEOUT_PROPERTY + "=1"), ProcessHandle.current().pid());
        try {
            assertTrue(p.waitFor(15, TimeUnit.SECONDS), "the child is still running");
            assertEquals(ChildMain.EXIT_NO_SPAWN, p.exitValue());
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(err.contains("no spawn message from the parent within 1.0 s"), err);
        } finally {
            p.getOutputStream().close();
        }
    }

    @Test
    void childEndsWhenItsParentPidIsGone() throws Exception {
        Process gone = new ProcessBuilder(ChildLauncher.forThisJvm().java().toString(), "-version").start();
        gone.getErrorStream().readAllBytes();
        gone.waitFor();
        Process p = startChild(List.of(), gone.pid());
        try {
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the child is still running");
            assertEquals(ChildMain.EXIT_STOPPED, p.exitValue());
        } finally {
            p.getOutputStream().close();
        }
    }

    @Test
    void childEndsWhenTheParentSendsGarbageInsteadOfASpawnAndCloses() throws Exception {
        Process p = startChild(List.of(), ProcessHandle.current().pid());
        p.getOutputStream().write("no JSON here\n{\"type\":\"spawn\"\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the child is still running");
        assertEquals(ChildMain.EXIT_STOPPED, p.exitValue());
    }
}
