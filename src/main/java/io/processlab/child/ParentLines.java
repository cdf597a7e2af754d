package io.processlab.child;

import io.processlab.wire.LineReader;
import io.processlab.wire.LineWriter;
import io.processlab.wire.Message;
import io.processlab.wire.ProtocolException;
import io.processlab.wire.RemoteError;
import io.processlab.wire.WireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads the parent's lines from stdin, leader/follower: a thread that waits for a reply takes the
 * read lock and reads until its own reply comes, handing other threads' replies to them on the
 * way. The caller wakes on its own read, with no thread handing the reply over (a handoff costs
 * a context switch, and on a loaded machine a wait for a core).
 *
 * <p>When no call has waited for {@link #IDLE_NANOS}, a background thread reads instead, so that
 * the end of stdin (the parent is gone) or a shutdown is seen while the target computes (after a
 * long call, within {@link #MAX_NAP_NANOS} more at most). It reads
 * through a {@link FileChannel}, which {@link #stop()} closes to wake it: a JVM waits up to 300 ms
 * at exit for a thread blocked in a native read. Callers read through a plain stream, whose reads
 * an interrupt does not break (an interrupt would close a channel for good).
 */
final class ParentLines {
    /** How long no call must have waited before the background thread reads. */
    static final long IDLE_NANOS = 20_000_000L;
    /** The longest the background reader sleeps while a call waits. */
    static final long MAX_NAP_NANOS = 160_000_000L;

    /** A call waiting for its reply. */
    static final class Slot {
        final Thread thread = Thread.currentThread();
        volatile Message reply;
    }

    private final ReentrantLock reading = new ReentrantLock();
    private final FileChannel channel;
    private final InputStream plain;
    private final InputStream viaChannel;
    private final LineReader reader;
    private final LineWriter errors;
    private final Runnable onParentGone;
    private final Map<Long, Slot> pending = new ConcurrentHashMap<>();
    private final AtomicInteger callers = new AtomicInteger();
    private volatile long lastCallEnd = System.nanoTime();
    private volatile Message spawn;
    private volatile boolean stopping;
    /** The thread that reads through the channel: the one waiting for the spawn, then the background reader. */
    private volatile Thread channelReader;
    /** Failures of posts, by object, until an operation on the object raises them. */
    private final Map<String, RemoteError> failedPosts = new ConcurrentHashMap<>();

    /**
     * @param plain stdin as a plain stream (callers read it)
     * @param channel stdin's channel (the background thread reads it; {@link #stop()} closes it)
     * @param errors where a protocol error of the parent is reported
     * @param onParentGone ends the process (never returns normally)
     */
    ParentLines(InputStream plain, FileChannel channel, LineWriter errors, Runnable onParentGone) {
        this.plain = plain;
        this.channel = channel;
        this.viaChannel = Channels.newInputStream(channel);
        this.errors = errors;
        this.onParentGone = onParentGone;
        this.reader = new LineReader(new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] b = new byte[1];
                return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return (Thread.currentThread() == channelReader ? viaChannel : ParentLines.this.plain).read(b, off, len);
            }
        });
    }

    /** The failure of an earlier post on {@code object}, taken (null if none came). */
    RemoteError takeFailedPost(String object) {
        return failedPosts.isEmpty() ? null : failedPosts.remove(object);
    }

    /** Bytes of stdin read so far. */
    long consumed() {
        return reader.consumed();
    }

    /** Registers a call about to be sent. */
    Slot expect(long id) {
        Slot s = new Slot();
        pending.put(id, s);
        callers.incrementAndGet();
        return s;
    }

    /** The call {@code id} is over (answered or not). */
    void done(long id) {
        pending.remove(id);
        if (callers.decrementAndGet() == 0) {
            lastCallEnd = System.nanoTime();
        }
    }

    /** Waits for the reply of {@code slot}, reading stdin itself when no one else does; null if interrupted. */
    Message await(Slot slot) {
        while (true) {
            Message m = slot.reply;
            if (m != null) {
                return m;
            }
            if (reading.tryLock()) {
                try {
                    while (slot.reply == null) {
                        readOne();
                    }
                } finally {
                    reading.unlock();
                    wakeWaiters();
                }
                return slot.reply;
            }
            LockSupport.park(this);
            if (Thread.interrupted()) {
                return slot.reply;
            }
        }
    }

    /** After a reader lets go of stdin: every call still waiting may now read. */
    private void wakeWaiters() {
        for (Slot s : pending.values()) {
            if (s.reply == null && s.thread != Thread.currentThread()) {
                LockSupport.unpark(s.thread);
            }
        }
    }

    /** Reads stdin on this thread until the spawn message comes, up to {@code seconds}; null if it did not. */
    Message awaitSpawn(double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        Thread me = Thread.currentThread();
        Thread timer = new Thread("spawn-timeout") {
            @Override
            public void run() {
                while (spawn == null && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(deadline - System.nanoTime());
                }
                if (spawn == null) {
                    ChildMain.noSpawn(seconds);
                }
            }
        };
        timer.setDaemon(true);
        timer.start();
        channelReader = me;
        reading.lock();
        try {
            while (spawn == null) {
                readOne();
            }
        } finally {
            channelReader = null;
            reading.unlock();
        }
        LockSupport.unpark(timer);
        return spawn;
    }

    /** Starts the background reader. */
    void startBackground() {
        Thread t = new Thread("parent-link") {
            @Override
            public void run() {
                backgroundLoop();
            }
        };
        t.setDaemon(true);
        channelReader = t;
        t.start();
    }

    private void backgroundLoop() {
        long nap = IDLE_NANOS;
        while (!stopping) {
            long idle = System.nanoTime() - lastCallEnd;
            if (callers.get() > 0) {
                // a caller reads (and sees the end of stdin); look less often the longer it waits
                LockSupport.parkNanos(nap);
                nap = Math.min(MAX_NAP_NANOS, nap * 2);
                continue;
            }
            nap = IDLE_NANOS;
            if (idle < IDLE_NANOS) {
                LockSupport.parkNanos(IDLE_NANOS - idle);
                continue;
            }
            reading.lock();
            try {
                while (callers.get() == 0 && !stopping) {
                    readOne();
                }
            } finally {
                reading.unlock();
                wakeWaiters();
            }
        }
    }

    /** Stops reading: the background reader leaves its read at once. */
    void stop() {
        stopping = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    /** Reads and handles one line; the end of stdin ends the process. Under the read lock. */
    private void readOne() {
        String line;
        try {
            line = reader.readLine();
        } catch (IOException | ProtocolException e) {
            line = null; // the parent is gone, or broke the pipe, or this process is ending
        }
        if (line == null) {
            gone();
            return;
        }
        handle(line);
    }

    /**
     * Runs the path of a reply once, on a line that answers no call: the first real reply then
     * finds its code linked (a fresh JVM resolves every method and field on first use, which
     * costs more than the work itself).
     */
    void warmUp() {
        handle("{\"type\":\"reply\",\"id\":0,\"value\":true}");
        handle("{\"type\":\"reply\",\"id\":0,\"value\":[\"spam\",42,{\"k\":null}]}");
    }

    private void handle(String line) {
        Message m;
        try {
            m = WireCodec.decode(line);
        } catch (ProtocolException bad) {
            try {
                errors.writeLine(WireCodec.encode(Message.error("protocol error from the parent: " + bad.getMessage(),
                        new RemoteError(RemoteError.FAILED, bad.getMessage()))));
            } catch (IOException e) {
                gone();
            }
            return;
        }
        switch (m.type()) {
            case Message.SPAWN -> spawn = m;
            case Message.REPLY -> {
                Slot s = pending.get(m.id());
                if (s != null) {
                    s.reply = m;
                    if (s.thread != Thread.currentThread()) {
                        LockSupport.unpark(s.thread);
                    }
                } else if (m.object() != null && m.error() != null) {
                    failedPosts.put(m.object(), m.error());
                }
            }
            case Message.SHUTDOWN -> onParentGone.run();
            default -> { }
        }
    }

    /** The end of stdin: the parent is gone, unless this process is ending by itself. */
    private void gone() {
        if (!stopping) {
            onParentGone.run();
        }
        // ending by itself: the thread that stops the process halts it; wait for that
        while (true) {
            LockSupport.park(this);
        }
    }
}
