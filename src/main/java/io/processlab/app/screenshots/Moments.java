package io.processlab.app.screenshots;

import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.EventState;
import io.processlab.view.objects.LockState;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PipeState;
import io.processlab.view.objects.PoolState;
import io.processlab.view.objects.ProcState;
import io.processlab.view.objects.QueueState;
import java.util.List;
import java.util.Set;

/** The moment of a run a picture should show: when the most is going on at once. */
final class Moments {
    /**
     * The concept demos whose panel shows what was measured or reported once the run is over (the
     * threads' memory, the cores' rounds, the child's facts, both sides of the isolation): their
     * picture is the run's end, where that is shown.
     */
    static final Set<String> AT_THE_END = Set.of("spawn", "isolation", "threads", "cores");

    private Moments() {
    }

    /** The moment a picture of lesson {@code id}'s run shows: its end for {@link #AT_THE_END}, else {@link #busiest}. */
    static long forPicture(String id, List<TraceEvent> events) {
        if (AT_THE_END.contains(id)) {
            return events.isEmpty() ? 0 : events.get(events.size() - 1).tUs();
        }
        return busiest(events);
    }

    /**
     * The time, after some event, at which {@link #activity} is highest (the first such time).
     * A run with no events gives 0.
     */
    static long busiest(List<TraceEvent> events) {
        ObjectsModel m = new ObjectsModel();
        long best = 0;
        int bestScore = -1;
        for (int i = 0; i < events.size(); i++) {
            m.apply(events.get(i));
            boolean lastAtThisTime = i + 1 == events.size() || events.get(i + 1).tUs() != events.get(i).tUs();
            if (lastAtThisTime) {
                int s = activity(m);
                if (s > bestScore) {
                    bestScore = s;
                    best = events.get(i).tUs();
                }
            }
        }
        return best;
    }

    /**
     * How much a picture of this moment shows: live processes (twice when they wait), cards in
     * queues and in consumers' hands, lock holder and waiters, event waiters and (three times)
     * who woke or gave up, messages in a pipe (five times: they are there only briefly) and
     * received, pool chunks being worked on and done, and a deadlock the broker found while it holds.
     */
    static int activity(ObjectsModel m) {
        int s = 0;
        for (ProcState p : m.processes()) {
            if (p.target() != null && p.phase() == ProcState.Phase.RUNNING) {
                s += p.activity() == ProcState.Activity.WAITING ? 2 : 1;
            }
        }
        for (QueueState q : m.queues()) {
            s += q.items().size() + q.held().size() + q.joiners().size();
        }
        for (LockState l : m.locks()) {
            s += l.waiters().size() + (l.holder() == null ? 0 : 1);
        }
        for (EventState e : m.events()) {
            s += e.waiters().size() + 3 * (e.woken().size() + e.timedOut().size());
        }
        for (PipeState p : m.pipes()) {
            s += 5 * (p.a().inFlight().size() + p.b().inFlight().size()) + p.a().received().size()
                    + p.b().received().size();
        }
        if (m.deadlockHolds()) {
            s += 10; // the cycle in red is what the deadlock lesson is about
        }
        PoolState pool = m.poolOrNull();
        if (pool != null) {
            for (PoolState.Worker w : pool.workers()) {
                s += w.current() == null ? 0 : 2;
            }
            s += pool.chunksDone();
        }
        return s;
    }
}
