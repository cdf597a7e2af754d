package io.processlab.trace;

import io.processlab.wire.JsonErrors;

/** A trace file that cannot be opened, with the reason in words and as a code for translation. */
public final class TraceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Problem { EMPTY, NOT_JSON, NOT_A_TRACE, NEWER_VERSION, MISSING_FIELD, BAD_EVENT, TOO_LARGE, UNREADABLE, NOT_REGULAR }

    private final Problem problem;
    private final String value;
    private final JsonErrors.Problem json;

    public TraceFormatException(Problem problem, String message) {
        this(problem, message, (String) null);
    }

    /** A file that is not valid JSON: {@code json} says why and where, for a translated message. */
    public TraceFormatException(Problem problem, String message, JsonErrors.Problem json) {
        super(message);
        this.problem = problem;
        this.value = null;
        this.json = json;
    }

    /** @param value what a translated message needs: the missing field's name, the file's version */
    public TraceFormatException(Problem problem, String message, String value) {
        super(message);
        this.problem = problem;
        this.value = value;
        this.json = null;
    }

    public Problem problem() {
        return problem;
    }

    /**
     * For {@code MISSING_FIELD} the field's name, for {@code NEWER_VERSION} the file's version, for
     * {@code BAD_EVENT} the number of the event that is wrong (counted from 0), or null when the
     * wrong part is not an event (a process, the version); else null.
     */
    public String value() {
        return value;
    }

    /** For a file that is not valid JSON, what is wrong and where; else null. */
    public JsonErrors.Problem json() {
        return json;
    }
}
