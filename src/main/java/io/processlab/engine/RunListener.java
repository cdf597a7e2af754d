package io.processlab.engine;

/** Hears a run's output as it comes, on the engine's threads. All methods do nothing by default. */
public interface RunListener {
    /** A process printed a line. */
    default void printed(long pid, String name, String line) {
    }

    /** A child wrote a line to its stderr. */
    default void stderr(long pid, String name, String line) {
    }

    /** A raw protocol line crossed a child's pipe ({@code fromChild}: child to parent). */
    default void wire(long pid, boolean fromChild, String line) {
    }

    /** A child broke the protocol (garbage, malformed JSON, a line over the cap); it goes on. */
    default void protocolError(ChildProcess child, String what) {
    }

    /** A child ended. */
    default void ended(ChildProcess child) {
    }
}
