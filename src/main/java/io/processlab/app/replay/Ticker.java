package io.processlab.app.replay;

/** Where the player reads the time from: the system's monotonic clock, or a test's hand-moved one. */
@FunctionalInterface
public interface Ticker {
    /** The system's monotonic clock. */
    Ticker SYSTEM = System::nanoTime;

    /** Nanoseconds from an arbitrary origin; never goes back. */
    long nanoTime();
}
