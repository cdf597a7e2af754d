package io.processlab.engine.internal;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.processlab.api.Proxies;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import java.util.ArrayList;
import java.util.List;

/** An event: a flag and the processes waiting for it. */
public final class BrokerEvent extends SharedObject {
    private boolean flag;
    private final List<Waiter> waiters = new ArrayList<>();

    public BrokerEvent(String id, BrokerContext ctx) {
        super(id, ctx);
    }

    @Override
    public String kind() {
        return Proxies.EVENT;
    }

    @Override
    protected void apply(Caller c, String op, JsonObject args, Completion done, List<Runnable> after) {
        switch (op) {
            case "set" -> {
                ctx.record(c, Kinds.EVENT_SET, id, waiters.isEmpty() ? null : "wakes " + waiters.size());
                flag = true;
                for (Waiter w : waiters) {
                    w.cancelTimer();
                    ctx.record(w.caller, Kinds.EVENT_WAKE, id, "set", new Fields.Outcome(Fields.Outcome.SET));
                    ok(after, w.done, true);
                }
                waiters.clear();
                ok(after, done, JsonNull.INSTANCE);
            }
            case "clear" -> {
                ctx.record(c, Kinds.EVENT_CLEAR, id, null);
                flag = false;
                ok(after, done, JsonNull.INSTANCE);
            }
            case "is_set" -> ok(after, done, flag);
            case "wait" -> waitFor(c, args, done, after);
            default -> unknown(op, done, after);
        }
    }

    private void waitFor(Caller c, JsonObject args, Completion done, List<Runnable> after) {
        if (flag) {
            ctx.record(c, Kinds.EVENT_WAKE, id, "already set", new Fields.Outcome(Fields.Outcome.ALREADY_SET));
            ok(after, done, true);
            return;
        }
        double timeout = timeout(args);
        ctx.record(c, Kinds.EVENT_WAIT, id, timeout >= 0 ? "timeout " + timeout + " s" : null,
                BrokerContext.waiting(timeout, null));
        Waiter w = new Waiter(c, done, "wait");
        waiters.add(w);
        arm(w, timeout, waiters, (x, a) -> {
            ctx.record(x.caller, Kinds.EVENT_WAKE, id, "timeout", new Fields.Outcome(Fields.Outcome.TIMEOUT));
            ok(a, x.done, false);
        });
    }

    @Override
    protected void forget(long pid, List<Runnable> after) {
        drop(waiters, pid, after);
    }

    @Override
    protected List<? extends java.util.Collection<Waiter>> waitLists() {
        return List.of(waiters);
    }

    @Override
    protected void stop(List<Runnable> after) {
        drop(waiters, -1, after);
    }

    public synchronized boolean isSet() {
        return flag;
    }
}
