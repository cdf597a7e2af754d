package io.processlab.trace;

/** A trace file that cannot be opened, with the reason in words and as a code for translation. */
public final class TraceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Problem { EMPTY, NOT_JSON, NOT_A_TRACE, NEWER_VERSION, MISSING_FIELD, BAD_EVENT, TOO_LARGE, UNREADABLE }

    private final Problem problem;
    private final String value;

    public TraceFormatException(Problem problem, String message) {
        this(problem, message, null);
    }

    /** @param value what a translated message needs: the missing field's name, the file's version */
    public TraceFormatException(Problem problem, String message, String value) {
        super(message);
        this.problem = problem;
        this.value = value;
    }

    public Problem problem() {
        return problem;
    }

    /** For {@code MISSING_FIELD} the field's name, for {@code NEWER_VERSION} the file's version; else null. */
    public String value() {
        return value;
    }
}
