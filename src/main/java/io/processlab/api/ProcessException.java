package io.processlab.api;

import io.processlab.wire.RemoteError;

/**
 * An error answered by a shared object, with the kind of {@link RemoteError}. The subclasses
 * are the ones lesson code catches, as Python code catches {@code queue.Empty} or
 * {@code EOFError}.
 */
public class ProcessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String kind;

    public ProcessException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    /** The exception that stands for a remote error. */
    public static ProcessException of(RemoteError e) {
        String kind = e.kind() == null ? RemoteError.FAILED : e.kind();
        String msg = e.message() == null ? kind : e.message();
        return switch (kind) {
            case RemoteError.EMPTY -> new EmptyException(msg);
            case RemoteError.EOF -> new PipeClosedException(msg);
            case RemoteError.ABANDONED -> new AbandonedLockException(msg);
            default -> new ProcessException(kind, msg);
        };
    }

    /** Python's {@code queue.Empty}: a non-blocking or timed get found nothing. */
    public static final class EmptyException extends ProcessException {
        private static final long serialVersionUID = 1L;

        public EmptyException(String message) {
            super(RemoteError.EMPTY, message);
        }
    }

    /** Python's {@code EOFError}: nothing left to receive and the other end is closed. */
    public static final class PipeClosedException extends ProcessException {
        private static final long serialVersionUID = 1L;

        public PipeClosedException(String message) {
            super(RemoteError.EOF, message);
        }
    }

    /** The lock was held by a process that died; the caller now holds it. */
    public static final class AbandonedLockException extends ProcessException {
        private static final long serialVersionUID = 1L;

        public AbandonedLockException(String message) {
            super(RemoteError.ABANDONED, message);
        }
    }
}
