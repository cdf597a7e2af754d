package io.processlab.engine.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.processlab.api.Proxies;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.wire.RemoteError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One end of a pipe. Both ends share one monitor (the pipe's), so that a send and the other
 * end's recv see one state.
 */
public final class PipeEnd extends SharedObject {
    /** A value, with its message number and its trace detail (made once, at send). */
    private record Item(JsonElement value, long msg, String detail) {
    }

    private final Object pipe;
    private final boolean canSend;
    private final boolean canRecv;
    private PipeEnd peer;
    private boolean closed;
    private final ArrayDeque<Item> inbox = new ArrayDeque<>();
    private final ArrayDeque<Waiter> receivers = new ArrayDeque<>();
    private final List<Waiter> pollers = new ArrayList<>();

    private PipeEnd(String id, BrokerContext ctx, Object pipe, boolean canSend, boolean canRecv) {
        super(id, ctx);
        this.pipe = pipe;
        this.canSend = canSend;
        this.canRecv = canRecv;
    }

    /**
     * The two ends of a new pipe. Duplex: both send and receive. One-way (Python's
     * {@code Pipe(False)}): the first end only receives, the second only sends.
     */
    public static PipeEnd[] pair(String id, BrokerContext ctx, boolean duplex) {
        Object pipe = new Object();
        PipeEnd a = new PipeEnd(id + ".a", ctx, pipe, duplex, true);
        PipeEnd b = new PipeEnd(id + ".b", ctx, pipe, true, duplex);
        a.peer = b;
        b.peer = a;
        return new PipeEnd[] {a, b};
    }

    @Override
    protected Object monitor() {
        return pipe;
    }

    @Override
    public String kind() {
        return Proxies.CONNECTION;
    }

    @Override
    protected void apply(Caller c, String op, JsonObject args, Completion done, List<Runnable> after) {
        switch (op) {
            case "send" -> send(c, args.has("item") ? args.get("item") : JsonNull.INSTANCE, done, after);
            case "recv" -> recv(c, done, after);
            case "poll" -> poll(c, args, done, after);
            case "close" -> close(c, done, after);
            default -> unknown(op, done, after);
        }
    }

    private void send(Caller c, JsonElement value, Completion done, List<Runnable> after) {
        if (closed) {
            fail(after, done, RemoteError.CLOSED, ctx.text("pipe.closed"));
            return;
        }
        if (!canSend) {
            fail(after, done, RemoteError.CLOSED, ctx.text("pipe.receive_only"));
            return;
        }
        if (peer.closed) {
            fail(after, done, RemoteError.CLOSED, ctx.text("pipe.broken"));
            return;
        }
        long msg = ctx.nextMessage();
        String detail = BrokerContext.show(value);
        ctx.record(c, Kinds.SEND, id, detail, msg);
        Waiter r = peer.receivers.poll();
        if (r != null) {
            ctx.record(r.caller, Kinds.RECV, peer.id, detail, msg);
            ok(after, r.done, value);
        } else {
            peer.inbox.add(new Item(value, msg, detail));
            for (Waiter p : peer.pollers) {
                p.cancelTimer();
                ok(after, p.done, true);
            }
            peer.pollers.clear();
        }
        ok(after, done, JsonNull.INSTANCE);
    }

    private void recv(Caller c, Completion done, List<Runnable> after) {
        if (closed) {
            fail(after, done, RemoteError.CLOSED, ctx.text("pipe.closed"));
            return;
        }
        if (!canRecv) {
            fail(after, done, RemoteError.CLOSED, ctx.text("pipe.send_only"));
            return;
        }
        Item item = inbox.poll();
        if (item != null) {
            ctx.record(c, Kinds.RECV, id, item.detail(), item.msg());
            ok(after, done, item.value());
        } else if (peer.closed) {
            ctx.record(c, Kinds.RECV, id, "EOF: the other end is closed", new Fields.Outcome(Fields.Outcome.EOF));
            fail(after, done, RemoteError.EOF, ctx.text("pipe.eof"));
        } else {
            ctx.record(c, Kinds.RECV_WAIT, id, null);
            receivers.add(new Waiter(c, done, "recv"));
        }
    }

    private void poll(Caller c, JsonObject args, Completion done, List<Runnable> after) {
        if (!inbox.isEmpty() || peer.closed || closed) {
            ok(after, done, !inbox.isEmpty() || peer.closed);
            return;
        }
        if (!block(args)) {
            ok(after, done, false);
            return;
        }
        Waiter w = new Waiter(c, done, "poll");
        pollers.add(w);
        arm(w, timeout(args), pollers, (x, a) -> ok(a, x.done, false));
    }

    private void close(Caller c, Completion done, List<Runnable> after) {
        if (!closed) {
            closed = true;
            ctx.record(c, Kinds.CLOSE, id, null);
            for (Waiter r : peer.receivers) {
                ctx.record(r.caller, Kinds.RECV, peer.id, "EOF: the other end is closed", new Fields.Outcome(Fields.Outcome.EOF));
                fail(after, r.done, RemoteError.EOF, ctx.text("pipe.eof"));
            }
            peer.receivers.clear();
            for (Waiter p : peer.pollers) {
                p.cancelTimer();
                ok(after, p.done, true);
            }
            peer.pollers.clear();
            drop(receivers, -1, after);
            drop(pollers, -1, after);
        }
        ok(after, done, JsonNull.INSTANCE);
    }

    @Override
    protected void forget(long pid, List<Runnable> after) {
        drop(receivers, pid, after);
        drop(pollers, pid, after);
    }

    @Override
    protected List<? extends java.util.Collection<Waiter>> waitLists() {
        return List.of(receivers, pollers);
    }

    @Override
    protected void stop(List<Runnable> after) {
        drop(receivers, -1, after);
        drop(pollers, -1, after);
    }
}
