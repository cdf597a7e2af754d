package io.processlab.wire;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes whole lines, one at a time, and flushes each: safe to share between threads. */
public final class LineWriter implements AutoCloseable {
    private final OutputStream out;

    public LineWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    /** Writes {@code line} and a {@code \n}, then flushes. */
    public synchronized void writeLine(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
