package io.processlab.study;

/**
 * Something that runs a lesson or a program once, for real, each time it is asked: the engine
 * ({@link LessonRunner}), a traced Python program ({@link PythonRunner}), or a test's own.
 */
public interface Runner {
    /** Runs once, to its end (or until {@link #stop()}), and says how it went. */
    Ran run() throws InterruptedException;

    /** Ends the run going now at once, every process of it included; called from another thread. */
    void stop();
}
