package io.processlab.python;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.processlab.wire.LineReader;
import io.processlab.wire.ProtocolException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The app's end of the tracer's sockets, in a run's private folder: {@code events.sock}, where
 * each traced process opens its one connection (hello, the clock handshake, then one JSON line per
 * event; end of file when the process ends), and {@code life.sock}, where each opens its lifeline,
 * which the app never writes to: closing it (Stop, or the app dying) ends that process (SIGIO).
 * The app writes on a process's connection only the handshake's answer and, in step mode, the
 * "go" that lets a held operation through ({@link #answer}). One reader thread per connection,
 * which naps a millisecond each time it has read all there was ({@link NappingInput}).
 */
final class TraceServer implements AutoCloseable {
    /** What the server hears. Called on the connection's reader thread. */
    interface Sink {
        void message(Conn c, JsonObject m, long receivedNanos);

        void ended(Conn c, long receivedNanos);

        void badLine(Conn c, String why);
    }

    /** One traced process's connection. */
    static final class Conn {
        final SocketChannel channel;
        volatile long pid = -1;

        Conn(SocketChannel channel) {
            this.channel = channel;
        }
    }

    private final ServerSocketChannel events;
    private final ServerSocketChannel lives;
    private final Sink sink;
    private final LongSupplier nanos;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private final List<SocketChannel> lifelines = new CopyOnWriteArrayList<>();
    private final Map<Long, Conn> byPid = new ConcurrentHashMap<>();
    private volatile boolean closed;

    TraceServer(Path dir, Sink sink, LongSupplier nanos) throws IOException {
        this.sink = sink;
        this.nanos = nanos;
        events = bind(dir.resolve("events.sock"));
        lives = bind(dir.resolve("life.sock"));
    }

    private static ServerSocketChannel bind(Path path) throws IOException {
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(path), 1024);
        return s;
    }

    void start() {
        daemon("python-trace-accept", () -> acceptLoop(events, false));
        daemon("python-life-accept", () -> acceptLoop(lives, true));
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop(ServerSocketChannel server, boolean life) {
        while (!closed) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (closed) {
                closeQuietly(ch);
                return;
            }
            if (life) {
                lifelines.add(ch);
            } else {
                open.add(ch);
                Conn c = new Conn(ch);
                daemon("python-trace-reader", () -> read(c));
            }
        }
    }

    private void read(Conn c) {
        LineReader in = new LineReader(new NappingInput(Channels.newInputStream(c.channel)));
        try {
            boolean first = true;
            while (true) {
                String line;
                try {
                    line = in.readLine();
                } catch (ProtocolException e) {
                    // half a line at the end: the process was killed while it wrote
                    break;
                }
                if (line == null) {
                    break;
                }
                long at = nanos.getAsLong();
                JsonObject m;
                try {
                    m = JsonParser.parseString(line).getAsJsonObject();
                } catch (JsonParseException | IllegalStateException e) {
                    sink.badLine(c, line.length() > 200 ? line.substring(0, 200) : line);
                    continue;
                }
                if (first) {
                    first = false;
                    c.pid = m.has("pid") ? m.get("pid").getAsLong() : -1;
                    byPid.put(c.pid, c);
                    // the clock handshake: the tracer takes our time and its own around it
                    c.channel.write(ByteBuffer.wrap(("{\"now\":" + nanos.getAsLong() + "}\n")
                            .getBytes(StandardCharsets.US_ASCII)));
                }
                sink.message(c, m, at);
            }
        } catch (IOException e) {
            // the connection broke: the same as its end
        } finally {
            open.remove(c.channel);
            byPid.remove(c.pid, c);
            closeQuietly(c.channel);
            sink.ended(c, nanos.getAsLong());
        }
    }

    /**
     * Writes one line to the process {@code pid} on its connection (step mode's answer to a held
     * operation); false when that process has no connection any more.
     */
    boolean answer(long pid, String line) {
        Conn c = byPid.get(pid);
        if (c == null) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            synchronized (c) {
                while (b.hasRemaining()) {
                    c.channel.write(b);
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the process ended meanwhile
        }
    }

    /** Ends every traced process that still has its lifeline: each gets SIGIO, whose default ends it. */
    void cutLifelines() {
        for (SocketChannel ch : lifelines) {
            closeQuietly(ch);
        }
        lifelines.clear();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(events);
        closeQuietly(lives);
        cutLifelines();
        for (SocketChannel ch : open) {
            closeQuietly(ch);
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
