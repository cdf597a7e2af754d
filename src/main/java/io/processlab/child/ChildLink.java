package io.processlab.child;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.api.Channel;
import io.processlab.api.ProcessException;
import io.processlab.wire.LineWriter;
import io.processlab.wire.Message;
import io.processlab.wire.RemoteError;
import io.processlab.wire.WireCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child's pipe to its parent: writes messages on the real stdout; a thread that waits for a
 * reply reads stdin itself ({@link ParentLines}), so no thread stands between the pipe and the
 * caller. The end of stdin ends the process.
 *
 * <p>A post ({@link #post}) does not wait: the parent answers it only when it fails, and that
 * failure is raised by the next operation on the same object.
 */
final class ChildLink implements Channel {
    private final LineWriter out;
    private final ParentLines lines;
    private final Runnable onParentGone;
    private final AtomicLong ids = new AtomicLong();

    ChildLink(LineWriter out, ParentLines lines, Runnable onParentGone) {
        this.out = out;
        this.lines = lines;
        this.onParentGone = onParentGone;
    }

    /** Stops reading stdin (the process is about to end by itself). */
    void stopReading() {
        lines.stop();
    }

    /** Waits for the spawn message, up to {@code seconds}; null if it did not come. */
    Message awaitSpawn(double seconds) {
        return lines.awaitSpawn(seconds);
    }

    void warmUp() {
        lines.warmUp();
    }

    /** From now on, stdin is read also while no call waits (to see the parent go). */
    void startReading() {
        lines.startBackground();
    }

    void send(Message m) {
        try {
            out.writeLine(WireCodec.encode(m));
        } catch (IOException e) {
            onParentGone.run();
            throw new UncheckedIOException(e);
        }
    }

    /** Raises the failure of an earlier post on {@code object}, if there was one. */
    private void raiseDeferred(String object) {
        RemoteError e = lines.takeFailedPost(object);
        if (e != null) {
            throw ProcessException.of(e);
        }
    }

    @Override
    public JsonElement call(String object, String op, JsonObject args) {
        if (!"close".equals(op)) {
            raiseDeferred(object);
        }
        long id = ids.incrementAndGet();
        ParentLines.Slot slot = lines.expect(id);
        Message reply;
        try {
            send(Message.call(id, object, op, args).withSeen(lines.consumed()));
            reply = lines.await(slot);
        } finally {
            lines.done(id);
        }
        if (reply == null) {
            Thread.currentThread().interrupt();
            throw new ProcessException(RemoteError.STOPPED, "interrupted");
        }
        if (reply.error() != null) {
            throw ProcessException.of(reply.error());
        }
        return reply.value();
    }

    @Override
    public void cast(String object, String op, JsonObject args) {
        send(Message.cast(object, op, args).withSeen(lines.consumed()));
    }

    @Override
    public void post(String object, String op, JsonObject args) {
        raiseDeferred(object);
        send(Message.post(ids.incrementAndGet(), object, op, args).withSeen(lines.consumed()));
    }
}
