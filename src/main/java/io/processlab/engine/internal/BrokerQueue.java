package io.processlab.engine.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.processlab.api.Proxies;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.wire.RemoteError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A FIFO queue; a joinable one also counts unfinished tasks, and knows which process took which
 * task and has not marked it done. When such a process ends, its tasks are lost: a join fails at
 * once with who and what, instead of waiting forever, until the tasks are reclaimed (a pool puts
 * them again for another worker).
 */
public final class BrokerQueue extends SharedObject {
    /** An item, with its message number, its trace detail and typed fields (made once, at put). */
    private record Item(JsonElement value, long msg, String detail, Fields fields) {
    }

    /** Tasks a process took and has not marked done, oldest first. */
    private record Taken(Caller caller, ArrayDeque<Item> items) {
    }

    /** Tasks of a process that ended before it marked them done. */
    private record Lost(Caller caller, List<Item> items) {
    }

    private final boolean joinable;
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private final ArrayDeque<Waiter> getters = new ArrayDeque<>();
    private final List<Waiter> joiners = new ArrayList<>();
    private final Map<Long, Taken> taken = new HashMap<>();
    private final Map<Long, Lost> lost = new LinkedHashMap<>();
    private final Map<Long, String> wakeups = new HashMap<>();
    private int unfinished;
    private int lostCount;

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
        String detail = BrokerContext.show(value);
        Fields fields = PoolWorkFields.ofPut(value, c);
        ctx.record(c, Kinds.PUT, id, detail, msg, fields);
        if (joinable) {
            unfinished++;
        }
        Item item = new Item(value, msg, detail, fields);
        Waiter w = getters.poll();
        if (w != null) {
            w.cancelTimer();
            ctx.record(w.caller, Kinds.GET, id, detail, msg, PoolWorkFields.ofGet(fields, w.caller));
            took(w.caller, item);
            ok(after, w.done, value);
        } else {
            items.add(item);
        }
        ok(after, done, JsonNull.INSTANCE);
    }

    private void get(Caller c, JsonObject args, Completion done, List<Runnable> after) {
        String wake = wakeups.remove(c.pid());
        Item item = items.poll();
        if (item != null) {
            ctx.record(c, Kinds.GET, id, item.detail(), item.msg(), PoolWorkFields.ofGet(item.fields(), c));
            took(c, item);
            ok(after, done, item.value());
            return;
        }
        if (!block(args)) {
            ctx.record(c, Kinds.GET_EMPTY, id, "empty", new Fields.Outcome(Fields.Outcome.EMPTY));
            fail(after, done, RemoteError.EMPTY, ctx.text("queue.empty"));
            return;
        }
        if (wake != null) {
            ctx.record(c, Kinds.GET_EMPTY, id, "woken: " + wake, new Fields.Outcome(Fields.Outcome.WOKEN));
            fail(after, done, RemoteError.WOKEN, wake);
            return;
        }
        double timeout = timeout(args);
        ctx.record(c, Kinds.GET_WAIT, id, timeout >= 0 ? "timeout " + timeout + " s" : null,
                BrokerContext.waiting(timeout, null));
        Waiter w = new Waiter(c, done, "get");
        getters.add(w);
        arm(w, timeout, getters, (x, a) -> {
            ctx.record(x.caller, Kinds.GET_EMPTY, id, "timed out", new Fields.Outcome(Fields.Outcome.TIMEOUT));
            fail(a, x.done, RemoteError.EMPTY, ctx.text("queue.stayed_empty", timeout));
        });
    }

    private void took(Caller c, Item item) {
        if (joinable) {
            taken.computeIfAbsent(c.pid(), p -> new Taken(c, new ArrayDeque<>())).items().add(item);
        }
    }

    private void taskDone(Caller c, Completion done, List<Runnable> after) {
        if (unfinished == 0) {
            fail(after, done, RemoteError.VALUE, ctx.text("queue.task_done_extra"));
            return;
        }
        unfinished--;
        Taken t = taken.get(c.pid());
        if (t != null) {
            t.items().poll();
            if (t.items().isEmpty()) {
                taken.remove(c.pid());
            }
        }
        ctx.record(c, Kinds.TASK_DONE, id, "unfinished " + unfinished, new Fields.Unfinished(unfinished));
        releaseJoinersIfDone(after);
        ok(after, done, JsonNull.INSTANCE);
    }

    private void releaseJoinersIfDone(List<Runnable> after) {
        if (unfinished == 0) {
            for (Waiter j : joiners) {
                ctx.record(j.caller, Kinds.JOINED, id, null, new Fields.Unfinished(0));
                ok(after, j.done, JsonNull.INSTANCE);
            }
            joiners.clear();
        }
    }

    private void join(Caller c, Completion done, List<Runnable> after) {
        if (unfinished == 0) {
            ctx.record(c, Kinds.JOINED, id, null, new Fields.Unfinished(0));
            ok(after, done, JsonNull.INSTANCE);
            return;
        }
        if (lostCount > 0) {
            Phrase why = lostReason();
            ctx.record(c, Kinds.ERROR, id, why.english());
            fail(after, done, RemoteError.LOST, why.in(ctx.locale()));
            return;
        }
        ctx.record(c, Kinds.JOIN_WAIT, id, "unfinished " + unfinished, new Fields.Unfinished(unfinished));
        joiners.add(new Waiter(c, done, "join"));
    }

    private Phrase lostReason() {
        Lost first = lost.values().iterator().next();
        int n = first.items().size();
        Phrase why = n == 1
                ? Phrase.of("queue.lost_one", id, first.caller().name(), first.caller().pid(), first.items().get(0).detail())
                : Phrase.of("queue.lost_many", id, first.caller().name(), first.caller().pid(), n);
        int others = lostCount - n;
        return others > 0 ? Phrase.of("queue.lost_more", why, others) : why;
    }

    @Override
    protected void forget(long pid, List<Runnable> after) {
        drop(getters, pid, after);
        drop(joiners, pid, after);
        wakeups.remove(pid);
        Taken t = taken.remove(pid);
        if (t == null || t.items().isEmpty()) {
            return;
        }
        int n = Math.min(t.items().size(), unfinished - lostCount);
        if (n <= 0) {
            return;
        }
        List<Item> gone = new ArrayList<>(t.items()).subList(t.items().size() - n, t.items().size());
        lost.put(pid, new Lost(t.caller(), List.copyOf(gone)));
        lostCount += n;
        Phrase why = lostReason();
        ctx.record(t.caller(), Kinds.ERROR, id, t.caller().name() + " ended with " + n + " unfinished task"
                + (n == 1 ? "" : "s"));
        for (Waiter j : joiners) {
            ctx.record(j.caller, Kinds.ERROR, id, why.english());
            fail(after, j.done, RemoteError.LOST, why.in(ctx.locale()));
        }
        joiners.clear();
    }

    @Override
    protected void stop(List<Runnable> after) {
        drop(getters, -1, after);
        drop(joiners, -1, after);
    }

    @Override
    protected List<? extends java.util.Collection<Waiter>> waitLists() {
        return List.of(getters, joiners);
    }

    @Override
    protected Phrase stuckReason(Waiter w) {
        if ("join".equals(w.op)) {
            return unfinished == 1 ? Phrase.of("queue.join_stuck_one", id) : Phrase.of("queue.join_stuck", id, unfinished);
        }
        return super.stuckReason(w);
    }

    /** Items waiting now. */
    public synchronized int size() {
        return items.size();
    }

    /** Tasks put and not yet marked done (joinable queues). */
    public synchronized int unfinished() {
        return unfinished;
    }

    /** Tasks lost: taken by processes that ended before marking them done (joinable queues). */
    public synchronized int lost() {
        return lostCount;
    }

    /**
     * Takes back the tasks that process {@code pid} took and lost when it ended: they no longer
     * count as unfinished, and the caller may put them again.
     */
    public List<JsonElement> reclaimLost(long pid) {
        List<Runnable> after = new ArrayList<>(1);
        List<JsonElement> out = new ArrayList<>();
        synchronized (this) {
            Lost l = lost.remove(pid);
            if (l != null) {
                for (Item i : l.items()) {
                    out.add(i.value());
                }
                lostCount -= out.size();
                unfinished -= out.size();
                releaseJoinersIfDone(after);
            }
        }
        after.forEach(Runnable::run);
        return out;
    }

    /**
     * Ends the blocked get of process {@code pid} with a {@link RemoteError#WOKEN} error, or, if it
     * is not blocked now, its next get that would block. A pool wakes its own wait for results this
     * way when a worker ends.
     */
    public void wake(long pid, String why) {
        List<Runnable> after = new ArrayList<>(1);
        synchronized (this) {
            Waiter found = null;
            for (Waiter w : getters) {
                if (w.caller.pid() == pid) {
                    found = w;
                    break;
                }
            }
            if (found == null) {
                wakeups.put(pid, why);
            } else {
                getters.remove(found);
                found.cancelTimer();
                ctx.record(found.caller, Kinds.GET_EMPTY, id, "woken: " + why, new Fields.Outcome(Fields.Outcome.WOKEN));
                fail(after, found.done, RemoteError.WOKEN, why);
            }
        }
        after.forEach(Runnable::run);
    }

    /** Fails every join wait. */
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
