package io.processlab.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes lines to a child's stdin. A child that stopped reading (hung, frozen, its pipe full) can
 * never block the parent: whoever sends writes the line itself only when that write cannot block,
 * and otherwise queues it for a thread of its own that may wait.
 *
 * <p>A write cannot block when the pipe has room for it. The child says in each of its calls how
 * many bytes of its stdin it has read ({@link #seen}); what was written beyond that is at most in
 * the pipe. While that and the line are under {@link #DIRECT_LIMIT} (a few pages, where a Linux
 * pipe holds 16 by default), the sender writes at once, saving a thread handoff per reply.
 */
final class ChildWriter {
    /** At most this many bytes may be unread in the pipe, the new line included, for a direct write. */
    static final long DIRECT_LIMIT = 8 * 1024;

    private final ConcurrentLinkedQueue<byte[]> lines = new ConcurrentLinkedQueue<>();
    /** Held while writing to the stream: by a sender (never blocked) or by the writer thread. */
    private final ReentrantLock writing = new ReentrantLock();
    private final OutputStream stdin;
    private final Thread thread;
    /** Bytes given to the stream so far (counted before they are written). */
    private volatile long written;
    /** Bytes the child said it has read. */
    private volatile long seen;
    private volatile boolean ending;
    private volatile boolean closed;
    private volatile boolean aborted;

    ChildWriter(OutputStream stdin, String threadName) {
        this.stdin = stdin;
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The child has read {@code bytes} of its stdin. */
    void seen(long bytes) {
        if (bytes > seen) {
            seen = bytes;
        }
    }

    /** Writes a line now when that cannot block, else queues it; ignored once the writer is ending. */
    void send(String line) {
        if (ending) {
            return;
        }
        byte[] b = bytes(line);
        if (lines.isEmpty() && writing.tryLock()) {
            try {
                if (lines.isEmpty() && !closed && written - seen + b.length <= DIRECT_LIMIT) {
                    write(b);
                    stdin.flush();
                    return;
                }
            } catch (IOException gone) {
                closed = true; // the child has ended; its end is recorded by the reader
                return;
            } finally {
                writing.unlock();
            }
        }
        lines.add(b);
        LockSupport.unpark(thread);
    }

    private static byte[] bytes(String line) {
        byte[] s = line.getBytes(StandardCharsets.UTF_8);
        byte[] b = java.util.Arrays.copyOf(s, s.length + 1);
        b[s.length] = '\n';
        return b;
    }

    private void write(byte[] b) throws IOException {
        written += b.length; // under the lock: one writer at a time
        stdin.write(b);
    }

    /** Writes what is queued, then closes the child's stdin (the child ends when it reads the end). */
    void close() {
        if (!ending) {
            ending = true;
            LockSupport.unpark(thread);
        }
    }

    /** The child has ended: drops what is queued and stops. */
    void abort() {
        aborted = true;
        ending = true;
        lines.clear();
        LockSupport.unpark(thread);
    }

    private void loop() {
        try {
            while (true) {
                if (lines.isEmpty()) {
                    if (ending) {
                        break;
                    }
                    LockSupport.park(this);
                    continue;
                }
                writing.lock();
                try {
                    byte[] b;
                    while (!aborted && (b = lines.poll()) != null) {
                        write(b);
                    }
                    stdin.flush();
                } finally {
                    writing.unlock();
                }
            }
        } catch (IOException gone) {
            // the child has ended or closed its stdin; its end is recorded by the reader
        } finally {
            writing.lock();
            try {
                closed = true;
                stdin.close();
            } catch (IOException ignored) {
                // already closed
            } finally {
                writing.unlock();
            }
        }
    }
}
