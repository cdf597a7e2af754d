package io.processlab.trace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails once more than its cap of bytes has been read from it: the size of a file
 * counted as it is read (a file that grows while it is read, or a size the file system does not
 * know, as a pipe's).
 */
final class CappedInput extends FilterInputStream {
    /** More bytes than the cap. */
    static final class OverCap extends IOException {
        private static final long serialVersionUID = 1L;

        OverCap(long cap) {
            super("more than " + cap + " bytes");
        }
    }

    private final long cap;
    private long read;

    CappedInput(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count(s);
        return s;
    }

    private void count(long n) throws OverCap {
        read += n;
        if (read > cap) {
            throw new OverCap(cap);
        }
    }
}
