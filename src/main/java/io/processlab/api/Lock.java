package io.processlab.api;

import io.processlab.wire.Handle;

/** Python's {@code multiprocessing.Lock}: one holder at a time, waiters served in arrival order. */
public interface Lock extends Handle.Shareable {
    /** Blocks until the lock is held. */
    default void acquire() {
        acquire(true, -1);
    }

    /**
     * @param block false: return at once
     * @param timeoutSeconds with {@code block}, give up after this long; negative: never
     * @return whether the lock is now held by the caller
     */
    boolean acquire(boolean block, double timeoutSeconds);

    /** Releases the lock; releasing a lock that is not held is an error, as in Python. */
    void release();

    /** {@code try (var held = lock.hold()) { ... }}: Python's {@code with lock:}. */
    default Held hold() {
        acquire();
        return this::release;
    }

    /** A held lock, released on close. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
