package io.processlab.api;

import io.processlab.api.internal.ProxyFactory;
import io.processlab.wire.Handle;
import java.util.function.Function;

/** Builds the proxy of a shared object from its handle. */
public final class Proxies {
    /** Kinds of shared objects, as they appear in handles. */
    public static final String LOCK = "Lock";
    public static final String QUEUE = "Queue";
    public static final String JOINABLE_QUEUE = "JoinableQueue";
    public static final String EVENT = "Event";
    public static final String CONNECTION = "Connection";

    private Proxies() {
    }

    /** A proxy of the right interface for the handle's kind. */
    public static Object of(Handle handle, Channel channel) {
        return ProxyFactory.create(handle, channel);
    }

    /** A decoder hook that turns handles into proxies over {@code channel}. */
    public static Function<Handle, Object> resolver(Channel channel) {
        return h -> of(h, channel);
    }
}
