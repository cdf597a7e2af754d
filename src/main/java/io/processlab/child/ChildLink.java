package io.processlab.child;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.api.Channel;
import io.processlab.api.ProcessException;
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
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child's pipe to its parent: writes messages on the real stdout, and reads stdin on its own
 * thread, handing replies to the calls that wait for them. The end of stdin ends the process.
 *
 * <p>Stdin is read through a {@link FileChannel} so that {@link #stopReading()} can wake the
 * reading thread: a JVM waits up to 300 ms at exit for a thread blocked in a native read.
 */
final class ChildLink implements Channel {
    private final LineWriter out;
    private final FileChannel stdin;
    private final InputStream in;
    private final Runnable onParentGone;
    private volatile boolean stopping;
    private final Map<Long, CompletableFuture<Message>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Message> spawn = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();

    ChildLink(LineWriter out, FileChannel stdin, Runnable onParentGone) {
        this.out = out;
        this.stdin = stdin;
        this.in = Channels.newInputStream(stdin);
        this.onParentGone = onParentGone;
    }

    /** Stops reading stdin (the process is about to end by itself): the reader leaves its read at once. */
    void stopReading() {
        stopping = true;
        try {
            stdin.close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    void startReading() {
        Thread t = new Thread(this::readLoop, "parent-link");
        t.setDaemon(true);
        t.start();
    }

    private void readLoop() {
        LineReader reader = new LineReader(in);
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                Message m;
                try {
                    m = WireCodec.decode(line);
                } catch (ProtocolException bad) {
                    send(Message.error("protocol error from the parent: " + bad.getMessage(),
                            new RemoteError(RemoteError.FAILED, bad.getMessage())));
                    continue;
                }
                switch (m.type()) {
                    case Message.SPAWN -> spawn.complete(m);
                    case Message.REPLY -> {
                        CompletableFuture<Message> f = pending.remove(m.id());
                        if (f != null) {
                            f.complete(m);
                        }
                    }
                    case Message.SHUTDOWN -> onParentGone.run();
                    default -> { }
                }
            }
        } catch (IOException | ProtocolException e) {
            // the parent is gone, or broke the pipe, or this process is ending
        }
        if (!stopping) {
            onParentGone.run();
        }
    }

    /** Waits for the spawn message, up to {@code seconds}; null if it did not come. */
    Message awaitSpawn(double seconds) throws InterruptedException, ExecutionException {
        try {
            return spawn.get((long) (seconds * 1000), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    void send(Message m) {
        try {
            out.writeLine(WireCodec.encode(m));
        } catch (IOException e) {
            onParentGone.run();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public JsonElement call(String object, String op, JsonObject args) {
        long id = ids.incrementAndGet();
        CompletableFuture<Message> f = new CompletableFuture<>();
        pending.put(id, f);
        send(Message.call(id, object, op, args));
        Message reply;
        try {
            reply = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessException(RemoteError.STOPPED, "interrupted");
        } catch (ExecutionException e) {
            throw new ProcessException(RemoteError.FAILED, String.valueOf(e.getCause()));
        }
        if (reply.error() != null) {
            throw ProcessException.of(reply.error());
        }
        return reply.value();
    }

    @Override
    public void cast(String object, String op, JsonObject args) {
        send(Message.cast(object, op, args));
    }
}
