package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.RuntimeKind;
import io.processlab.view.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a class reads on a projector: a queue's fan of arrows does not cover the bars, the
 * playhead leaves the end words and the axis readable, the legend takes no row for one word.
 */
class TimelineReadingTest {
    /** The parent puts ten tasks at once; five consumers take two each, one after the other. */
    private static String fan() {
        StringBuilder b = new StringBuilder("0 1 start;");
        for (int c = 2; c <= 6; c++) {
            b.append(c * 10).append(' ').append(c).append(" start;");
        }
        for (int m = 1; m <= 10; m++) {
            b.append(1000 + m).append(" 1 put object=tasks msg=").append(m).append(';');
        }
        for (int m = 1; m <= 10; m++) {
            int consumer = 2 + (m - 1) % 5;
            b.append(100_000 * m).append(' ').append(consumer).append(" get object=tasks msg=").append(m).append(';');
        }
        return b + "1100000 1 print text=end";
    }

    private static Frame wide(ProcessStates s) {
        return new Frame().size(1000, 500).range(0, s.endUs()).now(s.endUs()).laneHeight(40).legend(false);
    }

    @Test
    void aQueuesTenArrowsAreFaintSoThatTheBarsReadThroughThem() {
        ProcessStates s = Events.states(fan());
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, wide(s));
        assertEquals(10, p.lineColors.stream().filter(c -> c == ArrowPainter.FAINT).count(), "ten faint arrows");
        assertEquals(0, p.lineColors.stream().filter(c -> c == Palette.ARROW).count(), "none in the full ink");
    }

    @Test
    void theChosenProcesssArrowsAreStrongAndDrawnOverTheFaintOnes() {
        ProcessStates s = Events.states(fan());
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, wide(s).focus(3));
        List<Integer> lines = p.lineColors;
        assertEquals(2, lines.stream().filter(c -> c == ArrowPainter.STRONG).count(), "p3 took two tasks");
        assertTrue(lines.lastIndexOf(ArrowPainter.FAINT) < lines.indexOf(ArrowPainter.STRONG),
                "every faint arrow is drawn before the strong ones: " + lines);
    }

    @Test
    void messagesSentTogetherBetweenTheSameLanesAreOneArrowWithACount() {
        StringBuilder b = new StringBuilder("0 1 start; 10 2 start;");
        for (int m = 1; m <= 5; m++) {
            b.append(500_000 + m).append(" 2 put object=results msg=").append(m).append(';');
        }
        for (int m = 1; m <= 5; m++) {
            b.append(600_000 + m).append(" 1 get object=results msg=").append(m).append(';');
        }
        ProcessStates s = Events.states(b + "1000000 1 print text=end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, wide(s));
        assertEquals(1, p.lineColors.stream().filter(c -> c == Palette.ARROW).count(), "one arrow: " + p.lineColors);
        assertTrue(p.texts.contains("\u00d75"), "with its count: " + p.texts);
    }

    /**
     * Two bundles that cross near their middles (five results going up, five tasks coming down
     * between the same two lanes a moment apart) each show their count, and no count's patch
     * covers another's: drawn at their middles they overlapped ("× ×4").
     */
    @Test
    void theCountsOfBundlesThatCrossNeverCoverEachOther() {
        StringBuilder b = new StringBuilder("0 1 start; 10 2 start;");
        for (int m = 1; m <= 5; m++) {
            b.append(400_000 + m).append(" 1 put object=tasks msg=").append(m).append(';');
            b.append(400_000 + m).append(" 2 put object=results msg=").append(10 + m).append(';');
        }
        for (int m = 1; m <= 5; m++) {
            b.append(600_000 + m).append(" 2 get object=tasks msg=").append(m).append(';');
            b.append(600_000 + m).append(" 1 get object=results msg=").append(10 + m).append(';');
        }
        ProcessStates s = Events.states(b + "1000000 1 print text=end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, wide(s));
        List<double[]> counts = new ArrayList<>();
        for (int i = 0; i < p.texts.size(); i++) {
            if (p.texts.get(i).equals("\u00d75")) {
                counts.add(p.textBoxes.get(i));
            }
        }
        assertEquals(2, counts.size(), "both bundles show their count: " + p.texts);
        double[] a = counts.get(0);
        double[] c = counts.get(1);
        boolean apart = a[1] <= c[0] || c[1] <= a[0] || Math.abs(a[2] - c[2]) >= ArrowPainter.COUNT_SIZE + 4;
        assertTrue(apart, "the two counts overlap: " + java.util.Arrays.toString(a) + " " + java.util.Arrays.toString(c));
    }

    /**
     * A bundle across several lanes (the pool's parent sending to its second worker, past the first) has its count
     * in a gap between two lanes' bars, not at its middle on a bar it passes over, where it covered
     * the worker's "starting".
     */
    @Test
    void theCountOfABundleAcrossSeveralLanesStandsInAGapNotOnABar() {
        StringBuilder b = new StringBuilder("0 1 start; 10 2 start; 20 3 start; 30 4 start;");
        for (int m = 1; m <= 3; m++) {
            b.append(400_000 + m).append(" 1 put object=tasks msg=").append(m).append(';');
        }
        for (int m = 1; m <= 3; m++) {
            b.append(600_000 + m).append(" 3 get object=tasks msg=").append(m).append(';');
        }
        ProcessStates s = Events.states(b + "1000000 1 print text=end");
        RecordingPainter p = new RecordingPainter();
        TimelineRenderer r = new TimelineRenderer();
        Frame f = wide(s);
        r.paint(p, s, f);
        int i = p.texts.indexOf("\u00d73");
        assertTrue(i >= 0, "the bundle has its count: " + p.texts);
        double centre = p.textBoxes.get(i)[2] - ArrowPainter.COUNT_SIZE * 0.36;
        Layout lay = r.layout(p, s, f);
        double h = f.laneHeight();
        boolean inGap = false;
        for (int k = 0; k < 3; k++) {
            double gapTop = lay.laneY(f, k) + LanePainter.barTop(h) + LanePainter.barHeight(h);
            double gapBottom = lay.laneY(f, k + 1) + LanePainter.barTop(h);
            inGap |= centre >= gapTop && centre <= gapBottom;
        }
        assertTrue(inGap, "the count stands in a gap between bars, at y " + centre);
    }

    @Test
    void thePlayheadRunsUnderALanesEndWordsNotThroughThem() {
        ProcessStates s = Events.states("0 1 start; 10 2 start; 400 2 exit detail=code 0; 1000 1 print text=end");
        RecordingPainter p = new RecordingPainter();
        // the cursor a little after the child's end mark: where its words are written
        new TimelineRenderer().paint(p, s, new Frame().size(1000, 300).range(0, 1000).now(1000).laneHeight(40)
                .legend(false).cursor(440));
        int line = p.ops.indexOf("line " + Integer.toHexString(Palette.CURSOR));
        int patch = p.ops.indexOf("rect " + Integer.toHexString(EndMark.PATCH));
        assertTrue(line >= 0 && patch >= 0, p.ops.toString());
        assertTrue(line < patch, "the line is drawn before the words' patch covers it: " + p.ops);
        assertTrue(p.texts.contains("exit 0"), p.texts.toString());
    }

    /** The axis's tick labels: times on the axis's baseline, the cursor's own time left out. */
    private static List<String> tickLabels(RecordingPainter p, String cursorText) {
        List<String> out = new ArrayList<>();
        double axisY = Double.NaN;
        for (int i = 0; i < p.texts.size(); i++) {
            String t = p.texts.get(i);
            if (t.matches("[0-9.,]+" + Units.NO_BREAK + "(s|ms|\u00b5s)") && !t.equals(cursorText)) {
                if (Double.isNaN(axisY)) {
                    axisY = p.textBoxes.get(i)[2];
                }
                if (p.textBoxes.get(i)[2] == axisY) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * A narrow plot (presenter mode at 1280x720): ticks 0.2 s apart, closer than the cursor's box
     * is wide. Centred on its line between two ticks the box hid both their labels; it now sits
     * beside one of them, touching its line, and hides one at most.
     */
    @ParameterizedTest(name = "cursor at {0} us")
    @ValueSource(longs = {300_000, 500_000, 700_000, 510_000, 400_000})
    void thePlayheadsTimeHidesAtMostOneTickLabel(long cursor) {
        ProcessStates s = Events.states("0 1 start; 1000000 1 print text=end");
        Frame plain = new Frame().size(500, 300).range(0, 1_000_000).now(1_000_000).laneHeight(40).legend(false);
        RecordingPainter without = new RecordingPainter();
        new TimelineRenderer().paint(without, s, plain);
        RecordingPainter with = new RecordingPainter();
        new TimelineRenderer().paint(with, s, new Frame().size(500, 300).range(0, 1_000_000).now(1_000_000)
                .laneHeight(40).legend(false).cursor(cursor));
        String text = TimeAxis.format(cursor, 1_000_000, 1_000_000, Locale.ENGLISH);
        assertTrue(with.texts.contains(text), with.texts.toString());
        List<String> all = tickLabels(without, null);
        List<String> kept = tickLabels(with, text);
        assertTrue(all.size() >= 5, "a scale 0.2 s apart: " + all);
        assertTrue(kept.size() >= all.size() - 1, "kept " + kept + " of " + all);
        int box = with.rectColors.lastIndexOf(Palette.CURSOR);
        double[] r = with.rectList.get(box);
        Layout lay = new TimelineRenderer().layout(with, s, plain);
        double x = lay.x(plain, cursor);
        assertTrue(r[0] <= x + 1e-6 && r[0] + r[2] >= x - 1e-6, "the box holds its line at " + x + ": "
                + java.util.Arrays.toString(r));
    }

    /**
     * However narrow the plot (presenter mode's column), the tick labels it shows are evenly
     * apart: a step whose labels run into each other gives way to a coarser one ("0 ms, 100 ms,
     * 150 ms" had lost 50 ms and read as an uneven scale).
     */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {260, 300, 340, 380, 420, 460, 520, 640})
    void theTickLabelsShownAreEvenlyApart(int width) {
        ProcessStates s = Events.states("0 1 start; 222600 1 print text=end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, new Frame().size(width, 300).range(0, 222_600).now(222_600)
                .laneHeight(40).legend(false));
        List<String> labels = tickLabels(p, null);
        assertTrue(labels.size() >= 2, "a scale: " + labels);
        List<Double> at = labels.stream().map(t -> Double.parseDouble(t.substring(0, t.indexOf(Units.NO_BREAK)))).toList();
        for (int i = 2; i < at.size(); i++) {
            assertEquals(at.get(1) - at.get(0), at.get(i) - at.get(i - 1), 1e-9, "evenly apart: " + labels);
        }
    }

    /**
     * The playhead near the start of a narrow plot, where its box must hide one label, hides a
     * later one rather than "0 s", the scale's origin (pt-1280x720-presenter-deadlock: the
     * axis seemed to start at 0.870 s).
     */
    @ParameterizedTest(name = "cursor at {0} us, {1} px wide")
    @CsvSource({"870000, 420", "870000, 460", "700000, 420", "900000, 500"})
    void thePlayheadNearTheStartLeavesTheOriginsLabel(long cursor, int width) {
        ProcessStates s = Events.states("0 1 start; 6000000 1 print text=end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, new Frame().size(width, 300).range(0, 6_000_000).now(6_000_000)
                .laneHeight(40).legend(false).cursor(cursor));
        List<String> kept = tickLabels(p, TimeAxis.format(cursor, 6_000_000, 6_000_000, Locale.ENGLISH));
        assertTrue(!kept.isEmpty() && kept.get(0).startsWith("0" + Units.NO_BREAK), "the origin kept: " + kept);
    }

    @Test
    void rowsAreAsFewAsTheItemsNeedAndEven() {
        // five of a width in rows of four: three and two, not four and one alone
        assertArrayEquals(new int[] {0, 0, 0, 1, 1}, Flow.rows(new double[] {100, 100, 100, 100, 100}, 10, 430));
        // a short last word fills the room left at the end of the first row: two rows, not three
        assertEquals(2, Flow.count(Flow.rows(new double[] {400, 300, 400, 350, 60}, 10, 780)));
        assertEquals(1, Flow.count(Flow.rows(new double[] {100, 100}, 10, 1000)));
        assertEquals(0, Flow.count(Flow.rows(new double[0], 10, 1000)));
    }

    /** Widths at which the picture's legend wrapped "error" / "erro" alone onto a third row. */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1190", "pt-BR, 1200", "pt-BR, 1220"})
    void theLegendTakesTwoRowsWhereOneWordUsedToOpenAThird(String lang, double width) {
        Legend.Placed placed = Legend.place(new RecordingPainter(), Locale.forLanguageTag(lang), RuntimeKind.JAVA, 0, 0,
                width);
        assertEquals(2 * Legend.ROW + 6, placed.height(), 1e-9);
        for (Legend.Item it : placed.items()) {
            assertTrue(it.x() + Legend.SWATCH_W + 8 + new RecordingPainter().textWidth(it.text(), Legend.TEXT, false)
                    <= width + 1e-9, "inside the width: " + it);
        }
    }
}
