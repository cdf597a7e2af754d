package io.processlab.api.internal;

import io.processlab.api.Channel;
import io.processlab.api.Connection;
import io.processlab.wire.Handle;
import io.processlab.wire.Payloads;

final class ConnectionProxy extends Proxy implements Connection {
    ConnectionProxy(Handle handle, Channel channel) {
        super(handle, channel);
    }

    @Override
    public void send(Object value) {
        call("send", itemArgs(value));
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
