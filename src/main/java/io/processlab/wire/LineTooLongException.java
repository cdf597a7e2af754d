package io.processlab.wire;

/** A line longer than the reader's cap. The reader has skipped it; the next line can still be read. */
public final class LineTooLongException extends ProtocolException {
    private static final long serialVersionUID = 1L;
    private final long length;

    public LineTooLongException(long length, int cap) {
        super("line of " + length + " bytes is over the cap of " + cap + " bytes");
        this.length = length;
    }

    /** How many bytes the line had (counted up to its end, or the end of the stream). */
    public long length() {
        return length;
    }
}
