package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildProcess;
import io.processlab.engine.Run;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Kinds;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case 7 of issue 6: runs with 64 children complete and clean up, and twenty runs in a row leave
 * no file descriptors or threads behind in the parent.
 */
@ExtendWith(NoChildrenLeft.class)
class ManyProcessesFaultTest {
    private static Run runLesson(String id, String... settings) throws Exception {
        Lesson lesson = Lessons.byId(id).orElseThrow();
        Run run = new Run(Locale.ENGLISH);
        try {
            lesson.run(run.main(), Settings.parsePairs(lesson.settings(), List.of(settings)));
            assertTrue(run.awaitChildren(60), "children still running");
        } finally {
            run.close();
        }
        return run;
    }

    private static void assertEveryChildSucceeded(Run run, int count) {
        List<ChildProcess> children = run.children();
        assertEquals(count, children.size());
        for (ChildProcess c : children) {
            assertEquals(0, c.exitCode(), c.name() + ": " + c.failure());
        }
    }

    @Test
    void queueLessonWithSixtyFourConsumersCompletes() throws Exception {
        long t0 = System.nanoTime();
        Run run = runLesson("queue", "consumers=64", "tasks=128", "task_seconds=0");
        double seconds = Waits.since(t0);
        assertEveryChildSucceeded(run, 64);
        assertEquals(128, run.trace().ofKind(Kinds.PRINT).stream().filter(e -> e.text().startsWith("Result: ")).count());
        System.out.printf("[figure] queue lesson with 64 consumer processes: %.1f s%n", seconds);
    }

    @Test
    void poolLessonWithSixtyFourWorkersCompletes() throws Exception {
        long t0 = System.nanoTime();
        Run run = runLesson("pool", "size=64", "items=1000");
        double seconds = Waits.since(t0);
        assertEveryChildSucceeded(run, 64);
        String result = run.trace().ofKind(Kinds.PRINT).stream().map(e -> e.text()).filter(Objects::nonNull)
                .filter(t -> t.startsWith("Pool: ")).findFirst().orElseThrow();
        assertTrue(result.startsWith("Pool: [0, 2, 4, 6,") && result.endsWith("1994, 1996, 1998] (1000)"), result);
        System.out.printf("[figure] pool lesson with 64 worker processes: %.1f s%n", seconds);
    }

    @Test
    void twentyRunsInARowLeaveNoDescriptorsOrThreadsBehind() throws Exception {
        for (int i = 0; i < 3; i++) {
            runLesson("queue", "consumers=2", "tasks=2", "task_seconds=0");
        }
        int fds0 = openDescriptors();
        int threads0 = liveThreads();
        for (int i = 0; i < 20; i++) {
            assertEveryChildSucceeded(runLesson("queue", "consumers=2", "tasks=2", "task_seconds=0"), 2);
        }
        int[] last = new int[2];
        Waits.until(5, "descriptors and threads to settle", () -> {
            last[0] = openDescriptors();
            last[1] = liveThreads();
            return last[0] <= fds0 + 2 && last[1] <= threads0 + 3;
        });
        System.out.printf("[figure] after 20 runs: descriptors %d -> %d, threads %d -> %d%n",
                fds0, last[0], threads0, last[1]);
    }

    private static int openDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
