package io.processlab.app.model;

import com.google.gson.JsonObject;
import io.processlab.engine.Run;
import io.processlab.trace.Trace;
import java.util.List;

/**
 * A run started from the window, live: a lesson on the Java engine ({@link RunSession}) or a
 * Python program traced ({@link PythonSession}). What it records is taken by the FX thread once
 * per frame; Stop ends every process at once, on a background thread.
 */
interface Session {
    /** How a run ended. */
    record Outcome(RunState state, String message) {
    }

    void start();

    Trace trace();

    /** The engine's run (tempo), or null when the run is not the engine's. */
    Run run();

    /** What step mode holds the operations of (null before the run started, or when it cannot start). */
    Steerable steerable();

    /** The id of the lesson page that shows it. */
    String lessonId();

    /** The settings the trace file records. */
    JsonObject settingsJson();

    /** The trace file's header besides lesson and settings (a Python run's runtime), or null. */
    JsonObject header();

    /** Null while the run goes; then how it ended. */
    Outcome outcome();

    /** Up to {@code max} wire lines that came since the last call. */
    List<WireLine> drainWire(int max);

    /** Ends the run and every process, on a background thread; returns at once. */
    void stop();

    /** Ends the run and every process, and waits up to {@code millis}. */
    void stopNow(long millis);
}
