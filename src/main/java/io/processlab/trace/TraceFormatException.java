package io.processlab.trace;

/** A trace file that cannot be opened, with the reason in words and as a code for translation. */
public final class TraceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Problem { EMPTY, NOT_JSON, NOT_A_TRACE, NEWER_VERSION, MISSING_FIELD, BAD_EVENT, TOO_LARGE, UNREADABLE }

    private final Problem problem;

    public TraceFormatException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
