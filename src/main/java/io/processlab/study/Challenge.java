package io.processlab.study;

import io.processlab.lessons.Settings;
import io.processlab.trace.TraceEvent;
import java.util.function.BiFunction;

/**
 * A goal to reach with a real run ("make the timed waiter see True"), checked against that run's
 * own trace ({@link RunFacts}) and the settings it ran with.
 *
 * @param id    the lesson's id, a dot and the challenge's own
 * @param lesson the lesson it is played on
 * @param goal  what to do
 * @param check what a run did about it
 */
public record Challenge(String id, String lesson, Wording goal, BiFunction<RunFacts, Settings, Attempt> check) {
    /**
     * How a run fared.
     *
     * @param met    whether it reached the goal
     * @param words  what the run did
     * @param moment the event that decides it, or null when the run has none
     */
    public record Attempt(boolean met, Wording words, TraceEvent moment) {
    }

    public Attempt attempt(RunFacts facts, Settings ranWith) {
        return check.apply(facts, ranWith);
    }
}
