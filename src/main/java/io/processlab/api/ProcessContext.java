package io.processlab.api;

import java.util.Locale;

/**
 * The process that code runs in: Python's {@code multiprocessing.current_process()} plus the
 * few things a lesson needs from its process (printing, sleeping at the run's tempo, its
 * language).
 */
public interface ProcessContext {
    /** "MainProcess" in the parent; the name given at spawn in a child. */
    String name();

    /** The operating system's id of this process. */
    long pid();

    /** Prints one line; it reaches the parent's console tagged with this process. */
    void print(String line);

    /**
     * Sleeps for {@code seconds} times the run's slow-motion factor. The sleep is real and
     * shows on the timeline.
     */
    void sleep(double seconds);

    /** The run's language for printed text. */
    Locale locale();

    /** Multiplies every sleep and timeout: 1 is real time, 2 is twice as slow. */
    double slowdown();

    /** Marks the line of the lesson's code that this process is at (for the code panel). */
    void step(String marker);

    /** A localized text of the lessons' bundle. */
    default String text(String key, Object... args) {
        return Texts.get(locale(), key, args);
    }
}
