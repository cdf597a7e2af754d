package io.processlab.app.study;

import io.processlab.app.i18n.I18n;
import io.processlab.study.Histogram;
import io.processlab.study.Ran;
import io.processlab.study.Repeat;
import io.processlab.study.Runner;
import io.processlab.study.Summary;
import io.processlab.wire.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A series of runs as the window shows it: how many (from {@link Repeat#MIN} to {@link Repeat#MAX}),
 * its progress and status while it runs, Stop, then one row per run and one per distinct outcome
 * with its count, and the bars of its histograms, all in the window's language (again when it
 * changes). The series runs on {@code background}; what it tells comes back on {@code fx}.
 * {@link #open(int)} hands a run to the main window.
 */
public final class RepeatViewModel {
    /** One run of the series. */
    public record RunRow(int run, String outcome, String seconds, boolean ok) {
    }

    /** One distinct outcome and how many runs had it. */
    public record CountRow(int count, String outcome, String runs, int firstRun) {
    }

    /** One bar of a histogram: its label and its height. */
    public record Bar(String label, int count) {
    }

    private final I18n i18n;
    private final Executor background;
    private final Executor fx;
    private final BiConsumer<Integer, Ran> opener;
    private final IntegerProperty times = new SimpleIntegerProperty(10);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper aspectChart = new ReadOnlyStringWrapper("");
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<CountRow> counts = FXCollections.observableArrayList();
    private final ObservableList<Bar> startBars = FXCollections.observableArrayList();
    private final ObservableList<Bar> aspectBars = FXCollections.observableArrayList();
    private final List<Repeat.Result> results = new ArrayList<>();
    private Repeat repeat;
    /** What the series runs, in the window's language: the lesson's title, or the program's file name. */
    private Supplier<String> label = () -> "";
    private int current;

    /**
     * @param background runs the series (a thread of its own in the window; the caller's in a test)
     * @param fx brings what the series tells back to the window's thread
     * @param opener shows a run (its number, from 1, and the run) in the main window, as File → Open run does
     */
    public RepeatViewModel(I18n i18n, Executor background, Executor fx, BiConsumer<Integer, Ran> opener) {
        this.i18n = i18n;
        this.background = background;
        this.fx = fx;
        this.opener = opener;
        times.addListener((o, a, n) -> {
            int v = Math.max(Repeat.MIN, Math.min(Repeat.MAX, n.intValue()));
            if (v != n.intValue()) {
                times.set(v);
            }
        });
        i18n.localeProperty().addListener((o, a, l) -> retell());
    }

    /** How many runs the next series has. */
    public IntegerProperty timesProperty() {
        return times;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of the series done, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Processes and a lock ×20": what the series runs (the lesson's title, or the program's file), and how many times. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The heading of the outcomes: what they are (the order of the prints, who took which task...). */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The title of the aspect's own histogram ("" when it has none). */
    public ReadOnlyStringProperty aspectChartProperty() {
        return aspectChart.getReadOnlyProperty();
    }

    public ObservableList<RunRow> runs() {
        return runs;
    }

    public ObservableList<CountRow> counts() {
        return counts;
    }

    /** The children's start after their spawn, every child of every run. */
    public ObservableList<Bar> startBars() {
        return startBars;
    }

    /** The aspect's own: the deadlock's time, chunks per worker, the takers of each task. */
    public ObservableList<Bar> aspectBars() {
        return aspectBars;
    }

    /**
     * Starts a series of {@link #timesProperty()} runs of {@code runner}, a run of the lesson
     * {@code lessonId}, whose title in the window's language names the series; nothing while one goes.
     */
    public void start(Runner runner, String lessonId) {
        start(runner, () -> i18n.lesson(lessonId, "title"));
    }

    /** As {@link #start(Runner, String)}, for a Python program, named by its file's name. */
    public void startProgram(Runner runner, String fileName) {
        start(runner, () -> fileName);
    }

    private void start(Runner runner, Supplier<String> what) {
        if (running.get()) {
            return;
        }
        Repeat r = new Repeat(runner, times.get());
        repeat = r;
        label = what;
        results.clear();
        current = 1;
        running.set(true);
        progress.set(0);
        retell();
        background.execute(() -> {
            try {
                r.run(new Repeat.Listener() {
                    @Override
                    public void starting(int run, int of) {
                        fx.execute(() -> {
                            current = run;
                            retell();
                        });
                    }

                    @Override
                    public void ran(Repeat.Result result) {
                        fx.execute(() -> {
                            results.add(result);
                            progress.set((double) results.size() / r.times());
                            retell();
                        });
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                fx.execute(() -> {
                    running.set(false);
                    retell();
                });
            }
        });
    }

    /** Stops the run going now, its processes included, and the series. */
    public void stop() {
        Repeat r = repeat;
        if (r != null && running.get()) {
            r.stop();
        }
    }

    /** Shows run {@code run} (from 1) in the main window. */
    public void open(int run) {
        for (Repeat.Result r : results) {
            if (r.run() == run) {
                opener.accept(run, r.ran());
            }
        }
    }

    /** Everything told again, in the window's language. */
    private void retell() {
        Locale l = i18n.locale();
        Repeat r = repeat;
        int n = r == null ? times.get() : r.times();
        title.set(i18n.get("repeat.title", label.get(), n));
        List<RunRow> rows = new ArrayList<>();
        for (Repeat.Result x : results) {
            rows.add(new RunRow(x.run(), x.ok() ? x.outcome().words(l) : i18n.get("repeat.run_failed",
                    x.ran().failure().words(l)), i18n.get("repeat.seconds", Bundles.decimal(l, x.facts().durationUs() / 1e6, 2)), x.ok()));
        }
        runs.setAll(rows);
        long failed = results.stream().filter(x -> !x.ok()).count();
        if (r == null) {
            status.set("");
        } else if (running.get()) {
            status.set(i18n.get("repeat.running", Math.min(current, n), n));
        } else if (r.stopped()) {
            status.set(i18n.get("repeat.stopped", results.size(), n));
        } else {
            status.set(failed == 0 ? i18n.get("repeat.done", n) : i18n.get("repeat.done_failed", n, failed));
        }
        Summary s = r == null ? null : r.summary();
        counts.setAll(s == null ? List.of() : countRows(s, l));
        heading.set(s == null ? "" : s.aspect().heading(l));
        startBars.setAll(s == null ? List.of() : bars(s.startDelays(), l));
        aspectBars.setAll(s == null ? List.of() : aspectBars(s, l));
        aspectChart.set(s == null || aspectBars.isEmpty() ? "" : i18n.get("repeat.chart." + s.aspect().name()
                .toLowerCase(Locale.ROOT)));
    }

    private static List<CountRow> countRows(Summary s, Locale l) {
        List<CountRow> out = new ArrayList<>();
        for (Summary.Row row : s.rows()) {
            List<String> numbers = new ArrayList<>();
            row.runs().forEach(x -> numbers.add("#" + x));
            out.add(new CountRow(row.count(), Summary.rowWords(row, l), String.join(" ", numbers), row.runs().get(0)));
        }
        return out;
    }

    private static List<Bar> bars(Histogram h, Locale l) {
        List<Bar> out = new ArrayList<>();
        for (Histogram.Bin b : h.bins()) {
            out.add(new Bar(Histogram.time(l, b.lowUs(), h.maxUs()), b.count()));
        }
        return out;
    }

    private List<Bar> aspectBars(Summary s, Locale l) {
        List<Bar> out = new ArrayList<>();
        switch (s.aspect()) {
            case DEADLOCK -> out.addAll(bars(s.deadlockTimes(), l));
            case CHUNKS -> s.chunkCounts().forEach((chunks, n) -> out.add(new Bar(String.valueOf(chunks), n)));
            case TAKERS -> {
                for (Map.Entry<Integer, Map<String, Integer>> t : s.takers().entrySet()) {
                    t.getValue().forEach((who, n) -> out.add(new Bar(i18n.get("repeat.task_by", t.getKey(), who), n)));
                }
            }
            default -> {
                // the order of the prints has its table only
            }
        }
        return out;
    }
}
