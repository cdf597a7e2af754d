package io.processlab.study;

import io.processlab.lessons.Settings;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A question a lesson asks before a run ("which line prints first?"), its choices for the
 * settings the run will have, and its check: what the run's own trace ({@link RunFacts}) answers,
 * with the event that decides it. Never a stored answer: {@link #knowable} says only whether the
 * settings decide the outcome before the run (then the choice that matches the run is right), or
 * whether it can vary from run to run (then "it cannot be known" is right).
 */
public final class Question {
    /** What a question asks about, one check each. */
    public enum Kind {
        FIRST_PRINT, CHILD_ORDER, COUNT, TIMED_WAITER, WAKES_FIRST, TAKER, FIRST_CHUNK, DEADLOCK
    }

    private final String id;
    private final Kind kind;
    private final Function<Settings, Wording> text;
    private final Function<Settings, List<Choice>> choices;
    private final Predicate<Settings> knowable;
    private final Function<Settings, Wording> why;
    private final BiFunction<RunFacts, Settings, RunAnswer> answer;

    /**
     * @param id       the lesson's id, a dot and the question's own ("event.timed")
     * @param answer   what a run's facts answer, or null when the run did not get so far
     */
    Question(String id, Kind kind, Function<Settings, Wording> text, Function<Settings, List<Choice>> choices,
            Predicate<Settings> knowable, Function<Settings, Wording> why, BiFunction<RunFacts, Settings, RunAnswer> answer) {
        this.id = id;
        this.kind = kind;
        this.text = text;
        this.choices = choices;
        this.knowable = knowable;
        this.why = why;
        this.answer = answer;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The question, for these settings. */
    public Wording text(Settings s) {
        return text.apply(s);
    }

    /** The answers offered for these settings (distinct ids). */
    public List<Choice> choices(Settings s) {
        return choices.apply(s);
    }

    /** Whether these settings decide the answer before the run. */
    public boolean knowable(Settings s) {
        return knowable.test(s);
    }

    /** Why the answer can (or cannot) be known before a run with these settings. */
    public Wording why(Settings s) {
        return why.apply(s);
    }

    /** What this run's trace answers, with the event that decides it; null when it does not tell. */
    public RunAnswer answer(RunFacts facts, Settings s) {
        return answer.apply(facts, s);
    }

    /** Checks {@code chosen} (a choice's id, or null) against the run the trace of which {@code facts} read. */
    public Verdict check(String chosen, RunFacts facts, Settings ranWith) {
        return Verdict.grade(chosen, answer(facts, ranWith), knowable(ranWith), why(ranWith));
    }

    @Override
    public String toString() {
        return id;
    }
}
