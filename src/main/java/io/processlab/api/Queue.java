package io.processlab.api;

import io.processlab.wire.Handle;

/** Python's {@code multiprocessing.Queue}: FIFO, shared by processes, items copied on put. */
public interface Queue extends Handle.Shareable {
    /** Adds a copy of {@code item} (it must be sendable; see {@link io.processlab.wire.Payloads}). */
    void put(Object item);

    /** Blocks until an item is there and takes it. */
    default Object get() {
        return get(true, -1);
    }

    /**
     * @param block false: take an item only if one is there now
     * @param timeoutSeconds with {@code block}, give up after this long; negative: never
     * @throws ProcessException.EmptyException when no item came
     */
    Object get(boolean block, double timeoutSeconds);

    default Object getNowait() {
        return get(false, -1);
    }

    /** How many items wait in the queue now. */
    int qsize();

    default boolean empty() {
        return qsize() == 0;
    }
}
