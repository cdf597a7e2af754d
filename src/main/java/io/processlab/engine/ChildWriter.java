package io.processlab.engine;

import io.processlab.wire.LineWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Writes lines to a child's stdin on a thread of its own. Whoever sends (the broker answering a
 * call, the parent's script, Run.close) only queues the line: a child that stopped reading (hung,
 * frozen, its pipe full) can never block the parent.
 */
final class ChildWriter {
    /** Queued last: close the child's stdin. Compared by identity. */
    private static final String END = new String("end of stdin");

    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final OutputStream stdin;
    private volatile boolean ending;

    ChildWriter(OutputStream stdin, String threadName) {
        this.stdin = stdin;
        Thread t = new Thread(this::loop, threadName);
        t.setDaemon(true);
        t.start();
    }

    /** Queues a line; ignored once the writer is ending. */
    void send(String line) {
        if (!ending) {
            lines.add(line);
        }
    }

    /** Writes what is queued, then closes the child's stdin (the child ends when it reads the end). */
    void close() {
        if (!ending) {
            ending = true;
            lines.add(END);
        }
    }

    /** The child has ended: drops what is queued and stops. */
    void abort() {
        ending = true;
        lines.clear();
        lines.add(END);
    }

    private void loop() {
        LineWriter out = new LineWriter(stdin);
        try {
            while (true) {
                String line = lines.take();
                if (line == END) {
                    break;
                }
                out.writeLine(line);
            }
        } catch (IOException | InterruptedException gone) {
            // the child has ended or closed its stdin; its end is recorded by the reader
        } finally {
            try {
                out.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
