package io.processlab.engine.internal;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.processlab.api.Proxies;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.wire.RemoteError;
import java.util.ArrayDeque;
import java.util.List;

/** A lock: one holder, waiters granted in arrival order. */
public final class BrokerLock extends SharedObject {
    private Caller holder;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private boolean abandoned;

    public BrokerLock(String id, BrokerContext ctx) {
        super(id, ctx);
    }

    @Override
    public String kind() {
        return Proxies.LOCK;
    }

    @Override
    protected void apply(Caller c, String op, JsonObject args, Completion done, List<Runnable> after) {
        switch (op) {
            case "acquire" -> acquire(c, args, done, after);
            case "release" -> release(c, done, after);
            default -> unknown(op, done, after);
        }
    }

    private void acquire(Caller c, JsonObject args, Completion done, List<Runnable> after) {
        if (holder == null) {
            grant(c, done, after);
            return;
        }
        if (!block(args)) {
            ctx.record(c, Kinds.ACQUIRE_TIMEOUT, id, "busy, held by " + holder.name(), new Fields.Outcome(Fields.Outcome.BUSY));
            ok(after, done, false);
            return;
        }
        double timeout = timeout(args);
        ctx.record(c, Kinds.ACQUIRE_WAIT, id, "held by " + holder.name() + " (" + holder.pid() + ")"
                + (timeout >= 0 ? ", timeout " + timeout + " s" : ""), BrokerContext.waiting(timeout, holder.pid()));
        Waiter w = new Waiter(c, done, "acquire");
        waiters.add(w);
        arm(w, timeout, waiters, (x, a) -> {
            ctx.record(x.caller, Kinds.ACQUIRE_TIMEOUT, id, "timed out", new Fields.Outcome(Fields.Outcome.TIMEOUT));
            ok(a, x.done, false);
        });
    }

    private void grant(Caller c, Completion done, List<Runnable> after) {
        holder = c;
        if (abandoned) {
            abandoned = false;
            ctx.record(c, Kinds.ACQUIRED, id, "abandoned by a process that died", new Fields.Outcome(Fields.Outcome.ABANDONED));
            fail(after, done, RemoteError.ABANDONED, ctx.text("lock.abandoned"));
        } else {
            ctx.record(c, Kinds.ACQUIRED, id, null);
            ok(after, done, true);
        }
    }

    private void release(Caller c, Completion done, List<Runnable> after) {
        if (holder == null) {
            fail(after, done, RemoteError.VALUE, ctx.text("lock.not_held"));
            return;
        }
        ctx.record(c, Kinds.RELEASED, id, holder.pid() == c.pid() ? null : "held by " + holder.name());
        handOver(after);
        ok(after, done, JsonNull.INSTANCE);
    }

    private void handOver(List<Runnable> after) {
        Waiter next = waiters.poll();
        if (next == null) {
            holder = null;
        } else {
            next.cancelTimer();
            grant(next.caller, next.done, after);
        }
    }

    @Override
    protected void forget(long pid, List<Runnable> after) {
        drop(waiters, pid, after);
        if (holder != null && holder.pid() == pid) {
            ctx.record(holder, Kinds.RELEASED, id, "abandoned: its holder ended");
            abandoned = true;
            handOver(after);
        }
    }

    @Override
    protected List<? extends java.util.Collection<Waiter>> waitLists() {
        return List.of(waiters);
    }

    @Override
    protected void stop(List<Runnable> after) {
        drop(waiters, -1, after);
    }

    /** Who holds the lock now, or null. */
    public synchronized Caller holder() {
        return holder;
    }

    /** Who waits for it, in arrival order. */
    public synchronized java.util.List<Caller> waiters() {
        java.util.List<Caller> out = new java.util.ArrayList<>(waiters.size());
        waiters.forEach(w -> out.add(w.caller));
        return out;
    }
}
