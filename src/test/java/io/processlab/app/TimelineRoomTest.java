package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lanes the window makes room for: the run's, without moving the dividers at each new process. */
class TimelineRoomTest {
    @ParameterizedTest(name = "{0} lanes now, {1} last time (-1: never run), running {2}: room for {3}")
    @CsvSource({
        "0, -1, false, 3", // a lesson not run yet
        "0, 6, false, 6", // chosen again: as its last run
        "0, 6, true, 6", // a run starts: no process yet
        "2, 6, true, 6", // its processes appear: the room stays
        "7, 6, true, 7", // more than last time: the room grows
        "4, 6, false, 4", // a finished run with fewer processes: the room fits it
        "2, -1, false, 2" // an opened file of two processes
    })
    void theLanesOfTheLastRunHoldTheRoomWhileARunStarts(int now, int last, boolean running, int expected) {
        assertEquals(expected, TimelineRoom.lanes(now, last < 0 ? null : last, running));
    }
}
