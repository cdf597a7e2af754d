package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.view.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeAxisTest {
    /** {@code text} as a label writes it: its value and unit kept together by a no-break space (the table writes a plain one). */
    private static String kept(String text) {
        return text.replace(' ', Units.NO_BREAK);
    }

    @ParameterizedTest(name = "span {0} µs over {1} px gives a step of {2} µs")
    @CsvSource({
        "1000000, 1000, 200000",
        "1000000, 100, 2000000",
        "3500000, 2000, 500000",
        "100, 1000, 20",
        "60000000, 1200, 10000000",
        "1, 1000, 1",
    })
    void stepIsRoundAndAboutAHundredPixelsWide(long span, double width, long step) {
        assertEquals(step, TimeAxis.step(span, width, 120));
    }

    @ParameterizedTest(name = "span {0} µs over {1} px, at least 3 ticks: step {2} µs")
    @CsvSource({
        "860000, 470, 200000",
        "1000000, 100, 200000",
        "1000000, 1000, 200000",
        "1000, 40, 200",
        "2, 10, 1",
    })
    void aNarrowPlotGetsAFinerStepSoThatItsAxisShowsAScale(long span, double width, long step) {
        assertEquals(step, TimeAxis.step(span, width, 120, 3));
        assertEquals(true, span / step >= 3 || step == 1, "at least three ticks across the span");
    }

    @ParameterizedTest(name = "{0} µs with step {1} in a range to {2} reads \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
        0       | 200000  | 1200000 | 0 s
        0       | 200     | 900     | 0 µs
        500000  | 100000  | 2000000 | 0.5 s
        1500000 | 500000  | 3000000 | 1.5 s
        2000000 | 1000000 | 3000000 | 2 s
        200000  | 200000  | 900000  | 200 ms
        5000    | 5000    | 20000   | 5 ms
        1500    | 500     | 4000    | 1.5 ms
        40      | 10      | 500     | 40 µs
        1200050 | 50      | 1200100 | 1.20005 s
        """)
    void labelsUseTheUnitOfTheRangeAndTheDecimalsOfTheStep(long t, long step, long end, String text) {
        assertEquals(kept(text), TimeAxis.label(t, step, end));
    }

    @ParameterizedTest
    @CsvSource({"1234567, 1.235 s", "12345, 12.3 ms", "999, 999 µs"})
    void cursorTimesAreShortAndPrecise(long us, String text) {
        assertEquals(kept(text), TimeAxis.format(us));
    }

    @ParameterizedTest(name = "cursor at {0} µs, range to {1} µs over {2} µs: \"{3}\"")
    @CsvSource({
        "721800, 1200000, 1200000, 0.722 s",
        "29874000, 60000000, 60000000, 29.874 s",
        "29874321, 30000000, 5000, 29.87432 s",
        "500, 1000, 1000, 0.50 ms",
        "12345, 20000, 20000, 12.3 ms",
        "40, 500, 500, 40 µs",
    })
    void cursorLabelsUseTheAxisUnit(long us, long end, long span, String text) {
        assertEquals(kept(text), TimeAxis.format(us, end, span));
    }

    @ParameterizedTest
    @CsvSource({"0, 100, 0", "1, 100, 100", "-150, 100, -100", "200, 100, 200"})
    void firstTickIsTheFirstRoundTimeInView(long t0, long step, long first) {
        assertEquals(first, TimeAxis.first(t0, step));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 2", "2, 5", "5, 10", "50000, 100000", "200000, 500000", "1000000, 2000000", "0, 2"})
    void theNextRoundStepUpIsTwoFiveOrTenTimesAPowerOfTen(long step, long next) {
        assertEquals(next, TimeAxis.coarser(step));
    }
}
