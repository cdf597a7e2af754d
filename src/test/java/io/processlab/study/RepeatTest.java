package io.processlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.processlab.api.Texts;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Settings;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Clock;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** A series of runs: its progress, its stop, its counts; with a test's runner and with real runs. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RepeatTest {
    /** A made-up run of the process lesson whose children print in {@code order}. */
    private static Ran processRun(String... order) {
        AtomicInteger now = new AtomicInteger();
        Trace t = new Trace(() -> now.getAndAdd(1000));
        t.addProcess(new ProcessInfo(1, "MainProcess", "main", null));
        int pid = 10;
        for (String name : List.of("Process-1", "Process-2", "Process-3")) {
            t.record(1, "MainProcess", Kinds.SPAWN, null, name, new Fields.Child(pid, name, "process.who_am_i"));
            t.record(pid, name, Kinds.START, null, "pid " + pid, new Fields.Child(pid, name, null));
            pid++;
        }
        for (String name : order) {
            long p = 10 + Integer.parseInt(name.substring(name.length() - 1)) - 1;
            t.record(p, name, Kinds.PRINT, null, null, name + " says", 0, new Fields.Said("process.line", List.of(name)));
        }
        return new Ran("process", new JsonObject(), null, t, null);
    }

    /** A runner of made-up runs, in turn; it can be told to fail one. */
    private static final class Scripted implements Runner {
        final List<Ran> runs;
        final AtomicInteger next = new AtomicInteger();
        int stops;

        Scripted(List<Ran> runs) {
            this.runs = runs;
        }

        @Override
        public Ran run() {
            return runs.get(next.getAndIncrement());
        }

        @Override
        public void stop() {
            stops++;
        }
    }

    @Test
    void theCountsOfOrdersAddUpToTheRunsAndTellWhichRunsHadEach() throws Exception {
        Scripted s = new Scripted(List.of(processRun("Process-1", "Process-2", "Process-3"),
                processRun("Process-1", "Process-3", "Process-2"), processRun("Process-1", "Process-2", "Process-3")));
        Repeat r = new Repeat(s, 3);
        List<String> progress = new ArrayList<>();
        r.run(new Repeat.Listener() {
            @Override
            public void starting(int run, int of) {
                progress.add(run + "/" + of);
            }
        });
        assertEquals(List.of("1/3", "2/3", "3/3"), progress);
        Summary sum = r.summary();
        assertEquals(Aspect.ORDER, sum.aspect());
        assertEquals(2, sum.rows().size());
        assertEquals(List.of(1, 3), sum.rows().get(0).runs(), "the commonest first");
        assertEquals("Process-1 \u2192 2 \u2192 3", sum.rows().get(0).outcome().words(Locale.ENGLISH));
        assertEquals(3, sum.rows().stream().mapToInt(Summary.Row::count).sum());
        assertEquals(9, sum.startDelays().count(), "three children in each of three runs");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Process-1,Process-3,Process-2|Process-1 \u2192 3 \u2192 2",
        "kid-0,kid-2,kid-1|kid-0 \u2192 2 \u2192 1",
        "block,not-block|block \u2192 not-block",
        "Process-1,Consumer-1|Process-1 \u2192 Consumer-1"})
    void anOrderNamesTheFirstInFullAndTheOthersByWhatTheirSharedPrefixLeaves(String names, String said) {
        assertEquals(said, new Outcome.Order(List.of(names.split(","))).words(Locale.ENGLISH));
    }

    @Test
    void aFailedRunIsKeptWithWhyAndLeftOutOfTheCounts() throws Exception {
        Ran bad = new Ran("process", new JsonObject(), null, new Trace(Clock.monotonic()),
                new Failure(Failure.Why.CHILD, "Process-2 (12)", "code 1"));
        Repeat r = new Repeat(new Scripted(List.of(processRun("Process-1"), bad)), 2);
        r.run(new Repeat.Listener() { });
        assertEquals(1, r.failures().size());
        assertEquals(2, r.failures().get(0).run());
        assertEquals(1, r.summary().total());
        assertEquals("Process-2 (12) falhou: code 1", r.failures().get(0).ran().failure().words(Texts.locale("pt")));
    }

    @Test
    void stopEndsTheSeriesAndStopsTheRunGoing() throws Exception {
        Scripted s = new Scripted(List.of(processRun("Process-1"), processRun("Process-1"), processRun("Process-1")));
        Repeat r = new Repeat(s, 3);
        r.run(new Repeat.Listener() {
            @Override
            public void ran(Repeat.Result result) {
                r.stop();
            }
        });
        assertTrue(r.stopped());
        assertEquals(1, r.results().size());
        assertEquals(1, s.stops);
    }

    @Test
    void aSeriesIsFromTwoToFiftyRuns() {
        Scripted s = new Scripted(List.of());
        assertThrows(IllegalArgumentException.class, () -> new Repeat(s, 1));
        assertThrows(IllegalArgumentException.class, () -> new Repeat(s, 51));
    }

    @Test
    void tenRealRunsOfTheProcessLessonGiveTenTracesAndOrdersCountedToTen() throws Exception {
        Lesson lesson = Lessons.byId("process").orElseThrow();
        Repeat r = new Repeat(new LessonRunner(lesson, Settings.defaults(lesson.settings()), Locale.ENGLISH, 1), 10);
        List<Repeat.Result> results = r.run(new Repeat.Listener() { });
        assertEquals(10, results.size());
        assertTrue(results.stream().allMatch(Repeat.Result::ok), r.failures().toString());
        assertEquals(10, results.stream().map(x -> x.ran().trace()).distinct().count(), "ten traces");
        for (Repeat.Result x : results) {
            assertEquals(6, x.facts().childPrintOrder().size(), "every child of run " + x.run() + " printed");
            assertFalse(x.ran().trace().ofKind(Kinds.END).isEmpty(), "run " + x.run() + " ended");
        }
        Summary sum = r.summary();
        assertEquals(10, sum.total());
        assertEquals(10, sum.rows().stream().mapToInt(Summary.Row::count).sum());
        assertEquals(60, sum.startDelays().count());
        assertEquals(60, sum.startDelays().bins().stream().mapToInt(Histogram.Bin::count).sum());
    }

    @Test
    void aTracedPythonProgramRunsManyTimesAndItsPoolIsWhatTheSeriesCounts() throws Exception {
        java.nio.file.Path program = java.nio.file.Path.of("src/test/resources/python/facts.py").toAbsolutePath();
        Repeat r = new Repeat(new PythonRunner(new io.processlab.python.PythonRun.Options(null, program, List.of(), null)), 2);
        r.run(new Repeat.Listener() { });
        assertEquals(List.of(), r.failures());
        Summary sum = r.summary();
        assertEquals(Aspect.CHUNKS, sum.aspect(), "the program's first run used a pool");
        assertEquals(2, sum.rows().stream().mapToInt(Summary.Row::count).sum());
        assertEquals(2 * 2, sum.chunkCounts().values().stream().mapToInt(Integer::intValue).sum(), "two workers a run");
        assertEquals("python", r.results().get(0).ran().lesson());
    }

    @Test
    void stopDuringARealRunEndsItsProcessesAndTheSeries() throws Exception {
        Lesson lesson = Lessons.byId("event").orElseThrow();
        Settings slow = Settings.parsePairs(lesson.settings(), List.of("delay=30", "timeout=30"));
        Repeat r = new Repeat(new LessonRunner(lesson, slow, Locale.ENGLISH, 1), 5);
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return;
            }
            r.stop();
        });
        stopper.start();
        List<Repeat.Result> results = r.run(new Repeat.Listener() { });
        stopper.join();
        assertEquals(1, results.size(), "the series ended with the run it stopped");
        assertEquals(Failure.Why.STOPPED, results.get(0).ran().failure().why());
    }

    @Test
    void aHistogramsBinsAreRoundAndHoldEveryValue() {
        Histogram h = Histogram.of(List.of(41_000L, 55_000L, 120_000L, 207_000L));
        assertEquals(20_000, h.bins().get(0).highUs() - h.bins().get(0).lowUs());
        assertEquals(40_000, h.bins().get(0).lowUs());
        assertEquals(4, h.bins().stream().mapToInt(Histogram.Bin::count).sum());
        assertTrue(h.bins().size() <= Histogram.MAX_BINS);
        // a value and its unit joined by a no-break space (the window wraps no line between them)
        assertEquals("40\u00A0ms a 60\u00A0ms", h.bins().get(0).words(Texts.locale("pt")));
    }
}
