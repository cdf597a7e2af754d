package io.processlab.app.screenshots;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        var events = Events.of()
                .child(1, "pipe.sender")
                .e(MAIN, "create", "p.a", "Connection")
                .e(MAIN, "recv-wait", "p.a", null)
                .e(1, "send", "p.b", "['spam']", 1)
                .e(MAIN, "recv", "p.a", "['spam']", 1)
                .e(1, "exit", null, "code 0")
                .list();
        assertEquals(5, Moments.busiest(events), "after the send, before the recv");
    }

    @Test
    void aRunWithoutEventsIsShownAtItsStart() {
        assertEquals(0, Moments.busiest(List.of()));
    }
}
