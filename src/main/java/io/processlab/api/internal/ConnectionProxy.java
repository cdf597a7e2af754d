package io.processlab.api.internal;

import io.processlab.api.Channel;
import io.processlab.api.Connection;
import io.processlab.wire.Handle;
import io.processlab.wire.Payloads;

final class ConnectionProxy extends Proxy implements Connection {
    /**
     * Whether a send on this end has succeeded: the end may send. Later sends are posts (they do
     * not wait for the broker); the first is a call, so that sending on the receive end of a
     * one-way pipe fails at once, as in Python.
     */
    private volatile boolean maySend;

    ConnectionProxy(Handle handle, Channel channel) {
        super(handle, channel);
    }

    @Override
    public void send(Object value) {
        if (maySend) {
            channel.post(handle.id(), "send", itemArgs(value));
        } else {
            call("send", itemArgs(value));
            maySend = true;
        }
    }

    @Override
    public Object recv() {
        return Payloads.decode(call("recv"), io.processlab.api.Proxies.resolver(channel));
    }

    @Override
    public boolean poll(double timeoutSeconds) {
        return call("poll", waitArgs(timeoutSeconds != 0, timeoutSeconds)).getAsBoolean();
    }

    @Override
    public void close() {
        call("close");
    }
}
