package io.processlab.python;

/** A Python program that cannot be run, and why: worded by the command line and the window in the user's language. */
public final class PythonException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a program cannot be run. */
    public enum Problem {
        /** No interpreter at the path given, nor python3 on PATH. */
        NO_PYTHON,
        /** The interpreter would not start (not executable, not a Python). */
        PYTHON_FAILED,
        /** The program's file does not exist or cannot be read. */
        NO_PROGRAM,
        /** The path does not end in .py. */
        NOT_PY,
        /** The run's private folder or sockets could not be made. */
        SETUP
    }

    private final Problem problem;
    private final String subject;

    public PythonException(Problem problem, String subject, String message) {
        super(message);
        this.problem = problem;
        this.subject = subject;
    }

    public Problem problem() {
        return problem;
    }

    /** The path or command the problem is about. */
    public String subject() {
        return subject;
    }
}
