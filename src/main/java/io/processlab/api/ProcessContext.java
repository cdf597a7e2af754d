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

    /**
     * Prints the text {@code key} of the lessons' bundle with {@code args}, and tells the trace
     * which text it is and its arguments (each as the line shows it), so that a panel reads the
     * values without reading the words.
     */
    default void say(String key, Object... args) {
        print(text(key, args));
    }

    /** The arguments of a text as the line shows them (numbers as written, see {@link Texts#format}). */
    static java.util.List<String> shown(Object... args) {
        java.util.List<String> out = new java.util.ArrayList<>(args.length);
        for (Object a : args) {
            out.add(String.valueOf(a));
        }
        return out;
    }
}
