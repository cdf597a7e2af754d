package io.processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, cases 6 and 7: the trace reader reads only ordinary files (a FIFO would block the
 * open forever), and its size cap counts the bytes it reads, not the size the file system tells
 * (0 for a pipe or a file of {@code /proc}).
 */
class InputGuardFaultTest {
    @TempDir
    Path dir;

    @Test
    void aFifoIsRefusedAtOnceWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("f.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works here");
        TraceFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(TraceFormatException.class, () -> TraceFile.load(fifo)));
        assertEquals(TraceFormatException.Problem.NOT_REGULAR, e.problem());
    }

    @Test
    void aDeviceIsRefusedAsNotAnOrdinaryFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        TraceFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(TraceFormatException.class, () -> TraceFile.load(zero)));
        assertEquals(TraceFormatException.Problem.NOT_REGULAR, e.problem());
    }

    @Test
    void theSizeCapCountsTheBytesReadNotTheSizeTheFileSystemTells() throws Exception {
        Path maps = Path.of("/proc/self/maps"); // an ordinary file of size 0 that has content
        assumeTrue(Files.isRegularFile(maps) && Files.size(maps) == 0);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(maps, 64));
        assertEquals(TraceFormatException.Problem.TOO_LARGE, e.problem());
    }

    @Test
    void aFileWithinTheCapIsReadAsBefore() throws Exception {
        Path f = dir.resolve("ok.json");
        Files.writeString(f, "{\"format\":\"processlab-trace\",\"version\":1,\"events\":[]}");
        assertEquals(0, TraceFile.load(f, Files.size(f)).trace().size());
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(f, Files.size(f) - 1));
        assertEquals(TraceFormatException.Problem.TOO_LARGE, e.problem());
    }
}
