package io.processlab.view.objects;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Step mode in a recorded run: which operations were held at the scrubber's time. */
class HeldOpsTest {
    /**
     * One recorded run: children 1 and 2 start (t 1-4), then
     * t5 held P1 acquire A #1, t6 held P2 acquire B #2, t7 held MainProcess put q #3,
     * t8 granted P2 #2, t9 held P2 acquire A #4, t10 freed P1 #1, t11 exit P2,
     * t12 granted MainProcess #3 ... t13 end.
     */
    private static final List<TraceEvent> RUN = Events.of().child(1, "t").child(2, "t")
            .e(1, "held", "A", "acquire #1")
            .e(2, "held", "B", "acquire #2")
            .e(MAIN, "held", "q", "put #3")
            .e(2, "granted", "B", "acquire #2")
            .e(2, "held", "A", "acquire #4")
            .e(1, "freed", "A", "acquire #1")
            .e(2, "exit", null, "code 0")
            .e(MAIN, "granted", "q", "put #3")
            .e(MAIN, "end", null, null)
            .list();

    static Stream<Arguments> heldAtTime() {
        return Stream.of(
                Arguments.of(4, List.of(), 0),
                Arguments.of(5, List.of("#1 P1 acquire A @5"), 0),
                Arguments.of(7, List.of("#1 P1 acquire A @5", "#2 P2 acquire B @6", "#3 MainProcess put q @7"), 0),
                Arguments.of(8, List.of("#1 P1 acquire A @5", "#3 MainProcess put q @7"), 1),
                Arguments.of(9, List.of("#1 P1 acquire A @5", "#3 MainProcess put q @7", "#4 P2 acquire A @9"), 1),
                Arguments.of(10, List.of("#3 MainProcess put q @7", "#4 P2 acquire A @9"), 1),
                Arguments.of(11, List.of("#3 MainProcess put q @7"), 1),
                Arguments.of(12, List.of(), 2),
                Arguments.of(13, List.of(), 2));
    }

    @ParameterizedTest(name = "at t={0}: {1}")
    @MethodSource
    void heldAtTime(long t, List<String> expected, int granted) {
        HeldOps steps = ObjectsModel.at(RUN, t).steps();
        assertEquals(expected, steps.held().stream().map(HeldOpsTest::describe).toList());
        assertEquals(granted, steps.granted(), "operations the user let through by then");
    }

    @Test
    void anOlderTraceWithoutFreedKeepsAnOperationHeldUntilItsProcessEnded() {
        List<TraceEvent> old = Events.of().child(1, "t").e(1, "held", "L", "acquire #1")
                .e(1, "acquired", "L", null).e(1, "exit", null, "code 0").list();
        assertEquals(List.of("#1 P1 acquire L @3"), ObjectsModel.at(old, 4).steps().held().stream().map(HeldOpsTest::describe).toList());
        assertTrue(ObjectsModel.at(old, 5).steps().held().isEmpty());
    }

    @Test
    void aRunNeverSteppedSaysSoAndAStrangeDetailIsIgnored() {
        assertFalse(Events.of().child(1, "t").e(1, "acquired", "L", null).fold().steps().stepped());
        HeldOps odd = Events.of().e(MAIN, "held", "L", "acquire").e(MAIN, "held", "L", "acquire #x").fold().steps();
        assertTrue(odd.held().isEmpty());
        assertFalse(odd.stepped());
        assertTrue(ObjectsModel.of(RUN).steps().stepped());
    }

    private static String describe(HeldOps.Held h) {
        return "#" + h.seq() + " " + h.who().name() + " " + h.op() + " " + h.object() + " @" + h.sinceUs();
    }
}
