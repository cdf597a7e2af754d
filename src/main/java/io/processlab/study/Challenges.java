package io.processlab.study;

import io.processlab.lessons.Settings;
import io.processlab.study.Challenge.Attempt;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.Optional;

/**
 * The challenges, in the spirit of The Deadlock Empire but on real processes: steer the queue's
 * consumers into taking the tasks in reverse order, make the deadlock happen, make the timed
 * waiter see True. Each is checked against the run's trace, never taken on trust.
 */
public final class Challenges {
    private static final List<Challenge> ALL = List.of(
            new Challenge("queue.reverse", "queue", Wording.of("predict.goal.queue.reverse"), Challenges::reverse),
            new Challenge("deadlock.happen", "deadlock", Wording.of("predict.goal.deadlock.happen"), Challenges::deadlock),
            new Challenge("event.true", "event", Wording.of("predict.goal.event.true"), Challenges::timedTrue));

    private Challenges() {
    }

    public static List<Challenge> all() {
        return ALL;
    }

    public static List<Challenge> of(String lessonId) {
        return ALL.stream().filter(c -> c.lesson().equals(lessonId)).toList();
    }

    /**
     * The first task to the last consumer, the second to the one before it, and so on, for as
     * many tasks as there are consumers (at least two): a queue hands out its items in order, so
     * only the order of the consumers' get() calls can do it, which step mode lets the user choose.
     */
    private static Attempt reverse(RunFacts f, Settings s) {
        int consumers = s.getInt("consumers");
        int n = Math.min(consumers, s.getInt("tasks"));
        if (n < 2) {
            return new Attempt(false, Wording.of("predict.tried.queue.reverse_few"), null);
        }
        RunFacts.Take last = null;
        boolean met = true;
        for (int i = 0; i < n; i++) {
            Optional<RunFacts.Take> t = f.takerOf("tasks", i);
            if (t.isEmpty() || !t.get().name().equals("Consumer-" + (consumers - i))) {
                met = false;
                if (t.isEmpty()) {
                    break;
                }
            }
            if (last == null || t.get().tUs() > last.tUs()) {
                last = t.get();
            }
        }
        return new Attempt(met, Wording.of(met ? "predict.tried.queue.reverse_met" : "predict.tried.queue.reverse",
                Questions.takers(f)), last == null ? null : last.event());
    }

    /** A deadlock with no pause between the two acquires: only the order of the operations can make it. */
    private static Attempt deadlock(RunFacts f, Settings s) {
        double pause = s.getDouble("pause");
        Optional<RunFacts.Deadlock> d = f.deadlock();
        if (pause > 0) {
            return new Attempt(false, Wording.of("predict.tried.deadlock.pause", pause), d.map(RunFacts.Deadlock::event).orElse(null));
        }
        return d.map(x -> new Attempt(true, Wording.of("predict.tried.deadlock.met", x.tUs() / 1e6), x.event()))
                .orElseGet(() -> new Attempt(false, Wording.of("predict.tried.deadlock.none"), null));
    }

    private static Attempt timedTrue(RunFacts f, Settings s) {
        List<RunFacts.Print> done = f.printsOf("event.timeout_done");
        if (done.isEmpty() || done.get(0).args().isEmpty()) {
            return new Attempt(false, Wording.of("predict.tried.event.none"), null);
        }
        String saw = done.get(0).args().get(0);
        TraceEvent moment = Questions.waitOf(f, done.get(0)).map(RunFacts.Wait::woke).orElse(done.get(0).event());
        return new Attempt("True".equals(saw), Wording.of("predict.tried.event.saw", saw), moment);
    }
}
