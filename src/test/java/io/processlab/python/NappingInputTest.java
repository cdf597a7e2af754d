package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The connection's reader naps only once it has read all there was, so writers rarely wake it. */
class NappingInputTest {

    /** A socket that hands out the given chunks, one per read, as a socket hands out what arrived. */
    private static InputStream chunks(int... sizes) {
        Deque<Integer> left = new ArrayDeque<>();
        for (int s : sizes) {
            left.add(s);
        }
        return new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return left.isEmpty() ? -1 : Math.min(len, left.poll());
            }
        };
    }

    @Test
    void itNapsBeforeReadingAgainOnlyAfterAReadThatEmptiedTheSocket() throws IOException {
        List<String> log = new ArrayList<>();
        NappingInput in = new NappingInput(chunks(100, 8192, 8192, 50, 10), n -> log.add("nap " + n));
        byte[] buf = new byte[8192];
        for (int i = 0; i < 7; i++) {
            log.add("read " + in.read(buf, 0, buf.length));
        }
        assertEquals(List.of("read 100", "nap 1000000", "read 8192", "read 8192", "read 50", "nap 1000000",
                "read 10", "nap 1000000", "read -1", "read -1"), log,
                "no nap before the first read nor after a full one; none after the end of the stream");
    }

    @Test
    void whatItReadsIsExactlyWhatWasWritten() throws IOException {
        byte[] data = "{\"k\":\"put\"}\n{\"k\":\"get\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        NappingInput in = new NappingInput(new ByteArrayInputStream(data), n -> { });
        assertEquals(new String(data, java.nio.charset.StandardCharsets.UTF_8),
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
