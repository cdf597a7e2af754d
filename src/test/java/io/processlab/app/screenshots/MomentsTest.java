package io.processlab.app.screenshots;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.SampleRuns;
import io.processlab.view.objects.Events;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The moment the screenshots show: when the most is going on. */
class MomentsTest {
    @Test
    void theEventRunIsShownOnceTheFlagIsSetAndEveryOutcomeShows() {
        var events = SampleRuns.EVENT;
        assertEquals(10, Moments.busiest(events), "one woke, one gave up, the lamp is on");
    }

    @Test
    void aMessageInFlightIsWorthAPicture() {
        var events = pipeRun();
        assertEquals(5, Moments.busiest(events), "after the send, before the recv");
    }

    @Test
    void aDeadlockIsShownOnceTheBrokerFoundItNotTheMomentBefore() {
        var events = Events.of().child(1, "w").child(2, "w")
                .e(1, "acquired", "A", null).e(2, "acquired", "B", null)
                .e(1, "acquire-wait", "B", null).e(2, "acquire-wait", "A", null)
                .e(2, "deadlock", null, "P2 (2) -> P1 (1) -> P2")
                .e(1, "acquire-timeout", "B", "timed out")
                .list();
        long found = events.stream().filter(e -> e.is("deadlock")).findFirst().orElseThrow().tUs();
        assertEquals(found, Moments.busiest(events), "the cycle in red, while it holds");
    }

    @Test
    void aRunWithoutEventsIsShownAtItsStart() {
        assertEquals(0, Moments.busiest(List.of()));
    }

    @Test
    void aDemoThatShowsItsResultsAtTheEndIsPicturedAtItsLastEventTheOthersAtTheirBusiest() {
        var events = pipeRun();
        long end = events.get(events.size() - 1).tUs();
        assertEquals(end, Moments.forPicture("threads", events), "the end, where the measures are");
        assertTrue(Moments.busiest(events) < end);
        assertEquals(Moments.busiest(events), Moments.forPicture("queue", events));
        assertEquals(0, Moments.forPicture("cores", List.of()));
    }

    /** A child sends one message that the parent receives. */
    private static List<io.processlab.trace.TraceEvent> pipeRun() {
        return Events.of()
                .child(1, "pipe.sender")
                .e(MAIN, "create", "p.a", "Connection")
                .e(MAIN, "recv-wait", "p.a", null)
                .e(1, "send", "p.b", "['spam']", 1)
                .e(MAIN, "recv", "p.a", "['spam']", 1)
                .e(1, "exit", null, "code 0")
                .list();
    }
}
