package io.processlab.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scrubber's view model on a hand-moved clock: no sleeps, every step exact. */
class PlayerTest {
    /** A clock the test moves. */
    private long nanos = 1_000_000_000L;
    private final Player player = new Player(() -> nanos);

    private static List<TraceEvent> at(long... times) {
        List<TraceEvent> out = new ArrayList<>();
        for (long t : times) {
            out.add(TraceEvent.of(t, 1, "MainProcess", "print", null, null));
        }
        return out;
    }

    /** Moves the clock by {@code ms} and runs one frame with the run's end as given. */
    private void frame(long ms, long endUs, boolean live) {
        nanos += ms * 1_000_000L;
        player.update(endUs, live);
        player.frame();
    }

    @Test
    void aSavedRunOpensAtItsEndAndPlayStartsOverFromTheBeginning() {
        player.load(at(0, 400_000, 1_000_000), false);
        assertEquals(1_000_000, player.time());
        assertFalse(player.isFollowing());
        player.play();
        assertTrue(player.isPlaying());
        assertEquals(0, player.time());
    }

    @Test
    void playingAdvancesByTheElapsedTimeTimesTheSpeed() {
        player.load(at(0, 1_000_000, 2_000_000), false);
        player.seek(0);
        player.play();
        frame(100, 2_000_000, false);
        assertEquals(100_000, player.time(), "1x: 100 ms of clock is 100 ms of run");
        player.speedProperty().set(2.0);
        frame(100, 2_000_000, false);
        assertEquals(300_000, player.time(), "2x");
        player.speedProperty().set(0.25);
        frame(400, 2_000_000, false);
        assertEquals(400_000, player.time(), "0.25x");
        player.speedProperty().set(8.0);
        frame(50, 2_000_000, false);
        assertEquals(800_000, player.time(), "8x");
    }

    @Test
    void pauseHoldsTheCursorWhileTheClockGoesOn() {
        player.load(at(0, 1_000_000), false);
        player.seek(0);
        player.play();
        frame(200, 1_000_000, false);
        player.pause();
        frame(500, 1_000_000, false);
        assertEquals(200_000, player.time());
        assertFalse(player.isPlaying());
        player.togglePlay();
        frame(100, 1_000_000, false);
        assertEquals(300_000, player.time(), "playing again goes on from where it stood");
    }

    @Test
    void playingStopsAtTheEndOfASavedRun() {
        player.load(at(0, 500_000), false);
        player.seek(400_000);
        player.play();
        frame(1_000, 500_000, false);
        assertEquals(500_000, player.time());
        assertFalse(player.isPlaying());
        assertFalse(player.isFollowing());
    }

    @ParameterizedTest(name = "speed {0} is taken as {1}")
    @MethodSource("speeds")
    void theSpeedStaysBetweenAQuarterAndEight(Double asked, double taken) {
        player.speedProperty().set(asked);
        assertEquals(taken, player.speedProperty().get());
    }

    static Stream<Arguments> speeds() {
        return Stream.of(Arguments.of(0.25, 0.25), Arguments.of(8.0, 8.0), Arguments.of(0.1, 0.25),
                Arguments.of(20.0, 8.0), Arguments.of(-1.0, 1.0), Arguments.of(null, 1.0), Arguments.of(Double.NaN, 1.0));
    }

    @Test
    void stepsGoFromEventToEventAndEventsAtOneTimeAreOneStep() {
        player.load(at(10, 20, 20, 35), false);
        player.seek(0);
        List<Long> forward = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            player.stepNext();
            forward.add(player.time());
        }
        assertEquals(List.of(10L, 20L, 35L, 35L), forward, "the last step stays at the end");
        List<Long> back = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            player.stepPrevious();
            back.add(player.time());
        }
        assertEquals(List.of(20L, 10L, 0L, 0L), back, "before the first event is the start");
    }

    @Test
    void aStepPausesPlaying() {
        player.load(at(0, 100_000, 200_000), false);
        player.seek(0);
        player.play();
        player.stepNext();
        assertFalse(player.isPlaying());
        assertEquals(100_000, player.time());
    }

    @Test
    void aLiveRunIsFollowedUntilTheUserGrabsTheCursor() {
        List<TraceEvent> events = new ArrayList<>(at(0));
        player.load(events, true);
        assertTrue(player.isFollowing());
        frame(16, 300_000, true);
        assertEquals(300_000, player.time(), "the cursor is at now");
        player.seek(100_000);
        assertFalse(player.isFollowing());
        events.addAll(at(450_000));
        frame(16, 500_000, true);
        assertEquals(100_000, player.time(), "a grabbed cursor stays while the run goes on");
        player.followLive();
        assertTrue(player.isFollowing());
        frame(16, 600_000, true);
        assertEquals(600_000, player.time());
    }

    @Test
    void playingALiveRunCatchesUpWithNowAndFollowsIt() {
        player.load(new ArrayList<>(at(0)), true);
        frame(16, 1_000_000, true);
        player.seek(900_000);
        player.speedProperty().set(4.0);
        player.play();
        frame(50, 1_010_000, true);
        assertEquals(1_010_000, player.time(), "4 x 50 ms overtakes now: the cursor stops there");
        assertTrue(player.isFollowing());
        assertFalse(player.isPlaying());
        frame(16, 1_020_000, true);
        assertEquals(1_020_000, player.time());
    }

    @Test
    void draggingToNowDuringALiveRunFollowsAgainAndPlayDoesNothingThere() {
        player.load(new ArrayList<>(at(0)), true);
        frame(16, 200_000, true);
        player.seek(50_000);
        player.seek(250_000);
        assertTrue(player.isFollowing());
        player.play();
        assertFalse(player.isPlaying());
    }

    @Test
    void whenTheRunEndsAFollowingCursorStaysAtItsEnd() {
        player.load(new ArrayList<>(at(0, 700_000)), true);
        frame(16, 750_000, true);
        frame(16, 700_000, false);
        assertEquals(700_000, player.time());
        assertFalse(player.liveProperty().get());
        player.play();
        assertEquals(0, player.time(), "play at the end of a finished run starts over");
    }

    @Test
    void withoutARunNothingMoves() {
        player.play();
        player.stepNext();
        player.seek(1_000);
        assertFalse(player.isPlaying());
        assertEquals(0, player.time());
        assertFalse(player.readyProperty().get());
    }
}
