package io.processlab.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Where a proxy's calls go: the broker, reached directly (parent) or through a pipe (child). */
public interface Channel {
    /**
     * Performs an operation on a shared object and waits for its answer.
     *
     * @throws ProcessException when the broker answers with an error
     */
    JsonElement call(String object, String op, JsonObject args);

    /** Performs an operation whose answer nobody waits for (a put on an unbounded queue). */
    void cast(String object, String op, JsonObject args);

    /**
     * Performs an operation without waiting for its answer when the channel crosses a pipe, and
     * raises its failure, if any, at the next operation on the same object: Python's
     * {@code Connection.send} does not wait for the receiver either. Where a call costs nothing
     * (the parent's own channel) it is simply a call.
     *
     * @throws ProcessException when an earlier post on {@code object} failed
     */
    default void post(String object, String op, JsonObject args) {
        call(object, op, args);
    }
}
