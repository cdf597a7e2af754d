package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import io.processlab.trace.TraceFile;
import io.processlab.view.timeline.SyntheticTrace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, cases 6 and 10 to 14: no output destroys an input; only an ordinary file is
 * replaced (a device, a FIFO or a folder is refused, a symbolic link is followed, a hard link
 * and the file's mode are kept); no folder is created; each refusal says what is wrong in one
 * line, before anything is written.
 */
class OutputPathFaultTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path trace;
    private byte[] original;

    @BeforeEach
    void aSavedRun() throws Exception {
        trace = dir.resolve("t.json");
        TraceFile.save(trace, "pool", new JsonObject(), SyntheticTrace.trace(2, 60, 7));
        original = Files.readAllBytes(trace);
    }

    private int cli(String... args) {
        return Cli.main(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String error() {
        String msg = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, msg.lines().count(), "one line: " + msg);
        return msg;
    }

    static Stream<Arguments> outputsThatAreTheInput() {
        return Stream.of(
                Arguments.of("--chrome", "t.json", "export: --chrome "),
                Arguments.of("--png", "t.json", "export: --png "),
                Arguments.of("--png", "./sub/../t.json", "export: --png "),
                Arguments.of("--png", "hard-link.json", "export: --png "),
                Arguments.of("--chrome", "sym-link.json", "export: --chrome "));
    }

    @ParameterizedTest(name = "10 export t.json {0} {1}")
    @MethodSource
    void outputsThatAreTheInput(String option, String output, String prefix) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.createLink(dir.resolve("hard-link.json"), trace);
        Files.createSymbolicLink(dir.resolve("sym-link.json"), trace);
        Path o = dir.resolve(output);
        assertEquals(Cli.USAGE, cli("export", trace.toString(), option, o.toString(), "--lang", "en"));
        String msg = error();
        assertTrue(msg.startsWith(prefix + o + " is the trace being read: nothing was written"), msg);
        assertArrayEquals(original, Files.readAllBytes(trace), "the trace is as it was");
    }

    @Test
    void tenTwoOutputsThatAreOneFileAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path x = dir.resolve("x.out");
        assertEquals(Cli.USAGE, cli("export", trace.toString(), "--png", x.toString(), "--chrome", x.toString(), "--lang", "en"));
        assertTrue(error().startsWith("export: --png and --chrome name the same file " + x), error());
        assertFalse(Files.exists(x));
    }

    @Test
    void tenRunWithTheTraceAndThePngInOneFileStartsNothing() throws Exception {
        Path r = dir.resolve("r.json");
        assertEquals(Cli.USAGE, cli("run", "pipe", "--trace", r.toString(), "--png", r.toString(), "--lang", "en"));
        assertTrue(error().startsWith("run: --trace and --png name the same file " + r), error());
        assertFalse(Files.exists(r));
        assertTrue(ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive), "no run was started");
    }

    @Test
    void elevenADeviceNodeIsNotReplaced() throws Exception {
        Path node = dir.resolve("null-copy");
        assumeTrue(new ProcessBuilder("mknod", node.toString(), "c", "1", "3").start().waitFor() == 0, "mknod works (root)");
        assertEquals(Cli.FAILED, cli("export", trace.toString(), "--png", node.toString(), "--lang", "en"));
        assertTrue(error().endsWith(": it is not an ordinary file (a device, a pipe, a socket or a loop of links): "
                + "ProcessLab replaces only ordinary files"), error());
        assertFalse(Files.isRegularFile(node, LinkOption.NOFOLLOW_LINKS), "still a device");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void elevenDevNullAndAFifoAreRefusedAndStayWhatTheyAre() throws Exception {
        assertEquals(Cli.FAILED, cli("export", trace.toString(), "--chrome", "/dev/null", "--lang", "en"));
        assertTrue(error().contains("it is not an ordinary file"), error());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
        Path fifo = dir.resolve("fifo.png");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        err.reset();
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertEquals(Cli.FAILED, cli("export", trace.toString(), "--png", fifo.toString(), "--lang", "en")));
        assertTrue(error().contains("it is not an ordinary file"), error());
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void elevenASymbolicLinkIsFollowedAndStaysALink() throws Exception {
        Path target = dir.resolve("real.png");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), target);
        assertEquals(0, cli("export", trace.toString(), "--png", link.toString(), "--lang", "en"), err.toString());
        assertTrue(Files.isSymbolicLink(link));
        byte[] png = Files.readAllBytes(target);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void twelveAReplacedFileKeepsItsModeAndItsHardLinks() throws Exception {
        Path a = dir.resolve("a.json");
        Files.writeString(a, "old");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-------"));
        Path b = Files.createLink(dir.resolve("b.json"), a);
        assertEquals(0, cli("export", trace.toString(), "--chrome", a.toString(), "--lang", "en"), err.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
        assertTrue(Files.isSameFile(a, b), "still one file with two names");
        assertTrue(Files.readString(b).contains("traceEvents"));
        assertEquals(List.of(), leftovers());

        Path c = dir.resolve("c.json"); // one name only: replaced by a rename, the mode kept
        Files.writeString(c, "old");
        Files.setPosixFilePermissions(c, PosixFilePermissions.fromString("rw-------"));
        assertEquals(0, cli("export", trace.toString(), "--chrome", c.toString(), "--lang", "en"), err.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(c)));
    }

    static Stream<Arguments> pathsThatCannotBeWritten() {
        return Stream.of(
                Arguments.of("new1/new2/new3/out.png", "the folder {dir}/new1/new2/new3 does not exist (ProcessLab creates no folders)"),
                Arguments.of("file.txt/out.png", "{dir}/file.txt is a file, not a folder"),
                Arguments.of("file.txt/deeper/out.png", "{dir}/file.txt is a file, not a folder"),
                Arguments.of("/proc/self/status", "the folder /proc/self takes no new files"),
                Arguments.of("sub", "it is a folder"));
    }

    @ParameterizedTest(name = "14 --png {0}")
    @MethodSource
    void pathsThatCannotBeWritten(String path, String why) throws Exception {
        Files.writeString(dir.resolve("file.txt"), "x");
        Files.createDirectories(dir.resolve("sub"));
        Path png = path.startsWith("/") ? Path.of(path) : dir.resolve(path);
        assertEquals(Cli.FAILED, cli("export", trace.toString(), "--png", png.toString(), "--lang", "en"));
        String msg = error();
        assertEquals("export: cannot write the PNG " + png + ": " + why.replace("{dir}", dir.toString()), msg);
        assertFalse(Files.exists(dir.resolve("new1")), "no folder was created");
    }

    @Test
    void fourteenRunRefusesAnUnwritableTraceBeforeItStartsAnything() {
        Path bad = dir.resolve("nowhere/r.json");
        assertEquals(Cli.FAILED, cli("run", "pipe", "--trace", bad.toString(), "--lang", "en"));
        assertEquals("run: cannot write the trace file " + bad + ": the folder " + bad.getParent()
                + " does not exist (ProcessLab creates no folders)", error());
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty(), "the lesson did not run");
    }

    @Test
    void sixExportOfAFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("f.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(Cli.FAILED,
                cli("export", fifo.toString(), "--png", dir.resolve("o.png").toString(), "--lang", "en")));
        assertEquals("export: cannot open " + fifo + ": it is not an ordinary file (a pipe, a device or a socket); "
                + "save the run to a file and export that", error());
    }

    /** The hidden temporary files left in the folder. */
    private List<String> leftovers() throws Exception {
        List<String> left = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).forEach(left::add);
        }
        return left;
    }
}
