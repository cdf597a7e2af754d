package io.processlab.lessons.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildProcess;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.Trace;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EventLessonTest {
    /** The words of each language: the timed waiter's last line, the blocking waiter's last line. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "pt", List.of("Fim da espera com limite, event.is_set(): False", "Fim da espera, event.is_set(): True"),
            "en", List.of("Done waiting with a timeout, event.is_set(): False", "Done waiting, event.is_set(): True"));

    private static TraceEvent first(Trace t, long pid, String kind) {
        return t.events().stream().filter(e -> e.pid() == pid && e.is(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + pid));
    }

    private static double seconds(TraceEvent from, TraceEvent to) {
        return (to.tUs() - from.tUs()) / 1e6;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pt", "en"})
    void timedWaiterGivesUpAtAboutTwoSecondsAndTheBlockingOneWakesAtTheSetAtAboutThree(String lang) throws Exception {
        List<String> w = WORDS.get(lang);
        try (LessonRun r = LessonRun.of(new EventLesson(), lang)) {
            Trace t = r.trace();
            ChildProcess timed = r.child("not-block");
            ChildProcess blocking = r.child("block");

            TraceEvent timedWait = first(t, timed.pid(), Kinds.EVENT_WAIT);
            TraceEvent timedWake = first(t, timed.pid(), Kinds.EVENT_WAKE);
            assertEquals("timeout", timedWake.detail());
            double waited = seconds(timedWait, timedWake);
            assertTrue(waited >= 1.9 && waited < 4, "the timed waiter waited " + waited + " s");

            TraceEvent sleep = first(t, r.parentPid(), Kinds.SLEEP);
            TraceEvent set = first(t, r.parentPid(), Kinds.EVENT_SET);
            double delay = seconds(sleep, set);
            assertTrue(delay >= 2.9 && delay < 5, "the parent set the event after " + delay + " s");
            assertTrue(set.tUs() >= 3_000_000, "set at " + set.tUs() + " us of the run");
            assertTrue(timedWake.tUs() < set.tUs(), "the timed waiter gave up before the set");

            TraceEvent blockingWake = first(t, blocking.pid(), Kinds.EVENT_WAKE);
            assertEquals("set", blockingWake.detail());
            assertTrue(blockingWake.tUs() >= set.tUs() && seconds(set, blockingWake) < 2,
                    "the blocking waiter woke " + seconds(set, blockingWake) + " s after the set");

            TraceEvent timedDone = t.ofKind(Kinds.PRINT).stream().filter(e -> e.pid() == timed.pid()).reduce((a, b) -> b).orElseThrow();
            assertEquals(w.get(0), timedDone.text());
            TraceEvent blockingDone = t.ofKind(Kinds.PRINT).stream().filter(e -> e.pid() == blocking.pid()).reduce((a, b) -> b).orElseThrow();
            assertEquals(w.get(1), blockingDone.text());
            assertTrue(blockingDone.tUs() >= set.tUs());
            assertEquals(6, r.texts().size(), r.printed().toString());
        }
    }
}
