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
}
