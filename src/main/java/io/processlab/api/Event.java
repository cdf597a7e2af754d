package io.processlab.api;

import io.processlab.wire.Handle;

/** Python's {@code multiprocessing.Event}: a flag that processes can wait for. */
public interface Event extends Handle.Shareable {
    void set();

    void clear();

    boolean isSet();

    /** Python's {@code event.wait()}: blocks until the flag is set. */
    default boolean waitFor() {
        return waitFor(-1);
    }

    /**
     * Python's {@code event.wait(timeout)}.
     *
     * @return the flag when the wait ended: false after a timeout
     */
    boolean waitFor(double timeoutSeconds);
}
