package io.processlab.study;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a lesson or a program {@code times} times for real, one after another, through a
 * {@link Runner}; tells a {@link Listener} of each run's start and end; {@link #stop()} ends the
 * run going now (its processes included) and the series with it. A failed run does not end the
 * series: it is kept, with why, and left out of the {@link #summary()}.
 */
public final class Repeat {
    /** The fewest and the most runs of a series. */
    public static final int MIN = 2;
    public static final int MAX = 50;

    private final Runner runner;
    private final int times;
    private final List<Result> results = new ArrayList<>();
    private volatile boolean stopped;

    /** Told of the series' progress, on the thread that runs it. */
    public interface Listener {
        /** Run {@code run} (from 1) of {@code of} begins. */
        default void starting(int run, int of) {
        }

        /** A run ended. */
        default void ran(Result result) {
        }
    }

    /**
     * One run of the series.
     *
     * @param run its number, from 1
     * @param outcome what it showed of the series' aspect
     */
    public record Result(int run, Ran ran, RunFacts facts, Outcome outcome) {
        public boolean ok() {
            return ran.ok();
        }
    }

    public Repeat(Runner runner, int times) {
        if (times < MIN || times > MAX) {
            throw new IllegalArgumentException("times " + times + " is not from " + MIN + " to " + MAX);
        }
        this.runner = runner;
        this.times = times;
    }

    public int times() {
        return times;
    }

    /** Runs the series to its end or its stop; returns every run that ended (a stopped one included). */
    public List<Result> run(Listener listener) throws InterruptedException {
        Aspect aspect = null;
        for (int i = 1; i <= times && !stopped; i++) {
            listener.starting(i, times);
            Ran ran = runner.run();
            RunFacts facts = RunFacts.of(ran.trace());
            if (aspect == null) {
                aspect = Aspect.of(ran.lesson(), facts);
            }
            Result r = new Result(i, ran, facts, aspect.outcome(facts));
            synchronized (results) {
                results.add(r);
            }
            listener.ran(r);
        }
        return results();
    }

    /** Ends the run going now and the series. */
    public void stop() {
        stopped = true;
        runner.stop();
    }

    public boolean stopped() {
        return stopped;
    }

    public List<Result> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    /** The failed runs (a stopped one included). */
    public List<Result> failures() {
        return results().stream().filter(r -> !r.ok()).toList();
    }

    /** What the runs that succeeded showed. */
    public Summary summary() {
        List<Result> ok = results().stream().filter(Result::ok).toList();
        Aspect aspect = ok.isEmpty() ? Aspect.ORDER : Aspect.of(ok.get(0).ran().lesson(), ok.get(0).facts());
        return Summary.of(aspect, ok.stream().map(Result::run).toList(), ok.stream().map(Result::facts).toList());
    }
}
