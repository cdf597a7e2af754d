package io.processlab.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a series of runs showed, read from each run's {@link RunFacts} only: the distinct
 * outcomes of its {@link Aspect} with how many runs had each (and which), the spread of the
 * children's start (spawn to hello), and per aspect its own count: which consumer took which
 * task, how many chunks a worker took, after how long the deadlock came.
 */
public final class Summary {
    /** The bundle of the words a series is told in ({@code resources/i18n/study*.properties}). */
    public static final String BUNDLE = "i18n.study";

    private final Aspect aspect;
    private final List<Row> rows;
    private final int total;
    private final Histogram startDelays;
    private final Map<Integer, Map<String, Integer>> takers = new TreeMap<>();
    private final Map<Integer, Integer> chunkCounts = new TreeMap<>();
    private final Histogram deadlockTimes;

    /**
     * One distinct outcome.
     *
     * @param outcome the first run's of those that had it
     * @param runs the numbers of the runs that had it (from 1)
     */
    public record Row(Outcome outcome, List<Integer> runs) {
        public Row {
            runs = List.copyOf(runs);
        }

        public int count() {
            return runs.size();
        }
    }

    /** A summary of {@code facts}, the runs numbered {@code numbers} (from 1, as many as facts). */
    public static Summary of(Aspect aspect, List<Integer> numbers, List<RunFacts> facts) {
        return new Summary(aspect, numbers, facts);
    }

    /** A summary of {@code facts}, numbered 1, 2, ... */
    public static Summary of(Aspect aspect, List<RunFacts> facts) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= facts.size(); i++) {
            numbers.add(i);
        }
        return new Summary(aspect, numbers, facts);
    }

    private Summary(Aspect aspect, List<Integer> numbers, List<RunFacts> facts) {
        this.aspect = aspect;
        this.total = facts.size();
        Map<Object, List<Integer>> runs = new LinkedHashMap<>();
        Map<Object, Outcome> first = new LinkedHashMap<>();
        List<Long> delays = new ArrayList<>();
        List<Long> deadlocks = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            RunFacts f = facts.get(i);
            Outcome o = aspect.outcome(f);
            first.putIfAbsent(o.key(), o);
            runs.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(numbers.get(i));
            f.children().stream().filter(c -> c.start() != null).forEach(c -> delays.add(c.startDelayUs()));
            if (o instanceof Outcome.Takers t) {
                for (int task = 0; task < t.byTask().size(); task++) {
                    takers.computeIfAbsent(task, k -> new TreeMap<>()).merge(t.byTask().get(task), 1, Integer::sum);
                }
            } else if (o instanceof Outcome.Chunks c) {
                c.perWorker().values().forEach(n -> chunkCounts.merge(n, 1, Integer::sum));
            } else if (o instanceof Outcome.Deadlocked d && d.happened()) {
                deadlocks.add(d.afterUs());
            }
        }
        List<Row> out = new ArrayList<>();
        runs.forEach((k, r) -> out.add(new Row(first.get(k), r)));
        out.sort(Comparator.comparingInt(Row::count).reversed().thenComparingInt(r -> r.runs().get(0)));
        this.rows = List.copyOf(out);
        this.startDelays = Histogram.of(delays);
        this.deadlockTimes = Histogram.of(deadlocks);
    }

    public Aspect aspect() {
        return aspect;
    }

    /** The distinct outcomes, the commonest first (ties: the one seen first). */
    public List<Row> rows() {
        return rows;
    }

    /** How many runs it sums up; the rows' counts add up to it. */
    public int total() {
        return total;
    }

    /** How long each child of every run took from its spawn to its hello. */
    public Histogram startDelays() {
        return startDelays;
    }

    /** Queue: for each task (from 0), how many runs each consumer took it in. */
    public Map<Integer, Map<String, Integer>> takers() {
        return takers;
    }

    /** Pool: for each number of chunks, how many times a worker took that many in a run. */
    public Map<Integer, Integer> chunkCounts() {
        return chunkCounts;
    }

    /** Deadlock: after how long it came, in the runs where it did. */
    public Histogram deadlockTimes() {
        return deadlockTimes;
    }

    /** How a row's outcome reads in the table of counts (a deadlock's time is the histogram's). */
    public static String rowWords(Row r, java.util.Locale locale) {
        return r.outcome() instanceof Outcome.Deadlocked d ? d.kindWords(locale) : r.outcome().words(locale);
    }
}
