package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Trace;
import io.processlab.view.Units;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineRendererTest {
    private static final String RUN = "0 1 print text=go; 10 1 spawn detail=w (2): t.x; 50 2 start;"
            + "100 2 get-wait object=tasks; 200 1 put object=tasks msg=1; 210 2 get object=tasks msg=1;"
            + "400 2 sleep; 800 2 wake; 900 2 exit detail=code 0; 1000 1 print text=end";

    private static Frame frame(ProcessStates s) {
        return new Frame().size(1000, 400).range(0, s.endUs()).now(s.endUs()).laneHeight(40);
    }

    @Test
    void eachLaneIsLabelledWithNameAndPidParentFirst() {
        ProcessStates s = Events.states(RUN);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, frame(s));
        int main = p.texts.indexOf("MainProcess");
        int child = p.texts.indexOf("w");
        assertTrue(main >= 0 && child > main, p.texts.toString());
        assertEquals(" 1", p.texts.get(main + 1));
        assertEquals(" 2", p.texts.get(child + 1));
        assertEquals(0, p.clipDepth(), "every clip is undone");
    }

    /**
     * A short join after a long recv: its bar too narrow for "join communicator", it says "join"
     * (drawn wordless, the hatch read as the recv's up to the end).
     */
    @Test
    void aBarTooNarrowForItsWordsSaysItsCallsName() {
        ProcessStates s = Events.states("0 1 spawn detail=communicator (3): pipe.communicator; 50 3 start;"
                + " 100 1 recv-wait object=pipe-2.a; 7200 3 send object=pipe-2.b msg=1; 7200 1 recv object=pipe-2.a msg=1;"
                + " 7300 1 process-join-wait detail=communicator (3); 7900 3 exit detail=code 0;"
                + " 8000 1 process-joined detail=communicator (3); 8100 1 end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, new Frame().size(1000, 400).range(0, 8100).now(8100).laneHeight(40).legend(false));
        assertTrue(p.texts.stream().anyMatch(t -> t.startsWith("recv pipe-2.a")), p.texts.toString());
        assertTrue(p.texts.contains("join"), "the join's bar says its call: " + p.texts);
    }

    /** A short wait that gave up keeps its "gave up" where its whole words do not fit. */
    @Test
    void aNarrowBarOfAWaitThatGaveUpStillSaysSo() {
        ProcessStates s = Events.states("0 1 spawn detail=not-block (2): event.waiter; 50 2 start;"
                + " 100 2 event-wait object=event; 1300 2 event-wake object=event detail=timeout; 1400 2 exit detail=code 0; 8000 1 end");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, new Frame().size(1000, 400).range(0, 8000).now(8000).laneHeight(40).legend(false));
        assertTrue(p.texts.contains(Palette.text(Locale.ENGLISH, "bar.gave_up", "wait")), p.texts.toString());
    }

    @Test
    void theLegendNamesEveryStateInTheChosenLanguage() {
        ProcessStates s = Events.states(RUN);
        RecordingPainter en = new RecordingPainter();
        new TimelineRenderer().paint(en, s, frame(s));
        for (State st : State.values()) {
            assertTrue(en.texts.contains(Palette.label(st, Locale.ENGLISH)), st.toString());
        }
        RecordingPainter pt = new RecordingPainter();
        new TimelineRenderer().paint(pt, s, frame(s).locale(Locale.forLanguageTag("pt-BR")));
        assertTrue(pt.texts.contains("dormindo"));
        assertTrue(pt.texts.contains("esperando a trava"));
    }

    @Test
    void eachVisibleStateIsFilledInItsColour() {
        ProcessStates s = Events.states(RUN);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, frame(s).legend(false));
        for (State st : new State[] {State.STARTING, State.RUNNING, State.BLOCKED, State.SLEEPING}) {
            assertTrue(p.count(Palette.color(st)) > 0, st.toString());
        }
        assertEquals(0, p.count(Palette.color(State.WAITING_LOCK)));
        assertEquals(0, p.count(Palette.color(State.FAILED)));
    }

    @Test
    void aTimeRangeBeforeAnythingHappenedDrawsNoBars() {
        ProcessStates s = Events.states("1000 1 start; 2000 1 get-wait object=q; 3000 1 get object=q");
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, new Frame().size(800, 300).range(-5000, -10).now(3000).legend(false));
        for (State st : State.values()) {
            assertEquals(0, p.count(Palette.color(st)), st.toString());
        }
    }

    @Test
    void levelOfDetailKeepsAHundredThousandEventsToAboutOneRectanglePerPixelColumn() {
        Trace trace = SyntheticTrace.trace(63, 100_000, 7);
        ProcessStates s = ProcessStates.of(trace);
        assertEquals(64, s.lanes().size());
        RecordingPainter p = new RecordingPainter();
        Frame f = new Frame().size(1400, 64 * 14 + 250).range(0, s.endUs()).now(s.endUs()).laneHeight(14).legend(false);
        long start = System.nanoTime();
        TimelineRenderer r = new TimelineRenderer();
        r.paint(p, s, f);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Layout lay = r.layout(p, s, f);
        long budget = (long) (64 * (lay.plotW() + 2) * 2) + 500;
        System.out.printf("[timeline] 64 lanes, 100000 events: %d rectangles, %d hatches, drawn in %d ms%n",
                p.rects, p.hatches, ms);
        assertTrue(p.rects < budget, p.rects + " rectangles for " + lay.plotW() + " px");
        assertTrue(p.polygons <= TimelineRenderer.MAX_ARROWS + 64 * lay.plotW() / 4 + 50, "arrows are thinned");
    }

    @Test
    void onlyTheVisibleRangeIsDrawn() {
        ProcessStates s = ProcessStates.of(SyntheticTrace.trace(7, 20_000, 3));
        RecordingPainter all = new RecordingPainter();
        new TimelineRenderer().paint(all, s, new Frame().size(1000, 500).range(0, s.endUs()).now(s.endUs()).legend(false));
        RecordingPainter part = new RecordingPainter();
        long mid = s.endUs() / 2;
        Frame f = new Frame().size(1000, 500).range(mid, mid + 20_000).now(s.endUs()).legend(false);
        TimelineRenderer r = new TimelineRenderer();
        r.paint(part, s, f);
        Layout lay = r.layout(part, s, f);
        for (int i = 0; i < part.rectList.size(); i++) {
            double[] rc = part.rectList.get(i);
            int c = part.rectColors.get(i);
            boolean isBar = false;
            for (State st : State.values()) {
                isBar |= c == Palette.color(st);
            }
            if (isBar && rc[1] >= lay.lanesTop()) {
                assertTrue(rc[0] >= lay.plotX() - 3 && rc[0] + rc[2] <= lay.plotX() + lay.plotW() + 3,
                        "bar inside the plot: " + java.util.Arrays.toString(rc));
            }
        }
        assertTrue(part.rects > 0);
    }

    @Test
    void theCursorIsDrawnWithItsTime() {
        ProcessStates s = Events.states(RUN);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, frame(s).cursor(500));
        assertTrue(p.texts.contains(Units.of("0.50", "ms")), p.texts.toString());
    }

    @Test
    void theCursorsTimeHidesOnlyTheTickLabelsItWouldCover() {
        ProcessStates s = Events.states(RUN);
        Frame plain = new Frame().size(1000, 400).range(0, 1_000_000).now(s.endUs()).laneHeight(40);
        RecordingPainter without = new RecordingPainter();
        new TimelineRenderer().paint(without, s, plain);
        RecordingPainter with = new RecordingPainter();
        new TimelineRenderer().paint(with, s, new Frame().size(1000, 400).range(0, 1_000_000).now(s.endUs())
                .laneHeight(40).cursor(400_000));
        assertTrue(without.texts.contains(Units.of("0.4", "s")) && without.texts.contains(Units.of("0.2", "s")), without.texts.toString());
        assertFalse(with.texts.contains(Units.of("0.4", "s")), "the tick under the cursor's box: " + with.texts);
        assertTrue(with.texts.contains(Units.of("0.2", "s")) && with.texts.contains(Units.of("0.6", "s")), with.texts.toString());
    }

    @ParameterizedTest
    @CsvSource({"300, 200000", "330, 440000", "360, 190000", "300, 7000000", "1000, 250000"})
    void tickLabelsNeverRunIntoEachOtherOnANarrowPlot(double width, long spanUs) {
        ProcessStates s = Events.states(RUN);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(p, s, new Frame().size(width, 300).range(0, spanUs).now(s.endUs()).laneHeight(40));
        // the axis's labels: the texts on the axis's baseline that are times (value and unit kept together)
        java.util.List<double[]> ticks = new java.util.ArrayList<>();
        double axisY = Double.NaN;
        for (int i = 0; i < p.texts.size(); i++) {
            if (p.texts.get(i).matches("[0-9.,]+" + Units.NO_BREAK + "(s|ms|\u00b5s)")) {
                if (Double.isNaN(axisY)) {
                    axisY = p.textBoxes.get(i)[2];
                }
                if (p.textBoxes.get(i)[2] == axisY) {
                    ticks.add(p.textBoxes.get(i));
                }
            }
        }
        assertTrue(ticks.size() >= 2, "at least two labels: " + p.texts);
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i)[0] >= ticks.get(i - 1)[1] + 4, "label " + i + " starts at " + ticks.get(i)[0]
                    + ", the one before ends at " + ticks.get(i - 1)[1] + ": " + p.texts);
        }
    }

    @Test
    void anEmptyTimelineSaysThatNothingHasRunYetAndARunsLanesTakeItsPlace() {
        ProcessStates none = new ProcessStates();
        RecordingPainter empty = new RecordingPainter();
        new TimelineRenderer().paint(empty, none, new Frame().size(1000, 400).range(0, 1_000_000).laneHeight(40)
                .locale(Locale.forLanguageTag("pt-BR")));
        assertTrue(empty.texts.contains(Palette.word("no_run", Locale.forLanguageTag("pt-BR"))), empty.texts.toString());
        ProcessStates s = Events.states(RUN);
        RecordingPainter run = new RecordingPainter();
        new TimelineRenderer().paint(run, s, frame(s));
        assertFalse(run.texts.contains(Palette.word("no_run", Locale.ENGLISH)), run.texts.toString());
    }

    /**
     * Six lanes of 30 px in a 91 px area without a legend: three would leave 1 px and the bottom
     * margin for the strip, so two whole lanes show and the strip under them says the rest.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0  | en | \u25BE 4 more lanes below: scroll over the names",
        "60 | en | \u25B4 2 above, \u25BE 2 below: scroll over the names",
        "120| en | \u25B4 4 more lanes above: scroll over the names",
        "0  | pt | \u25BE mais 4 faixas abaixo: role sobre os nomes"})
    void aWindowShowsWholeLanesOnlyAndSaysHowManyAreOutOfView(double scroll, String lang, String says) {
        ProcessStates s = ProcessStates.of(SyntheticTrace.trace(5, 200, 7));
        assertEquals(6, s.lanes().size());
        TimelineRenderer r = new TimelineRenderer();
        RecordingPainter p = new RecordingPainter();
        Frame f = new Frame().size(900, 0).legend(false).laneHeight(30).range(0, s.endUs()).now(s.endUs())
                .locale(Locale.forLanguageTag(lang));
        double top = r.layout(p, s, f).lanesTop();
        f.size(900, top + 91 + TimelineRenderer.MARGIN).wholeLanes(true).scrollY(scroll);
        Layout lay = r.layout(p, s, f);
        assertEquals(top + 60, lay.lanesBottom(), 0.01, "three lanes would leave 1 px and the margin: two whole ones");
        r.paint(p, s, f);
        assertTrue(p.texts.contains(says), p.texts.toString());
        assertEquals(0, p.clipDepth(), "every clip is undone");
        RecordingPainter picture = new RecordingPainter();
        r.paint(picture, s, f.wholeLanes(false));
        assertEquals(top + 91, r.layout(picture, s, f).lanesBottom(), 0.01, "a picture keeps its whole area");
        assertFalse(picture.texts.stream().anyMatch(t -> t.contains("\u25BE") || t.contains("\u25B4")), "and says nothing");
    }

    /** The strip's words stand in the bottom margin: 10 px under three lanes and the margin hold them. */
    @Test
    void theStripUnderWholeLanesTakesTheBottomMarginWhenNoLegendIsDrawn() {
        ProcessStates s = ProcessStates.of(SyntheticTrace.trace(5, 200, 7));
        TimelineRenderer r = new TimelineRenderer();
        RecordingPainter p = new RecordingPainter();
        Frame f = new Frame().size(900, 0).legend(false).laneHeight(30).range(0, s.endUs()).now(s.endUs());
        double top = r.layout(p, s, f).lanesTop();
        f.size(900, top + 100 + TimelineRenderer.MARGIN).wholeLanes(true);
        assertEquals(top + 90, r.layout(p, s, f).lanesBottom(), 0.01, "three whole lanes");
        r.paint(p, s, f);
        assertTrue(p.texts.contains("\u25BE 3 more lanes below: scroll over the names"), p.texts.toString());
    }

    /** At any width, a time label by the right edge ends inside it, left of the lanes' scroll mark ("600 m"). */
    @ParameterizedTest
    @CsvSource({"300", "337", "420", "517", "640", "777", "903", "1111"})
    void noTimeLabelRunsPastTheRightEdge(double width) {
        ProcessStates s = ProcessStates.of(SyntheticTrace.trace(3, 200, 11));
        for (long end : new long[] {450_000, 600_000, 612_345, 1_000_000, 3_044_000}) {
            RecordingPainter p = new RecordingPainter();
            new TimelineRenderer().paint(p, s, new Frame().size(width, 300).range(0, end).now(end).laneHeight(30));
            for (int i = 0; i < p.texts.size(); i++) {
                if (p.texts.get(i).matches("\\d[\\d.,]*" + Units.NO_BREAK + "(ms|s|\u00B5s)")) {
                    assertTrue(p.textBoxes.get(i)[1] <= width - TimelineRenderer.MARGIN / 2 - 6 + 0.5,
                            p.texts.get(i) + " ends at " + p.textBoxes.get(i)[1] + " of " + width);
                }
            }
        }
    }

    /**
     * Lanes that do not all fit come down to the least height where that shows more of them whole:
     * 130 px under the axis showed three lanes of 30 px over 40 px of nothing, and show four of 28.
     */
    @ParameterizedTest(name = "{0} px for {1} lanes, {2} to {3} px: lanes {4} px")
    @CsvSource({
        "130, 7, 30, 26, 28", "100, 7, 30, 26, 28", "94, 7, 30, 26, 26", "400, 7, 30, 26, 30", "20, 7, 30, 26, 30", "182.2, 7, 30, 26, 26", "195, 7, 30, 26, 27"})
    void lanesThatDoNotAllFitComeDownToShowOneMoreWhole(double area, int rows, double most, double least, double got) {
        double h = TimelineRenderer.laneHeightShowingMost(area, rows, most, least, true);
        assertEquals(got, h, 1e-9);
        int before = TimelineRenderer.lanesShown(area, rows, most, TimelineRenderer.MORE_STRIP);
        int after = TimelineRenderer.lanesShown(area, rows, h, TimelineRenderer.MORE_STRIP);
        assertTrue(after >= before, after + " < " + before);
        assertTrue(h >= least && h <= most);
    }
}
