package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.Waits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Lines to a child are written by the sender when the pipe surely has room, else by the writer's
 * own thread, in order either way; a child that does not read never blocks a sender.
 */
class ChildWriterTest {
    /** A stdin that holds every write until it is opened, as a full pipe does. */
    private static final class Gate extends OutputStream {
        final ByteArrayOutputStream got = new ByteArrayOutputStream();
        final CountDownLatch open = new CountDownLatch(1);
        volatile Thread lastWriter;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            lastWriter = Thread.currentThread();
            try {
                open.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            synchronized (got) {
                got.write(b, off, len);
            }
        }

        String text() {
            synchronized (got) {
                return got.toString(StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void aSmallLineIsWrittenByItsSenderWhenThePipeHasRoom() {
        Gate stdin = new Gate();
        stdin.open.countDown();
        ChildWriter w = new ChildWriter(stdin, "test-writer");
        w.send("{\"type\":\"reply\",\"id\":1}");
        assertEquals("{\"type\":\"reply\",\"id\":1}\n", stdin.text(), "written before send returned");
        assertEquals(Thread.currentThread(), stdin.lastWriter);
        w.abort();
    }

    @Test
    void aChildThatDoesNotReadNeverBlocksTheSenderAndLinesKeepTheirOrder() throws Exception {
        Gate stdin = new Gate();
        ChildWriter w = new ChildWriter(stdin, "test-writer");
        String big = "x".repeat((int) ChildWriter.DIRECT_LIMIT);
        long t0 = System.nanoTime();
        w.send(big);
        for (int i = 0; i < 100; i++) {
            w.send("line " + i);
        }
        assertTrue(Waits.since(t0) < 5, "sending did not wait for the child");
        stdin.open.countDown();
        StringBuilder expected = new StringBuilder(big).append('\n');
        for (int i = 0; i < 100; i++) {
            expected.append("line ").append(i).append('\n');
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!stdin.text().equals(expected.toString()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected.toString(), stdin.text());
        w.abort();
    }

    @Test
    void whatTheChildHasNotReadDecidesWhoWrites() throws Exception {
        Gate stdin = new Gate();
        stdin.open.countDown();
        ChildWriter w = new ChildWriter(stdin, "test-writer");
        String half = "y".repeat((int) ChildWriter.DIRECT_LIMIT / 2);
        w.send(half);
        assertEquals(Thread.currentThread(), stdin.lastWriter, "room for it: written at once");
        w.send(half);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (stdin.text().length() < 2 * (half.length() + 1) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(stdin.lastWriter != Thread.currentThread(), "the child had not read the first: the writer thread wrote it");
        w.seen(2L * (half.length() + 1));
        w.send("small");
        assertEquals(Thread.currentThread(), stdin.lastWriter, "the child read it all: written at once again");
        w.abort();
    }
}
