package io.processlab.api;

import io.processlab.wire.Handle;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Builds the proxy of a shared object from its handle. The proxy classes live in
 * {@code api.internal}, which implements this package's interfaces; they are found as a service
 * ({@link Maker}, listed in {@code META-INF/services}) so that this package never names them and
 * the two packages do not depend on each other both ways.
 */
public final class Proxies {
    /** Makes the proxy of a handle's kind: what {@code api.internal} provides. */
    public interface Maker {
        Object create(Handle handle, Channel channel);
    }

    private static final Maker MAKER = ServiceLoader.load(Maker.class, Proxies.class.getClassLoader()).findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + Maker.class.getName() + " in META-INF/services"));

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
        return MAKER.create(handle, channel);
    }

    /** A decoder hook that turns handles into proxies over {@code channel}. */
    public static Function<Handle, Object> resolver(Channel channel) {
        return h -> of(h, channel);
    }
}
