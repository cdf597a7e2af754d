package io.processlab.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated UTF-8 lines with a cap on their length: never an unbounded readLine.
 * A line over the cap is skipped up to its end and reported as a {@link LineTooLongException};
 * a last line without its {@code \n} is reported as a {@link ProtocolException} ("half a line").
 */
public final class LineReader {
    /** The default cap: 1 MiB. */
    public static final int DEFAULT_CAP = 1 << 20;

    private final InputStream in;
    private final int cap;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private volatile long consumed;

    public LineReader(InputStream in) {
        this(in, DEFAULT_CAP);
    }

    public LineReader(InputStream in, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive");
        }
        this.in = in;
        this.cap = cap;
    }

    /** How many bytes were taken from the stream so far (they are out of the pipe). */
    public long consumed() {
        return consumed;
    }

    /**
     * The next line without its terminator, or {@code null} at the end of the stream.
     *
     * @throws LineTooLongException when the line is over the cap (it has been skipped)
     * @throws ProtocolException when the stream ends in the middle of a line
     */
    public String readLine() throws IOException, ProtocolException {
        int len = 0;
        long total = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end > 0) {
                    consumed += end;
                }
                if (end <= 0) {
                    end = 0;
                    if (tooLong) {
                        throw new LineTooLongException(total, cap);
                    }
                    if (total > 0) {
                        throw new ProtocolException("the stream ended in the middle of a line ("
                                + total + " bytes without a line end)");
                    }
                    return null;
                }
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            total += n;
            if (!tooLong) {
                if (total > cap) {
                    tooLong = true;
                } else {
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.min(cap, Math.max(line.length * 2, len + n)));
                    }
                    System.arraycopy(buf, start, line, len, n);
                    len += n;
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                if (tooLong) {
                    throw new LineTooLongException(total, cap);
                }
                int l = len > 0 && line[len - 1] == '\r' ? len - 1 : len;
                return new String(line, 0, l, StandardCharsets.UTF_8);
            }
        }
    }
}
