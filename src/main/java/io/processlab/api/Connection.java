package io.processlab.api;

import io.processlab.wire.Handle;

/** One end of Python's {@code multiprocessing.Pipe}. */
public interface Connection extends Handle.Shareable {
    /** Sends a copy of {@code value} to the other end. */
    void send(Object value);

    /**
     * Blocks until a value comes.
     *
     * @throws ProcessException.PipeClosedException when the other end is closed and nothing is left
     */
    Object recv();

    /** Whether something can be received, waiting up to {@code timeoutSeconds} (negative: forever). */
    boolean poll(double timeoutSeconds);

    default boolean poll() {
        return poll(0);
    }

    /** Closes this end; the other end's recv then raises once drained. */
    void close();
}
