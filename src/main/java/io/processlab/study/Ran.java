package io.processlab.study;

import com.google.gson.JsonObject;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceFile;

/**
 * One run, ended: what a trace file keeps of it, and how it went.
 *
 * @param lesson the lesson's id ({@code python} for a program that is not a lesson's twin)
 * @param settings the settings it ran with
 * @param header the trace file's extra fields (a Python run's interpreter), or null
 * @param trace its trace
 * @param failure why it failed, or null when it succeeded
 */
public record Ran(String lesson, JsonObject settings, JsonObject header, Trace trace, Failure failure) {
    public boolean ok() {
        return failure == null;
    }

    /** The run as File → Open run and Save run know it. */
    public TraceFile.Recording recording() {
        return new TraceFile.Recording(lesson, settings, trace, header == null ? new JsonObject() : header);
    }
}
