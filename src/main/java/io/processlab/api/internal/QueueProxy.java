package io.processlab.api.internal;

import io.processlab.api.Channel;
import io.processlab.api.JoinableQueue;
import io.processlab.wire.Handle;
import io.processlab.wire.Payloads;

/** Proxy of a Queue or a JoinableQueue (the broker refuses task_done on a plain queue). */
final class QueueProxy extends Proxy implements JoinableQueue {
    QueueProxy(Handle handle, Channel channel) {
        super(handle, channel);
    }

    @Override
    public void put(Object item) {
        channel.cast(handle.id(), "put", itemArgs(item));
    }

    @Override
    public Object get(boolean block, double timeoutSeconds) {
        return Payloads.decode(call("get", waitArgs(block, timeoutSeconds)), io.processlab.api.Proxies.resolver(channel));
    }

    @Override
    public int qsize() {
        return call("qsize").getAsInt();
    }

    @Override
    public void taskDone() {
        call("task_done");
    }

    @Override
    public void join() {
        call("join");
    }
}
