package io.processlab.app.replay;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.Events;
import io.processlab.view.objects.ObjectsModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fold at the scrubber's time: forward a step at a time, back by folding again, always equal to a fresh fold. */
class ReplayFoldTest {
    /** A queue run: tasks put, taken, done, results printed; times 1, 2, 3... */
    static final List<TraceEvent> RUN = Events.of()
            .child(1, "queue.consumer")
            .child(2, "queue.consumer")
            .e(MAIN, "create", "tasks", "JoinableQueue")
            .e(MAIN, "put", "tasks", "{'a': 0}", 1)
            .e(MAIN, "put", "tasks", "{'a': 1}", 2)
            .e(MAIN, "join-wait", "tasks", "unfinished 2")
            .e(1, "get", "tasks", "{'a': 0}", 1)
            .print(1, "got 0")
            .e(2, "get", "tasks", "{'a': 1}", 2)
            .e(1, "task-done", "tasks", "unfinished 1")
            .print(2, "got 1")
            .e(2, "task-done", "tasks", "unfinished 0")
            .e(MAIN, "joined", "tasks", null)
            .e(1, "exit", null, "code 0")
            .e(2, "exit", null, "code 0")
            .list();

    private final List<String> printed = new ArrayList<>();
    private int clears;
    private final ReplayFold fold = new ReplayFold(ReplayFold.Lines.of(
            batch -> batch.stream().filter(e -> e.text() != null).forEach(e -> printed.add(e.text())),
            () -> {
                printed.clear();
                clears++;
            }));

    @Test
    void goingForwardFoldsOnlyTheNewEvents() {
        fold.reset(RUN);
        assertTrue(fold.moveTo(5));
        ObjectsModel first = fold.objects();
        assertTrue(fold.moveTo(10));
        assertEquals(first, fold.objects(), "the same fold went on");
        assertEquals(10, fold.objects().applied());
        assertFalse(fold.moveTo(10), "nothing new at the same time");
        assertEquals(0, fold.rebuilds());
        assertEquals(List.of("got 0"), printed);
    }

    @Test
    void goingBackFoldsAgainFromTheStartAndTheLinesFollow() {
        fold.reset(RUN);
        fold.moveTo(RUN.size());
        assertEquals(List.of("got 0", "got 1"), printed);
        assertTrue(fold.moveTo(10));
        assertEquals(1, fold.rebuilds());
        assertEquals(10, fold.objects().applied());
        assertEquals(List.of("got 0"), printed);
        assertEquals(2, clears, "once at reset, once going back");
    }

    @Test
    void goingBackWithinAGapBetweenEventsChangesNothing() {
        List<TraceEvent> spaced = List.of(TraceEvent.of(100, MAIN, "MainProcess", "start", null, null),
                TraceEvent.of(500, MAIN, "MainProcess", "sleep", null, null));
        fold.reset(spaced);
        fold.moveTo(400);
        assertFalse(fold.moveTo(200), "no event between 200 and 400");
        assertEquals(0, fold.rebuilds());
    }

    @Test
    void atEveryTimeInAnyOrderTheFoldIsTheFoldOfTheEventsUpToThatTime() {
        fold.reset(RUN);
        Random random = new Random(4);
        for (int i = 0; i < 200; i++) {
            long t = random.nextInt(RUN.size() + 3) - 1;
            fold.moveTo(t);
            assertEquals(Describe.of(ObjectsModel.at(RUN, t)), Describe.of(fold.objects()), "at " + t);
        }
    }

    @Test
    void aGrowingListIsFollowedAsItGrows() {
        List<TraceEvent> live = new ArrayList<>(RUN.subList(0, 4));
        fold.reset(live);
        fold.moveTo(Long.MAX_VALUE);
        live.addAll(RUN.subList(4, RUN.size()));
        fold.moveTo(Long.MAX_VALUE);
        assertEquals(Describe.of(ObjectsModel.of(RUN)), Describe.of(fold.objects()));
        assertEquals(0, fold.rebuilds());
    }
}
