package io.processlab.api.internal;

import io.processlab.api.Channel;
import io.processlab.api.Proxies;
import io.processlab.wire.Handle;

/** Chooses the proxy class for a handle's kind (the service {@link Proxies.Maker}). */
public final class ProxyFactory implements Proxies.Maker {
    /** Made by the service loader. */
    public ProxyFactory() {
    }

    @Override
    public Object create(Handle h, Channel channel) {
        return switch (h.kind()) {
            case Proxies.LOCK -> new LockProxy(h, channel);
            case Proxies.QUEUE, Proxies.JOINABLE_QUEUE -> new QueueProxy(h, channel);
            case Proxies.EVENT -> new EventProxy(h, channel);
            case Proxies.CONNECTION -> new ConnectionProxy(h, channel);
            default -> throw new IllegalArgumentException("unknown kind of shared object: " + h.kind());
        };
    }
}
