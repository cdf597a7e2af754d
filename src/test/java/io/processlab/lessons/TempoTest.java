package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildLauncher;
import io.processlab.engine.Run;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Clock;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoChildrenLeft.class)
class TempoTest {
    /** The mean sleep of the queue lesson's consumers, in seconds, at a given slowdown. */
    private static double meanSleep(double slowdown) throws Exception {
        Lesson l = Lessons.byId("queue").orElseThrow();
        try (Run run = new Run(Locale.ENGLISH, slowdown, ChildLauncher.forThisJvm(), Clock.monotonic())) {
            l.run(run.main(), Settings.parse(l.settings(), Map.of("consumers", "2", "tasks", "4", "task_seconds", "0.25")));
            Map<Long, Long> since = new HashMap<>();
            List<Long> durations = new ArrayList<>();
            for (TraceEvent e : run.trace().events()) {
                if (e.is(Kinds.SLEEP) && e.pid() != run.parentPid()) {
                    since.put(e.pid(), e.tUs());
                } else if (e.is(Kinds.WAKE) && since.containsKey(e.pid())) {
                    durations.add(e.tUs() - since.remove(e.pid()));
                }
            }
            assertEquals(4, durations.size(), "one sleep per task");
            return durations.stream().mapToLong(Long::longValue).average().orElseThrow() / 1e6;
        }
    }

    @Test
    void halfTempoDoublesTheLessonsSleeps() throws Exception {
        double normal = meanSleep(1.0);
        double slow = meanSleep(2.0);
        assertTrue(normal >= 0.24 && normal < 0.6, "a 0.25 s sleep took " + normal);
        double ratio = slow / normal;
        assertTrue(ratio > 1.6 && ratio < 2.6, "tempo 0.5 should double the sleeps, ratio " + ratio);
    }
}
