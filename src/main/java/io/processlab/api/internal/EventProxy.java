package io.processlab.api.internal;

import io.processlab.api.Channel;
import io.processlab.api.Event;
import io.processlab.wire.Handle;

final class EventProxy extends Proxy implements Event {
    EventProxy(Handle handle, Channel channel) {
        super(handle, channel);
    }

    @Override
    public void set() {
        call("set");
    }

    @Override
    public void clear() {
        call("clear");
    }

    @Override
    public boolean isSet() {
        return call("is_set").getAsBoolean();
    }

    @Override
    public boolean waitFor(double timeoutSeconds) {
        return call("wait", waitArgs(true, timeoutSeconds)).getAsBoolean();
    }
}
