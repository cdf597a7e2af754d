package io.processlab.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Settings;
import io.processlab.lessons.course.Lessons;
import io.processlab.study.LessonRunner;
import io.processlab.study.Ran;
import io.processlab.study.Runner;
import io.processlab.testing.NoChildrenLeft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The series as the window shows it, without a window: real runs, their rows and counts, the language, Stop. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RepeatViewModelTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final List<Integer> opened = new ArrayList<>();
    private final List<Ran> openedRuns = new ArrayList<>();
    /** The series runs on the test's thread, and tells it at once. */
    private final RepeatViewModel model = new RepeatViewModel(i18n, Runnable::run, Runnable::run, (n, r) -> {
        opened.add(n);
        openedRuns.add(r);
    });

    private static Runner process() {
        Lesson lesson = Lessons.byId("process").orElseThrow();
        return new LessonRunner(lesson, Settings.defaults(lesson.settings()), Locale.ENGLISH, 1);
    }

    @Test
    void threeRealRunsGiveARowEachCountsThatAddUpAndBarsForEveryChild() {
        model.timesProperty().set(3);
        model.start(process(), "process");
        assertFalse(model.runningProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals(3, model.runs().size());
        assertTrue(model.runs().stream().allMatch(RepeatViewModel.RunRow::ok));
        assertTrue(model.runs().get(0).outcome().startsWith("Process-1 \u2192 "), model.runs().get(0).outcome());
        assertEquals(3, model.counts().stream().mapToInt(RepeatViewModel.CountRow::count).sum());
        assertEquals(18, model.startBars().stream().mapToInt(RepeatViewModel.Bar::count).sum(), "six children a run");
        assertEquals("3 runs done", model.statusProperty().get());
        assertEquals("Processes and a lock \u00d73", model.titleProperty().get(), "the lesson's title, not its id");
        assertEquals("Order in which the children printed", model.headingProperty().get());
        assertEquals("", model.aspectChartProperty().get(), "an order has its table only");
    }

    @Test
    void aDeadlockSeriesHasItsOwnHistogramOfWhenItCame() throws Exception {
        Lesson lesson = Lessons.byId("deadlock").orElseThrow();
        Settings quick = Settings.parsePairs(lesson.settings(), List.of("pause=0.3", "timeout=0.4"));
        model.timesProperty().set(2);
        model.start(new LessonRunner(lesson, quick, Locale.ENGLISH, 1), "deadlock");
        assertEquals("After how long the deadlock came", model.aspectChartProperty().get());
        assertEquals(2, model.aspectBars().stream().mapToInt(RepeatViewModel.Bar::count).sum(), "it came in both runs");
        assertEquals("deadlock, broken by a timeout", model.counts().get(0).outcome());
        assertTrue(model.runs().get(0).outcome().startsWith("deadlock after ")
                && model.runs().get(0).outcome().endsWith("\u00A0s, broken by a timeout"), model.runs().get(0).outcome());
    }

    @Test
    void aRunIsHandedToTheMainWindowByItsNumber() {
        model.timesProperty().set(2);
        model.start(process(), "process");
        model.open(2);
        assertEquals(List.of(2), opened);
        assertEquals("process", openedRuns.get(0).lesson());
        assertTrue(openedRuns.get(0).trace().size() > 0);
    }

    @Test
    void everyTextFollowsTheLanguageWhenItChanges() {
        model.timesProperty().set(2);
        model.start(process(), "process");
        i18n.setLocale(I18n.PORTUGUESE);
        assertEquals("2 execu\u00e7\u00f5es feitas", model.statusProperty().get());
        assertEquals("Processos e uma trava \u00d72", model.titleProperty().get());
        assertEquals("Ordem em que os filhos imprimiram", model.headingProperty().get());
        assertTrue(model.runs().get(0).seconds().contains(","), "a decimal comma: " + model.runs().get(0).seconds());
    }

    /** A run that stops the series as it runs, and ends as stopped (no process). */
    private Runner stopping(List<Integer> stops) {
        return new Runner() {
            @Override
            public Ran run() {
                model.stop();
                return new Ran("process", new com.google.gson.JsonObject(), null,
                        new io.processlab.trace.Trace(io.processlab.trace.Clock.monotonic()),
                        new io.processlab.study.Failure(io.processlab.study.Failure.Why.STOPPED, "", ""));
            }

            @Override
            public void stop() {
                stops.add(1);
            }
        };
    }

    @Test
    void stopEndsTheSeriesAtOnceAndSaysAfterHowMany() {
        List<Integer> stops = new ArrayList<>();
        model.timesProperty().set(5);
        model.start(stopping(stops), "process");
        assertEquals(List.of(1), stops);
        assertEquals(1, model.runs().size());
        assertFalse(model.runs().get(0).ok());
        assertEquals("Stopped after 1 of 5 runs", model.statusProperty().get());
    }

    @Test
    void aPythonProgramsSeriesIsNamedByItsFileInEveryLanguage() {
        model.timesProperty().set(4);
        model.startProgram(stopping(new ArrayList<>()), "lock_demo.py");
        assertEquals("lock_demo.py \u00d74", model.titleProperty().get());
        i18n.setLocale(I18n.PORTUGUESE);
        assertEquals("lock_demo.py \u00d74", model.titleProperty().get());
    }

    @Test
    void theNumberOfRunsStaysFromTwoToFifty() {
        model.timesProperty().set(1);
        assertEquals(2, model.timesProperty().get());
        model.timesProperty().set(99);
        assertEquals(50, model.timesProperty().get());
    }
}
