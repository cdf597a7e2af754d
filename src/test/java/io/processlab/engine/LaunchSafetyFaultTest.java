package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Queue;
import io.processlab.child.ChildMain;
import io.processlab.testing.NoChildrenLeft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Case 10 of issue 6: children are started with an argument list and no shell, with no JVM
 * options from outside the program, and run only registered targets.
 */
@ExtendWith(NoChildrenLeft.class)
class LaunchSafetyFaultTest {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "cmd", "cmd.exe", "powershell");

    @Test
    void childCommandIsAnArgumentListStartingWithJavaAndNoShell() {
        ChildLauncher launcher = ChildLauncher.forThisJvm();
        List<String> cmd = launcher.command(4242);
        Path java = Path.of(cmd.get(0));
        assertTrue(java.isAbsolute() && Files.isExecutable(java), cmd.get(0));
        assertTrue(java.getFileName().toString().startsWith("java"), cmd.get(0));
        for (String arg : cmd) {
            assertFalse(SHELLS.contains(Path.of(arg).getFileName() == null ? arg : Path.of(arg).getFileName().toString()),
                    "a shell in " + cmd);
            assertFalse(arg.equals("-c") || arg.equals("/c") || arg.startsWith("@"), "a shell or argument-file flag in " + cmd);
        }
        assertEquals(1, cmd.stream().filter(ChildLauncher.MAIN_CLASS::equals).count());
        assertEquals(List.of(ChildLauncher.MAIN_CLASS, "4242"), cmd.subList(cmd.size() - 2, cmd.size()));
        List<String> started = new java.util.ArrayList<>(ChildLauncher.DEATH_SIGNAL); // setpriv, then exec of java
        started.addAll(cmd);
        assertEquals(started, launcher.processBuilder(4242).command());
    }

    @Test
    void runningChildIsExactlyThatCommandAndItsParentIsThisJvm() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Queue ready = run.main().queue("ready");
            ChildProcess c = run.main().process("p", "chaos.hang", ready, "sleep");
            c.start();
            ready.get(true, 20);
            ProcessHandle h = ProcessHandle.of(c.pid()).orElseThrow();
            List<String> expected = run.launcher().command(run.parentPid());
            assertEquals(expected.subList(1, expected.size()), Arrays.asList(h.info().arguments().orElseThrow()));
            assertEquals(run.parentPid(), h.parent().orElseThrow().pid(), "no shell in between");
        }
    }

    @Test
    void childEnvironmentLosesTheVariablesThroughWhichAJvmTakesOptions() {
        Map<String, String> env = new HashMap<>(Map.of("JAVA_TOOL_OPTIONS", "-javaagent:/tmp/evil.jar",
                "JDK_JAVA_OPTIONS", "-Xmx1m", "_JAVA_OPTIONS", "-Xss1k", "CLASSPATH", "/tmp/evil", "LANG", "pt_BR.UTF-8"));
        ChildLauncher.childEnvironment(env);
        assertEquals(Map.of("LANG", "pt_BR.UTF-8"), env);
        Map<String, String> real = ChildLauncher.forThisJvm().processBuilder(1).environment();
        assertTrue(ChildLauncher.JVM_VARIABLES.stream().noneMatch(real::containsKey), real.keySet().toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"no.such.target", "java.lang.Runtime", "io.processlab.testing.Canary", "../../etc/passwd", ""})
    void unknownTargetNameEndsTheChildWithExitCodeThree(String target) {
        try (Run run = new Run(Locale.ENGLISH)) {
            ChildProcess c = run.main().process("p", target);
            c.start();
            assertTrue(c.join(20));
            assertEquals(ChildMain.EXIT_NO_TARGET, c.exitCode());
            assertEquals("no registered target named '" + target + "'", c.failure());
        }
    }
}
