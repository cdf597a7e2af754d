package io.processlab.engine;

import io.processlab.engine.internal.Caller;

/**
 * Decides when a shared-object operation may proceed. The open gate lets everything through at
 * once; the step gate of "you are the scheduler" holds each one until the user picks it.
 */
public interface OperationGate {
    /** Runs {@code operation} now or later, exactly once (unless the run stops). */
    void pass(Caller caller, String object, String op, Runnable operation);

    /** Lets everything held through and stops holding. */
    default void release() {
    }

    OperationGate OPEN = (caller, object, op, operation) -> operation.run();
}
