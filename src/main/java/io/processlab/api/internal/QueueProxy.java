package io.processlab.api.internal;

import io.processlab.api.Channel;
import io.processlab.api.JoinableQueue;
import io.processlab.wire.Handle;
import io.processlab.wire.Payloads;

/** Proxy of a Queue or a JoinableQueue (the broker refuses task_done on a plain queue). */
final class QueueProxy extends Proxy implements JoinableQueue {
    /**
     * Items this proxy got and has not marked done. While there are some, the queue has at least
     * that many unfinished tasks, so task_done cannot fail for counting and is a post (it does not
     * wait for the broker, as Python's does not); otherwise it is a call and fails at once.
     */
    private final java.util.concurrent.atomic.AtomicInteger undone = new java.util.concurrent.atomic.AtomicInteger();

    QueueProxy(Handle handle, Channel channel) {
        super(handle, channel);
    }

    @Override
    public void put(Object item) {
        channel.cast(handle.id(), "put", itemArgs(item));
    }

    @Override
    public Object get(boolean block, double timeoutSeconds) {
        Object item = Payloads.decode(call("get", waitArgs(block, timeoutSeconds)), io.processlab.api.Proxies.resolver(channel));
        undone.incrementAndGet();
        return item;
    }

    @Override
    public int qsize() {
        return call("qsize").getAsInt();
    }

    @Override
    public void taskDone() {
        if (undone.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            channel.post(handle.id(), "task_done", new com.google.gson.JsonObject());
        } else {
            call("task_done");
        }
    }

    @Override
    public void join() {
        call("join");
    }
}
