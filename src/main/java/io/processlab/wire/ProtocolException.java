package io.processlab.wire;

/** A line from the other side that breaks the protocol: not JSON, too long, or not a message. */
public class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
