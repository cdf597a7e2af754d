package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lane's label in a narrow timeline (beside a wide tab, in presenter mode): the PID goes before
 * the name is cut, then the type shrinks a little, and only a name that does not fit even so is
 * shortened, and counted as cut. The recording painter measures 0.55 of the type size a character.
 */
class LaneLabelTest {
    @ParameterizedTest(name = "{0} at {1} px wide: PID drawn {2}, names cut {3}")
    @CsvSource({
        "Consumer-3, 1000, true, 0",      // room for both
        "Consumer-3, 260, false, 0",      // the name alone fits at full size
        "Consumer-3, 200, false, 0",      // the name alone fits at a smaller size
        "Consumer-345678, 200, false, 1", // not even at the smallest: shortened, and counted
    })
    void aNarrowTimelineDropsThePidBeforeItCutsTheName(String name, double width, boolean pid, int cut) {
        ProcessStates s = Events.states("0 1 start; 10 1 spawn detail=" + name + " (12345): t.x; 50 12345 start;"
                + " 900 12345 exit detail=code 0; 1000 1 exit detail=code 0");
        RecordingPainter p = new RecordingPainter();
        TimelineRenderer r = new TimelineRenderer();
        r.paint(p, s, new Frame().size(width, 400).range(0, s.endUs()).now(s.endUs()).laneHeight(40).legend(false));
        assertEquals(pid, p.texts.contains(" 12345"), p.texts.toString());
        assertEquals(cut, r.namesCut(), p.texts.toString());
        assertEquals(cut == 0, p.texts.contains(name), p.texts.toString());
    }
}
