package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineReaderTest {
    private static LineReader reader(String text, int cap) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), cap);
    }

    /** A stream that hands out at most {@code chunk} bytes per read, to split lines and characters. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, chunk), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private static List<String> readAll(LineReader r) throws Exception {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void readsLinesWithoutTheirTerminatorsThenNullAtTheEnd() throws Exception {
        assertEquals(List.of("one", "", "three"), readAll(reader("one\n\nthree\n", 100)));
    }

    @Test
    void emptyStreamGivesNull() throws Exception {
        assertNull(reader("", 10).readLine());
    }

    @Test
    void lineOfExactlyTheCapIsRead() throws Exception {
        assertEquals("x".repeat(16), reader("x".repeat(16) + "\n", 16).readLine());
    }

    @Test
    void lineOverTheCapIsSkippedAndTheNextLineIsStillReadable() throws Exception {
        LineReader r = reader("x".repeat(17) + "\nnext\n", 16);
        LineTooLongException e = assertThrows(LineTooLongException.class, r::readLine);
        assertEquals(17, e.length());
        assertTrue(e.getMessage().contains("cap of 16"), e.getMessage());
        assertEquals("next", r.readLine());
        assertNull(r.readLine());
    }

    @Test
    void longLineSpanningManyBuffersIsSkippedWhole() throws Exception {
        int big = 100_000;
        LineReader r = new LineReader(trickle(("y".repeat(big) + "\nafter\n").getBytes(StandardCharsets.UTF_8), 3000), 1000);
        LineTooLongException e = assertThrows(LineTooLongException.class, r::readLine);
        assertEquals(big, e.length());
        assertEquals("after", r.readLine());
    }

    @Test
    void capCountsBytesNotCharacters() throws Exception {
        // "é" is two bytes in UTF-8
        assertEquals("éé", reader("éé\n", 4).readLine());
        assertThrows(LineTooLongException.class, () -> reader("ééa\n", 4).readLine());
    }

    @Test
    void halfALineAtTheEndIsAProtocolErrorNotALongLine() throws Exception {
        LineReader r = reader("whole\nhalf", 100);
        assertEquals("whole", r.readLine());
        ProtocolException e = assertThrows(ProtocolException.class, r::readLine);
        assertFalse(e instanceof LineTooLongException);
        assertTrue(e.getMessage().contains("middle of a line"), e.getMessage());
        assertNull(r.readLine());
    }

    @Test
    void overlongHalfLineAtTheEndIsReportedAsTooLong() throws Exception {
        LineReader r = reader("z".repeat(50), 10);
        assertThrows(LineTooLongException.class, r::readLine);
        assertNull(r.readLine());
    }

    @Test
    void crlfLineEndsLoseTheirCarriageReturn() throws Exception {
        assertEquals(List.of("dos", "unix", "cr\rinside"), readAll(reader("dos\r\nunix\ncr\rinside\n", 100)));
    }

    @ParameterizedTest(name = "{0} byte(s) per read")
    @ValueSource(ints = {1, 2, 3, 7, 8191, 8192, 8193})
    void multibyteCharactersSurviveBeingSplitBetweenReads(int chunk) throws Exception {
        String text = "João ✓ 𝄞 ação";
        // a prefix that puts the multibyte characters across the reader's 8 KiB buffer boundary
        String pad = "p".repeat(8190);
        byte[] bytes = (text + "\n" + pad + text + "\n").getBytes(StandardCharsets.UTF_8);
        LineReader r = new LineReader(trickle(bytes, chunk), LineReader.DEFAULT_CAP);
        assertEquals(text, r.readLine());
        assertEquals(pad + text, r.readLine());
        assertNull(r.readLine());
    }

    @Test
    void capMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> reader("", 0));
    }

    @Test
    void ioErrorsPassThrough() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("pipe broke");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("pipe broke");
            }
        };
        assertThrows(IOException.class, () -> new LineReader(broken).readLine());
    }
}
