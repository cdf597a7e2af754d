package io.processlab.app.replay;

import io.processlab.view.objects.EventState;
import io.processlab.view.objects.LockState;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PipeState;
import io.processlab.view.objects.PoolState;
import io.processlab.view.objects.ProcState;
import io.processlab.view.objects.QueueState;
import java.util.ArrayList;
import java.util.List;

/** Everything a fold derives, as lines of text, so that two folds can be compared in a test. */
public final class Describe {
    private Describe() {
    }

    public static List<String> of(ObjectsModel m) {
        List<String> out = new ArrayList<>();
        out.add("time " + m.timeUs() + " applied " + m.applied());
        for (ProcState p : m.processes()) {
            out.add("proc " + p.pid() + " " + p.name() + " " + p.target() + " " + p.phase() + " " + p.activity()
                    + " on " + p.waitingOn() + " exit " + p.exitCode() + " printed " + p.prints() + ": " + p.lastPrint());
        }
        for (LockState l : m.locks()) {
            out.add("lock " + l.id() + " holder " + l.holder() + " waiters " + l.waiters() + " history " + l.history());
        }
        for (QueueState q : m.queues()) {
            out.add("queue " + q.id() + " items " + q.items() + " held " + q.held() + " getters " + q.getters()
                    + " joiners " + q.joiners() + " unfinished " + q.unfinished() + " puts " + q.puts());
        }
        for (EventState e : m.events()) {
            out.add("event " + e.id() + " flag " + e.flag() + " by " + e.setBy() + " waiters " + e.waiters()
                    + " woken " + e.woken() + " timed out " + e.timedOut());
        }
        for (PipeState p : m.pipes()) {
            for (PipeState.End end : List.of(p.a(), p.b())) {
                out.add("pipe end " + end.id() + " user " + end.user() + " in flight " + end.inFlight()
                        + " received " + end.received() + " closed " + end.closed());
            }
        }
        PoolState pool = m.poolOrNull();
        if (pool != null) {
            out.add("pool done " + pool.chunksDone() + " slots " + pool.slots());
        }
        return out;
    }
}
