package io.processlab.trace;

/** Microseconds since a run started: behind an interface so that tests can drive time. */
@FunctionalInterface
public interface Clock {
    long nowMicros();

    /** The monotonic clock of this JVM, zero now. */
    static Clock monotonic() {
        long start = System.nanoTime();
        return () -> (System.nanoTime() - start) / 1_000L;
    }
}
