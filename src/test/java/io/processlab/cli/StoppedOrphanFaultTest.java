package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.processlab.engine.ChildLauncher;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, case 15: one child of the CLI is stopped (SIGSTOP), then the CLI is SIGKILLed. A
 * stopped child cannot run its own watch of the parent; it must be gone within 2 s all the same,
 * on JDK 17 and on JDK 25 (the kernel's parent-death signal, {@link ChildLauncher#DEATH_SIGNAL}).
 */
@ExtendWith(NoChildrenLeft.class)
class StoppedOrphanFaultTest {
    /** This JVM's java, and a JDK 25 beside it when the machine has one. */
    static Stream<String> javas() {
        Path jvms = Path.of(System.getProperty("java.home")).getParent();
        Stream<String> others = Stream.empty();
        if (jvms != null && Files.isDirectory(jvms)) {
            try (Stream<Path> s = Files.list(jvms)) {
                others = s.filter(p -> p.getFileName().toString().contains("25"))
                        .map(p -> p.resolve("bin/java")).filter(Files::isExecutable).map(Path::toString).toList().stream();
            } catch (java.io.IOException e) {
                others = Stream.empty();
            }
        }
        return Stream.concat(Stream.of(ChildLauncher.forThisJvm().java().toString()), others.limit(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javas")
    void aStoppedChildOfASigkilledCliIsGoneWithinTwoSeconds(String java) throws Exception {
        assumeTrue(!ChildLauncher.DEATH_SIGNAL.isEmpty(), "a parent-death signal is available (Linux with setpriv)");
        EventRunProcess run = EventRunProcess.start(java, ChildLauncher.forThisJvm().classpath());
        Process cli = run.cli();
        List<String> out = run.out();
        List<ProcessHandle> children = List.of();
        try {
            Waits.until(60, "both children to wait for the event (output so far: " + out + ")",
                    () -> out.stream().anyMatch(l -> l.startsWith("Waiting for the event (no time limit)"))
                            && out.stream().anyMatch(l -> l.startsWith("Waiting for the event, with a timeout")));
            children = cli.descendants().filter(ProcessHandle::isAlive).toList();
            assertEquals(2, children.size(), "children of the CLI: " + children);
            assertEquals(0, new ProcessBuilder("kill", "-STOP", Long.toString(children.get(0).pid())).start().waitFor());

            long t0 = System.nanoTime();
            cli.toHandle().destroyForcibly();
            List<ProcessHandle> all = children;
            Waits.until(2, "every child of the killed CLI, the stopped one too, to end", () -> all.stream().allMatch(Waits::gone));
            System.out.printf("[figure] %s: a stopped child and its running sibling were gone %.2f s after the CLI's SIGKILL%n",
                    java, Waits.since(t0));
        } finally {
            cli.toHandle().destroyForcibly();
            cli.waitFor();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
