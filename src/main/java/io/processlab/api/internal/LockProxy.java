package io.processlab.api.internal;

import io.processlab.api.Channel;
import io.processlab.api.Lock;
import io.processlab.wire.Handle;

final class LockProxy extends Proxy implements Lock {
    LockProxy(Handle handle, Channel channel) {
        super(handle, channel);
    }

    @Override
    public boolean acquire(boolean block, double timeoutSeconds) {
        return call("acquire", waitArgs(block, timeoutSeconds)).getAsBoolean();
    }

    @Override
    public void release() {
        call("release");
    }
}
