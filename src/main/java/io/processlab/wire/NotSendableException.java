package io.processlab.wire;

/**
 * A value that cannot cross a process boundary: the Java twin of Python's pickling error
 * ("Can't pickle &lt;lambda&gt;"). Thrown in the caller, before anything is sent.
 */
public final class NotSendableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why: a lambda, an open stream or resource, a cycle, too deep, or an unknown type. */
    public enum Reason { LAMBDA, RESOURCE, CYCLE, TOO_DEEP, NOT_A_NUMBER, TYPE, TOO_LARGE }

    private final Reason reason;
    private final String typeName;

    public NotSendableException(Reason reason, String typeName, String message) {
        super(message);
        this.reason = reason;
        this.typeName = typeName;
    }

    public Reason reason() {
        return reason;
    }

    /** The Java type of the value that could not be sent. */
    public String typeName() {
        return typeName;
    }
}
