package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.Run;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoChildrenLeft.class)
class DeadlockLessonTest {
    private static List<TraceEvent> deadlocks(Map<String, String> settings) throws Exception {
        Lesson l = Lessons.byId("deadlock").orElseThrow();
        try (Run run = new Run(Locale.ENGLISH)) {
            l.run(run.main(), Settings.parse(l.settings(), settings));
            return run.trace().ofKind(Kinds.DEADLOCK);
        }
    }

    @Test
    void oppositeOrderEndsInACycleThatTheTraceNames() throws Exception {
        List<TraceEvent> found = deadlocks(Map.of("pause", "2", "timeout", "2"));
        assertEquals(1, found.size(), "one deadlock, reported once");
        String cycle = found.get(0).detail();
        assertTrue(cycle.contains("worker-1") && cycle.contains("worker-2"), cycle);
    }

    @Test
    void sameOrderNeverDeadlocks() throws Exception {
        assertTrue(deadlocks(Map.of("same_order", "true", "pause", "0.3", "timeout", "2")).isEmpty());
    }
}
