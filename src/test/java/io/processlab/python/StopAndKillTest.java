package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildLauncher;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.TraceEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stop ends a hanging program's whole tree, and so does the app's death: no process is left. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StopAndKillTest {
    private static void await(BooleanSupplier ok, long seconds, String what) throws InterruptedException {
        await(ok, seconds, () -> what);
    }

    /** As above, with what failed said when it failed (who is still alive then, not before the wait). */
    private static void await(BooleanSupplier ok, long seconds, java.util.function.Supplier<String> what)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + seconds + " s: " + what.get());
            }
            Thread.sleep(20);
        }
    }

    /** The program's own processes and every descendant of its first one (the start method's helpers too). */
    private static Set<Long> tree(long root, Set<Long> traced) {
        Set<Long> all = new HashSet<>(traced);
        all.add(root);
        ProcessHandle.of(root).ifPresent(h -> h.descendants().forEach(d -> all.add(d.pid())));
        return all;
    }

    private static List<String> alive(Set<Long> pids) {
        // a zombie (ended, waiting for a parent that may be an init that does not reap) runs nothing
        return pids.stream().map(ProcessHandle::of).filter(h -> h.map(p -> !Waits.gone(p)).orElse(false))
                .map(h -> h.get().pid() + " " + h.get().info().commandLine().orElse("?")).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fork", "spawn", "forkserver"})
    void stopEndsEveryProcessOfTheProgramWithinTwoSeconds(String method) throws Exception {
        PythonRun run = PythonRun.start(new PythonRun.Options(null, Pythons.program("hang.py"), List.of(method), null));
        try {
            await(() -> run.trace().ofKind(Kinds.START).size() >= 5, 60, "main, middle, deep and two workers start");
            long root = run.trace().processes().get(0).pid();
            Set<Long> pids = tree(root, run.trace().processes().stream().map(ProcessInfo::pid).collect(Collectors.toSet()));
            assertTrue(pids.size() >= 5, pids.toString());
            long t0 = System.nanoTime();
            run.stop();
            await(() -> alive(pids).isEmpty(), 2, () -> "every process ends; alive: " + alive(pids));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3));
            assertTrue(run.await(10, TimeUnit.SECONDS), "the run ends");
            assertTrue(run.stopped());
            List<TraceEvent> exits = run.trace().ofKind(Kinds.EXIT);
            assertEquals(run.trace().processes().size(), exits.size(), "each lane ends: " + exits);
            assertTrue(exits.stream().map(e -> e.fields(Fields.Exit.class)).allMatch(x -> x != null && x.code() != 0),
                    "none of them ended by itself: " + exits);
        } finally {
            run.close();
        }
    }

    @Test
    void theAppKilledEndsEveryProcessOfTheProgramWithinTwoSeconds() throws Exception {
        ChildLauncher launcher = ChildLauncher.forThisJvm();
        Process app = new ProcessBuilder(launcher.java().toString(), "-cp", launcher.classpath(),
                "io.processlab.app.Main", "run", Pythons.program("hang.py").toString(), "--", "spawn")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            await(() -> app.descendants().filter(h -> h.info().command().orElse("").contains("python")).count() >= 6,
                    60, "the program's processes and the spawn helpers start");
            Set<Long> pids = app.descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
            app.destroyForcibly(); // SIGKILL: the app has no chance to stop anything
            await(() -> alive(pids).isEmpty(), 2, () -> "every process ends; alive: " + alive(pids));
        } finally {
            app.destroyForcibly();
        }
    }
}
