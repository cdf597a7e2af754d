package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.ProcessInfo;
import io.processlab.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessStatesTest {
    private static final String SPAWNED = "10 1 spawn detail=p2 (2): t.x; 50 2 start detail=pid 2;";

    @ParameterizedTest(name = "{0}: p{2} at {3} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
        before its spawn a process has no state      | 10 1 spawn detail=p2 (2): t.x; 50 2 start                           | 2 | 5   | NULL
        from spawn to start it is starting          | 10 1 spawn detail=p2 (2): t.x; 50 2 start                           | 2 | 30  | STARTING
        after start it runs                         | 10 1 spawn detail=p2 (2): t.x; 50 2 start                           | 2 | 60  | RUNNING
        acquire-wait until acquired waits for lock  | SPAWNED 100 2 acquire-wait object=L; 120 2 acquired object=L         | 2 | 110 | WAITING_LOCK
        after acquired it runs again                | SPAWNED 100 2 acquire-wait object=L; 120 2 acquired object=L         | 2 | 130 | RUNNING
        acquire-timeout ends the wait               | SPAWNED 100 2 acquire-wait object=L; 120 2 acquire-timeout object=L  | 2 | 130 | RUNNING
        get-wait until get is blocked               | SPAWNED 100 2 get-wait object=q; 200 2 get object=q msg=3            | 2 | 150 | BLOCKED
        get-empty ends a get                        | SPAWNED 100 2 get-wait object=q; 200 2 get-empty object=q            | 2 | 200 | RUNNING
        recv-wait until recv is blocked             | SPAWNED 100 2 recv-wait object=a; 200 2 recv object=a                | 2 | 199 | BLOCKED
        join-wait until joined is blocked           | SPAWNED 100 2 join-wait object=q; 200 2 joined object=q              | 2 | 100 | BLOCKED
        process join blocks the parent              | SPAWNED 100 1 process-join-wait detail=p2 (2); 300 1 process-joined detail=p2 (2) | 1 | 250 | BLOCKED
        the parent runs from time zero              | SPAWNED 100 1 process-join-wait detail=p2 (2); 300 1 process-joined detail=p2 (2) | 1 | 0   | RUNNING
        event-wait until event-wake waits for event | SPAWNED 100 2 event-wait object=e; 900 2 event-wake object=e         | 2 | 500 | WAITING_EVENT
        sleep until wake is sleeping                | SPAWNED 100 2 sleep detail=0.1 s; 200 2 wake                         | 2 | 150 | SLEEPING
        after wake it runs                          | SPAWNED 100 2 sleep detail=0.1 s; 200 2 wake                         | 2 | 200 | RUNNING
        after event-wake it runs                    | SPAWNED 100 2 event-wait object=e; 900 2 event-wake object=e         | 2 | 950 | RUNNING
        after recv it runs                          | SPAWNED 100 2 recv-wait object=a; 200 2 recv object=a                | 2 | 200 | RUNNING
        after joined it runs                        | SPAWNED 100 2 join-wait object=q; 200 2 joined object=q              | 2 | 201 | RUNNING
        after process-joined the parent runs        | SPAWNED 100 1 process-join-wait detail=p2 (2); 300 1 process-joined detail=p2 (2) | 1 | 300 | RUNNING
        after get it runs                           | SPAWNED 100 2 get-wait object=q; 200 2 get object=q msg=3            | 2 | 200 | RUNNING
        exit with code 0 is exited                  | SPAWNED 100 2 exit detail=code 0; 200 1 print text=x                 | 2 | 150 | EXITED
        exit with code 1 is failed                  | SPAWNED 100 2 exit detail=code 1: boom; 200 1 print text=x           | 2 | 150 | FAILED
        an uncaught error then exit 0 is failed     | SPAWNED 80 2 error detail=Boom; 100 2 exit detail=code 0             | 2 | 150 | FAILED
        an error on a call does not fail            | SPAWNED 80 2 error object=q detail=no; 100 2 exit detail=code 0      | 2 | 150 | EXITED
        exit ends a wait                            | SPAWNED 100 2 get-wait object=q; 200 2 exit detail=code 0            | 2 | 250 | EXITED
        a still-open wait lasts until now           | SPAWNED 100 2 get-wait object=q                                      | 2 | 99999 | BLOCKED
        holding a lock while blocked is blocked     | SPAWNED 100 2 acquired object=L; 150 2 get-wait object=q             | 2 | 160 | BLOCKED
        the latest of two waits shows               | SPAWNED 100 2 get-wait object=q; 110 2 sleep; 120 2 wake; 200 2 get object=q | 2 | 115 | SLEEPING
        closing an inner wait returns to the outer  | SPAWNED 100 2 get-wait object=q; 110 2 sleep; 120 2 wake; 200 2 get object=q | 2 | 150 | BLOCKED
        event-wake when already set needs no wait   | SPAWNED 100 2 event-wake object=e detail=already set                | 2 | 150 | RUNNING
        step mode holds an operation: blocked       | SPAWNED 100 2 held object=L detail=acquire #1; 300 2 granted object=L detail=acquire #1 | 2 | 200 | BLOCKED
        once granted it goes on                     | SPAWNED 100 2 held object=L detail=acquire #1; 300 2 granted object=L detail=acquire #1 | 2 | 300 | RUNNING
        granting another operation is no release    | SPAWNED 100 2 held object=L detail=acquire #1; 150 3 granted object=L detail=acquire #2 | 2 | 200 | BLOCKED
        freed when the gate stops holding           | SPAWNED 100 2 held object=L detail=acquire #1; 300 2 freed object=L detail=acquire #1 | 2 | 300 | RUNNING
        """)
    void stateAtTimeFollowsTheEvents(String why, String events, long pid, long t, String expected) {
        ProcessStates s = Events.states(events.replace("SPAWNED", SPAWNED));
        State got = s.stateAt(pid, t);
        if (expected.equals("NULL")) {
            assertNull(got, why);
        } else {
            assertEquals(State.valueOf(expected), got, why);
        }
    }

    @Test
    void holdingALockIsABandFromAcquiredToReleased() {
        ProcessStates s = Events.states(SPAWNED + "100 2 acquire-wait object=L; 120 2 acquired object=L;"
                + "150 2 get-wait object=q; 170 2 get object=q; 200 2 released object=L; 300 2 print text=x");
        Lane lane = s.lane(2);
        assertFalse(lane.holdsLockAt(110));
        assertTrue(lane.holdsLockAt(120));
        assertTrue(lane.holdsLockAt(160));
        assertFalse(lane.holdsLockAt(200));
        assertEquals(1, lane.locks().size());
        assertEquals("holds L", lane.locks().label(0));
        assertEquals(120, lane.locks().start(0));
        assertEquals(200, lane.locks().end(0));
    }

    @Test
    void exitReleasesTheLocksItHeld() {
        ProcessStates s = Events.states(SPAWNED + "100 2 acquired object=L; 150 2 exit detail=code 1");
        assertEquals(150, s.lane(2).locks().end(0));
        assertFalse(s.lane(2).holdsLockAt(160));
        assertEquals(1, s.lane(2).exitCode());
        assertTrue(s.lane(2).failed());
    }

    @Test
    void statesAreContiguousAndLabelled() {
        ProcessStates s = Events.states(SPAWNED + "100 2 get-wait object=tasks; 200 2 get object=tasks;"
                + "250 2 sleep detail=0.1 s; 350 2 wake; 400 2 exit detail=code 0");
        Segments seg = s.lane(2).states();
        List<String> got = new java.util.ArrayList<>();
        for (int i = 0; i < seg.size(); i++) {
            got.add(seg.start(i) + "-" + (seg.end(i) == Segments.OPEN ? "open" : seg.end(i)) + " " + seg.state(i)
                    + (seg.label(i) == null ? "" : " " + seg.label(i)));
        }
        assertEquals(List.of("10-50 STARTING", "50-100 RUNNING", "100-200 BLOCKED get tasks",
                "200-250 RUNNING", "250-350 SLEEPING sleep 0.1 s", "350-400 RUNNING", "400-open EXITED exit 0"), got);
    }

    /**
     * A wait its timeout ended says so on its bar: the deadlock's "acquire B" that the timeout
     * broke, the event's timed "wait e"; a wait that got what it asked for keeps its words.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|100 2 acquire-wait object=B; 500 2 acquire-timeout object=B|acquire B \u00b7 gave up",
        "pt|100 2 acquire-wait object=B; 500 2 acquire-timeout object=B|aguarda B (acquire) \u00b7 desistiu",
        "en|100 2 event-wait object=e; 500 2 event-wake object=e detail=timeout|wait e \u00b7 gave up",
        "en|100 2 event-wait object=e; 500 2 event-wake object=e|wait e",
        "en|100 2 acquire-wait object=B; 500 2 acquired object=B|acquire B",
    })
    void aWaitItsTimeoutEndedSaysItGaveUp(String lang, String events, String shown) {
        Segments seg = Events.states(SPAWNED + events + "; 600 2 exit detail=code 0").lane(2).states();
        int wait = seg.indexAt(300);
        java.util.Locale l = lang.equals("pt") ? io.processlab.wire.Bundles.PORTUGUESE : java.util.Locale.ENGLISH;
        assertEquals(shown, BarText.say(seg.label(wait), seg.state(wait), seg.end(wait) - seg.start(wait), l));
    }

    @Test
    void aWaitThatLastsNoTimeLeavesNoInterval() {
        ProcessStates s = Events.states(SPAWNED + "100 2 get-wait object=q; 100 2 get object=q; 150 2 print text=a");
        Segments seg = s.lane(2).states();
        assertEquals(2, seg.size(), "starting, running");
        assertEquals(State.RUNNING, seg.state(1));
        assertEquals(Segments.OPEN, seg.end(1));
    }

    @Test
    void aPutAndTheGetWithTheSameMessageNumberMakeAnArrow() {
        ProcessStates s = Events.states(SPAWNED + "100 1 put object=tasks detail=7 msg=4; 120 1 put object=tasks msg=5;"
                + "150 2 get object=tasks detail=7 msg=4; 160 2 send object=p.a msg=6; 170 1 recv object=p.b msg=6");
        assertEquals(List.of(new Arrow(4, 1, 100, 2, 150, "tasks", "7"), new Arrow(6, 2, 160, 1, 170, "p.a", null)),
                s.arrows());
        assertEquals(1, s.inFlight().size(), "message 5 is still in the queue");
        assertEquals(50, s.longestArrowUs());
    }

    @Test
    void theParentIsTheTopLaneWhateverCameFirst() {
        ProcessStates s = new ProcessStates();
        s.acceptAll(Events.parse("5 7 start; 6 8 start; 9 1 print text=hi"));
        s.addProcess(new ProcessInfo(9, "Boss", "main", null));
        assertEquals(List.of(1L, 9L, 7L, 8L), s.lanes().stream().map(Lane::pid).toList(),
                "main processes first, the rest in order of appearance");
        ProcessStates t = new ProcessStates();
        t.acceptAll(Events.parse("5 7 start"));
        t.addProcess(new ProcessInfo(9, "Boss", "main", null));
        assertEquals(List.of(9L, 7L), t.lanes().stream().map(Lane::pid).toList());
    }

    @Test
    void aSpawnNamesTheChildsLaneBeforeItSpeaks() {
        ProcessStates s = Events.states("10 1 spawn detail=Consumer-1 (4242): queue.consumer");
        assertEquals("Consumer-1", s.lane(4242).name());
        assertEquals(State.STARTING, s.stateAt(4242, 11));
    }

    @Test
    void feedingEventsOneByOneGivesWhatFeedingThemAllGives() {
        List<TraceEvent> events = SyntheticTrace.events(8, 3_000, 11);
        ProcessStates all = new ProcessStates();
        all.acceptAll(events);
        ProcessStates live = new ProcessStates();
        int i = 0;
        while (i < events.size()) {
            int n = Math.min(events.size() - i, 1 + i % 97);
            live.acceptAll(events.subList(i, i + n));
            i += n;
        }
        long end = all.endUs();
        for (Lane lane : all.lanes()) {
            for (long t = 0; t <= end; t += end / 500) {
                assertEquals(lane.stateAt(t), live.stateAt(lane.pid(), t), lane + " at " + t);
            }
        }
        assertEquals(all.arrows(), live.arrows());
    }

    @Test
    void stateAtMatchesAScanOfTheIntervals() {
        ProcessStates s = new ProcessStates();
        s.acceptAll(SyntheticTrace.events(4, 2_000, 5));
        for (Lane lane : s.lanes()) {
            Segments seg = lane.states();
            for (int i = 0; i < seg.size(); i++) {
                long mid = seg.end(i) == Segments.OPEN ? seg.start(i) + 1 : (seg.start(i) + seg.end(i)) / 2;
                assertEquals(seg.state(i), lane.stateAt(mid));
                if (i > 0) {
                    assertEquals(seg.end(i - 1), seg.start(i), "contiguous");
                    assertTrue(seg.start(i) > seg.start(i - 1), "no empty interval");
                }
            }
        }
    }
}
