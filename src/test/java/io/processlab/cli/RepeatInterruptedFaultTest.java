package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildLauncher;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code run LESSON --repeat N} ended from outside (SIGTERM, as Ctrl-C): the run going is stopped, no child is left. */
@ExtendWith(NoChildrenLeft.class)
class RepeatInterruptedFaultTest {
    @Test
    void aSeriesEndedFromOutsideStopsTheRunGoingAndLeavesNoChild() throws Exception {
        ChildLauncher launcher = ChildLauncher.forThisJvm();
        List<String> cmd = new ArrayList<>(List.of(launcher.java().toString(), "-cp", launcher.classpath(),
                "io.processlab.app.Main", "run", "event", "--set", "delay=30", "--set", "timeout=30", "--lang", "en",
                "--repeat", "5"));
        Process cli = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<ProcessHandle> children = List.of();
        try {
            Waits.until(60, "the first run's two children to live",
                    () -> cli.descendants().filter(ProcessHandle::isAlive).count() == 2);
            children = cli.descendants().filter(ProcessHandle::isAlive).toList();
            assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(cli.pid())).start().waitFor());
            String said = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(143, cli.waitFor());
            List<ProcessHandle> all = children;
            Waits.until(10, "every child of the series to end", () -> all.stream().allMatch(Waits::gone));
            assertTrue(said.contains("run event: interrupted after 0 of 5 runs; the run going was stopped with its processes"),
                    said);
            assertTrue(!said.contains("run 2/5"), "no run after the stop: " + said);
        } finally {
            cli.toHandle().destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
