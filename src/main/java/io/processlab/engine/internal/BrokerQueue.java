package io.processlab.engine.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.processlab.api.Proxies;
import io.processlab.engine.Caller;
import io.processlab.engine.Completion;
import io.processlab.trace.Kinds;
import io.processlab.wire.RemoteError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A FIFO queue; a joinable one also counts unfinished tasks. */
public final class BrokerQueue extends SharedObject {
    private record Item(JsonElement value, long msg) {
    }

    private final boolean joinable;
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private final ArrayDeque<Waiter> getters = new ArrayDeque<>();
    private final List<Waiter> joiners = new ArrayList<>();
    private int unfinished;

    public BrokerQueue(String id, BrokerContext ctx, boolean joinable) {
        super(id, ctx);
        this.joinable = joinable;
    }

    @Override
    public String kind() {
        return joinable ? Proxies.JOINABLE_QUEUE : Proxies.QUEUE;
    }

    @Override
    protected void apply(Caller c, String op, JsonObject args, Completion done, List<Runnable> after) {
        switch (op) {
            case "put" -> put(c, args.has("item") ? args.get("item") : JsonNull.INSTANCE, done, after);
            case "get" -> get(c, args, done, after);
            case "qsize" -> ok(after, done, new JsonPrimitive(items.size()));
            case "task_done" -> {
                if (joinable) {
                    taskDone(c, done, after);
                } else {
                    unknown(op, done, after);
                }
            }
            case "join" -> {
                if (joinable) {
                    join(c, done, after);
                } else {
                    unknown(op, done, after);
                }
            }
            default -> unknown(op, done, after);
        }
    }

    private void put(Caller c, JsonElement value, Completion done, List<Runnable> after) {
        long msg = ctx.nextMessage();
        ctx.record(c, Kinds.PUT, id, BrokerContext.show(value), msg);
        if (joinable) {
            unfinished++;
        }
        Waiter w = getters.poll();
        if (w != null) {
            w.cancelTimer();
            ctx.record(w.caller, Kinds.GET, id, BrokerContext.show(value), msg);
            ok(after, w.done, value);
        } else {
            items.add(new Item(value, msg));
        }
        ok(after, done, JsonNull.INSTANCE);
    }

    private void get(Caller c, JsonObject args, Completion done, List<Runnable> after) {
        Item item = items.poll();
        if (item != null) {
            ctx.record(c, Kinds.GET, id, BrokerContext.show(item.value()), item.msg());
            ok(after, done, item.value());
            return;
        }
        if (!block(args)) {
            ctx.record(c, Kinds.GET_EMPTY, id, "empty");
            fail(after, done, RemoteError.EMPTY, "the queue is empty");
            return;
        }
        double timeout = timeout(args);
        ctx.record(c, Kinds.GET_WAIT, id, timeout >= 0 ? "timeout " + timeout + " s" : null);
        Waiter w = new Waiter(c, done, "get");
        getters.add(w);
        arm(w, timeout, getters, (x, a) -> {
            ctx.record(x.caller, Kinds.GET_EMPTY, id, "timed out");
            fail(a, x.done, RemoteError.EMPTY, "the queue stayed empty for " + timeout + " s");
        });
    }

    private void taskDone(Caller c, Completion done, List<Runnable> after) {
        if (unfinished == 0) {
            fail(after, done, RemoteError.VALUE, "task_done() called more times than there were items");
            return;
        }
        unfinished--;
        ctx.record(c, Kinds.TASK_DONE, id, "unfinished " + unfinished);
        if (unfinished == 0) {
            for (Waiter j : joiners) {
                ctx.record(j.caller, Kinds.JOINED, id, null);
                ok(after, j.done, JsonNull.INSTANCE);
            }
            joiners.clear();
        }
        ok(after, done, JsonNull.INSTANCE);
    }

    private void join(Caller c, Completion done, List<Runnable> after) {
        if (unfinished == 0) {
            ctx.record(c, Kinds.JOINED, id, null);
            ok(after, done, JsonNull.INSTANCE);
            return;
        }
        ctx.record(c, Kinds.JOIN_WAIT, id, "unfinished " + unfinished);
        joiners.add(new Waiter(c, done, "join"));
    }

    @Override
    protected void forget(long pid, List<Runnable> after) {
        drop(getters, pid, after);
        drop(joiners, pid, after);
    }

    @Override
    protected void stop(List<Runnable> after) {
        drop(getters, -1, after);
        drop(joiners, -1, after);
    }

    /** Items waiting now. */
    public synchronized int size() {
        return items.size();
    }

    /** Tasks put and not yet marked done (joinable queues). */
    public synchronized int unfinished() {
        return unfinished;
    }

    /** Fails every join wait (a consumer died with a task unfinished, see issue 6). */
    public void failJoiners(String why) {
        List<Runnable> after = new ArrayList<>(1);
        synchronized (this) {
            for (Waiter j : joiners) {
                fail(after, j.done, RemoteError.FAILED, why);
            }
            joiners.clear();
        }
        after.forEach(Runnable::run);
    }
}
