package io.processlab.engine.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.processlab.wire.Handle;
import io.processlab.wire.RemoteError;
import java.util.ArrayList;
import java.util.List;

/**
 * A lock, queue, event or pipe end in the broker. Operations run under the object's monitor and
 * leave their answers in a list that runs after the monitor is released: no I/O under a lock.
 */
public abstract class SharedObject {
    protected final String id;
    protected final BrokerContext ctx;

    protected SharedObject(String id, BrokerContext ctx) {
        this.id = id;
        this.ctx = ctx;
    }

    public String id() {
        return id;
    }

    public abstract String kind();

    /** The monitor that guards this object's state (the object itself, or a pipe for its two ends). */
    protected Object monitor() {
        return this;
    }

    public Handle handle() {
        return new Handle(kind(), id);
    }

    /** Performs {@code op} for {@code caller}; {@code done} is answered now or later. */
    public final void call(Caller caller, String op, JsonObject args, Completion done) {
        List<Runnable> after = new ArrayList<>(2);
        synchronized (monitor()) {
            apply(caller, op, args == null ? new JsonObject() : args, done, after);
        }
        after.forEach(Runnable::run);
    }

    /** Called under the monitor; answers go into {@code after}. */
    protected abstract void apply(Caller caller, String op, JsonObject args, Completion done, List<Runnable> after);

    /** The process {@code pid} is gone: drop its waits, free what it held. Under the monitor. */
    public final void forget(long pid) {
        List<Runnable> after = new ArrayList<>(2);
        synchronized (monitor()) {
            forget(pid, after);
        }
        after.forEach(Runnable::run);
    }

    protected abstract void forget(long pid, List<Runnable> after);

    /** The run ends: fail every wait. */
    public final void stop() {
        List<Runnable> after = new ArrayList<>(2);
        synchronized (monitor()) {
            stop(after);
        }
        after.forEach(Runnable::run);
    }

    protected abstract void stop(List<Runnable> after);

    /** Every list in which this object keeps waiting calls. Under the monitor. */
    protected abstract List<? extends java.util.Collection<Waiter>> waitLists();

    /**
     * Fails the waits of {@code pid} that have no timeout and have been held for at least
     * {@code olderThanNanos}: nothing is left that could end them (see Run's watchdog).
     *
     * @return how many waits failed
     */
    public final int failStuck(long pid, long olderThanNanos) {
        List<Runnable> after = new ArrayList<>(1);
        long now = System.nanoTime();
        synchronized (monitor()) {
            for (java.util.Collection<Waiter> q : waitLists()) {
                for (java.util.Iterator<Waiter> it = q.iterator(); it.hasNext();) {
                    Waiter w = it.next();
                    if (w.caller.pid() == pid && w.timer == null && now - w.since >= olderThanNanos) {
                        it.remove();
                        Phrase why = stuckReason(w);
                        ctx.record(w.caller, io.processlab.trace.Kinds.ERROR, id, why.english());
                        fail(after, w.done, RemoteError.DEADLOCK, why.in(ctx.locale()));
                    }
                }
            }
        }
        after.forEach(Runnable::run);
        return after.size();
    }

    /** Why a wait can never end, in words. Under the monitor. */
    protected Phrase stuckReason(Waiter w) {
        return Phrase.of("shared.stuck", w.op, id);
    }

    protected static void ok(List<Runnable> after, Completion done, JsonElement value) {
        after.add(() -> done.ok(value));
    }

    protected static void ok(List<Runnable> after, Completion done, boolean value) {
        ok(after, done, new JsonPrimitive(value));
    }

    protected static void fail(List<Runnable> after, Completion done, String kind, String message) {
        RemoteError e = new RemoteError(kind, message);
        after.add(() -> done.fail(e));
    }

    protected void unknown(String op, Completion done, List<Runnable> after) {
        fail(after, done, RemoteError.FAILED, ctx.text("shared.no_op", kind(), op));
    }

    /**
     * Gives {@code w} a timeout: after {@code seconds}, if it still waits in {@code queue}, it is
     * taken out and {@code onTimeout} answers it (under the monitor).
     */
    protected void arm(Waiter w, double seconds, java.util.Collection<Waiter> queue,
                       java.util.function.BiConsumer<Waiter, List<Runnable>> onTimeout) {
        if (seconds < 0) {
            return;
        }
        w.timer = ctx.after(seconds, () -> {
            List<Runnable> after = new ArrayList<>(1);
            synchronized (monitor()) {
                if (queue.remove(w)) {
                    w.timer = null;
                    onTimeout.accept(w, after);
                }
            }
            after.forEach(Runnable::run);
        });
    }

    /** Takes out the waits of {@code pid} and fails the others with STOPPED when {@code pid} is -1. */
    protected void drop(java.util.Collection<Waiter> queue, long pid, List<Runnable> after) {
        for (java.util.Iterator<Waiter> it = queue.iterator(); it.hasNext();) {
            Waiter w = it.next();
            if (pid == -1 || w.caller.pid() == pid) {
                it.remove();
                w.cancelTimer();
                if (pid == -1) {
                    RemoteError stopped = ctx.stopped();
                    after.add(() -> w.done.fail(stopped));
                }
            }
        }
    }

    /** The {@code block} argument (default true). */
    protected static boolean block(JsonObject args) {
        return !args.has("block") || args.get("block").getAsBoolean();
    }

    /** The {@code timeout} argument in seconds, or -1 for none. */
    protected static double timeout(JsonObject args) {
        return args.has("timeout") && !args.get("timeout").isJsonNull() ? Math.max(0, args.get("timeout").getAsDouble()) : -1;
    }
}
