package io.processlab.cli.args;

/** A wrong command line, with its one-line reason in the user's language. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
