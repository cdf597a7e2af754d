package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Where each lane ends: a child at its exit (with how it ended in words), the parent with the run. */
class LaneEndTest {
    private static final Locale PT = Locale.forLanguageTag("pt-BR");
    private static final String RUN = "0 1 print text=go; 10 1 spawn detail=w (2): t.x; 50 2 start;"
            + "100 2 get-wait object=tasks; 200 1 put object=tasks msg=1; 210 2 get object=tasks msg=1;"
            + "400 2 sleep; 800 2 wake; 900 2 exit detail=code 0; 1000 1 print text=end";

    private static Frame frame(ProcessStates s) {
        return new Frame().size(1000, 400).range(0, s.endUs()).now(s.endUs()).laneHeight(40).legend(false);
    }

    /** A view that runs on well after the run's end: room for the words after every mark. */
    private static Frame roomy(ProcessStates s) {
        return frame(s).range(0, s.endUs() * 3);
    }

    @Test
    void theEndEventEndsTheParentsLaneWithoutAnExitCode() {
        ProcessStates s = Events.states(RUN + "; 1100 1 end");
        Lane parent = s.lane(1);
        assertTrue(parent.ended());
        assertEquals(1100, parent.endUs());
        assertNull(parent.exitCode());
        assertFalse(parent.failed());
        assertEquals(State.RUNNING, s.stateAt(1, 1099));
        assertEquals(State.EXITED, s.stateAt(1, 1100));
        assertEquals(900, s.lane(2).endUs());
    }

    @Test
    void aTraceWithoutTheEndEventEndsTheParentAtItsLastEventOnlyWhenTheRunIsOver() {
        ProcessStates live = Events.states(RUN);
        assertFalse(live.lane(1).ended(), "a live run's parent goes on");
        ProcessStates saved = ProcessStates.ofRun(Trace.of(
                List.of(new ProcessInfo(1, "MainProcess", "main", null)), Events.parse(RUN)));
        assertTrue(saved.lane(1).ended());
        assertEquals(1000, saved.lane(1).endUs());
        assertEquals(900, saved.lane(2).endUs(), "a child still ends at its own exit");
    }

    @Test
    void aChildThatNeverExitedStaysOpenWhenTheRunEnds() {
        ProcessStates s = Events.states("0 1 spawn detail=w (2): t.x; 50 2 start; 100 2 get-wait object=q; 300 1 end");
        assertTrue(s.lane(1).ended());
        assertFalse(s.lane(2).ended());
        assertEquals(State.BLOCKED, s.stateAt(2, 300));
    }

    /** The run painted 800x300 in a fitted view, as the window shows it before any zoom. */
    private static RecordingPainter paintedFitted(ProcessStates s) {
        Viewport v = new Viewport();
        v.fit(s.endUs());
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, new Frame().size(800, 300).range(v.t0(), v.t1()).now(s.endUs())
                .laneHeight(40).legend(false));
        return p;
    }

    @Test
    void inAFittedViewTheLanesThatEndLastStillSayHowTheyEnded() {
        ProcessStates s = Events.states("0 1 spawn detail=w (2): t.x; 50 2 start; 100 2 sleep; 980 2 wake;"
                + " 990 2 exit detail=code 0; 1000 1 end");
        RecordingPainter p = paintedFitted(s);
        assertTrue(p.texts.contains("exit 0"), p.texts.toString());
        assertTrue(p.texts.contains("end"), p.texts.toString());
    }

    /** A child that failed and then exited with code 0 never reads as a clean "exit 0", even where the room is short. */
    @Test
    void anErrorThenCodeZeroSaysSoInANarrowRoomToo() {
        ProcessStates s = Events.states("0 1 spawn detail=w (2): t.x; 50 2 start; 300 2 error detail=boom;"
                + " 850 2 exit detail=code 0; 1000 1 end");
        RecordingPainter p = paintedFitted(s);
        assertFalse(p.texts.contains("exit 0"), p.texts.toString());
        assertTrue(p.texts.contains("exit 0, error"), "the room is short for the full words: " + p.texts);
    }

    @Test
    void eachLaneEndIsMarkedAndSaysHowItEndedAndNothingIsDrawnAfterIt() {
        ProcessStates s = Events.states(RUN + "; 1100 1 end");
        RecordingPainter p = new RecordingPainter();
        TimelineRenderer r = new TimelineRenderer();
        Frame f = roomy(s);
        r.paint(p, s, f);
        assertTrue(p.texts.contains("exit 0"), "a normal end is said the same in any room: " + p.texts);
        assertTrue(p.texts.contains("end"), p.texts.toString());
        assertFalse(p.texts.contains("exited normally (code 0)"), p.texts.toString());
        assertEquals(0, p.count(Palette.color(State.EXITED)), "no bar after a lane's end");
        Layout lay = r.layout(p, s, f);
        double x = lay.x(f, 900);
        boolean mark = false;
        for (int i = 0; i < p.rectList.size(); i++) {
            double[] rc = p.rectList.get(i);
            if (p.rectColors.get(i) == EndMark.INK && rc[0] <= x && rc[0] + rc[2] >= x) {
                mark = true;
            }
        }
        assertTrue(mark, "a bar in ink across the child's lane at its exit");

        RecordingPainter pt = new RecordingPainter();
        r.paint(pt, s, f.locale(PT));
        assertTrue(pt.texts.contains("sa\u00edda 0"), pt.texts.toString());
        assertTrue(pt.texts.contains("fim"), pt.texts.toString());
    }

    @Test
    void aFailedChildsMarkIsInTheErrorColour() {
        ProcessStates s = Events.states("0 1 spawn detail=w (2): t.x; 50 2 start; 300 2 exit detail=code 1: boom; 400 1 end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, roomy(s));
        assertTrue(p.count(EndMark.FAILED_INK) > 0);
        assertTrue(p.texts.contains("failed: exit code 1"), p.texts.toString());
    }

    @Test
    void nearThePlotsRightEdgeTheEndIsSaidShortlyOrNotAtAllNeverOverTheBars() {
        ProcessStates s = Events.states(RUN + "; 1100 1 end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, frame(s));
        assertTrue(p.texts.contains("exit 0"), "the child ended a little before the edge: " + p.texts);
        assertFalse(p.texts.contains("end of run"), "the parent ends at the edge: its mark alone " + p.texts);
        assertFalse(p.texts.contains("end"), p.texts.toString());
        assertTrue(p.count(EndMark.INK) >= 2, "both marks are drawn");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
        code 0                                                                               | en | exit 0
        code 0                                                                               | pt | saída 0
        code 1: IllegalStateException: boom                                                  | en | failed: exit code 1
        code 1: IllegalStateException: boom                                                  | pt | falhou: código de saída 1
        code 137: exit code 137 (killed by signal 9, SIGKILL)                                  | en | killed by SIGKILL (code 137)
        code 137: exit code 137 (killed by signal 9, SIGKILL)                                 | pt | morto por SIGKILL (código 137)
        code 158: exit code 158 (killed by signal 30)                                         | en | killed by signal 30 (code 158)
        code 143: stopped when the run was closed (exit code 143 (killed by signal 15, SIGTERM)) | en | stopped with the run (code 143)
        code 143: stopped when the run was closed (exit code 143 (killed by signal 15, SIGTERM)) | pt | parado com a execução (código 143)
        code -1: no exit code (the process could not be reaped)                               | en | ended without an exit code
        """)
    void theExitIsSaidInWords(String detail, String lang, String words) {
        ProcessStates s = Events.states("0 1 spawn detail=w (2): t.x; 50 2 start; 300 2 exit detail=" + detail);
        assertEquals(words, EndMark.words(s.lane(2), lang.equals("pt") ? PT : Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
        code 0                                                                               | en | exit 0
        code 0                                                                               | pt | saída 0
        code 1: boom                                                                         | en | exit 1
        code 137: exit code 137 (killed by signal 9, SIGKILL)                                 | en | SIGKILL
        code 143: stopped when the run was closed (exit code 143 (killed by signal 15, SIGTERM)) | pt | parado
        code -1: no exit code (the process could not be reaped)                               | en | no code
        """)
    void inANarrowRoomTheExitIsSaidInAWordOrTwo(String detail, String lang, String words) {
        ProcessStates s = Events.states("0 1 spawn detail=w (2): t.x; 50 2 start; 300 2 exit detail=" + detail);
        assertEquals(words, EndMark.shortWords(s.lane(2), lang.equals("pt") ? PT : Locale.ENGLISH));
    }

    @Test
    void anUncaughtErrorThenExitZeroIsSaidAsSuch() {
        ProcessStates s = Events.states("0 1 spawn detail=w (2): t.x; 50 2 start; 80 2 error detail=Boom; 100 2 exit detail=code 0");
        assertEquals("exited with code 0 after an error", EndMark.words(s.lane(2), Locale.ENGLISH));
        assertNull(EndMark.words(Events.states(RUN).lane(1), Locale.ENGLISH), "no words while it runs");
    }
}
