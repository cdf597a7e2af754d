package io.processlab.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.testing.NoChildrenLeft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a drop on the window does, decided before any file is read: one saved run is opened, anything else is refused. */
@ExtendWith(NoChildrenLeft.class)
class FileDropTest {
    @TempDir
    Path dir;

    private final RunFiles en = new RunFiles(new I18n(Locale.ENGLISH));
    private final RunFiles pt = new RunFiles(new I18n(I18n.PORTUGUESE));

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"queue.processlab", "queue.PROCESSLAB", "trace.json", "my run.processlab"})
    void oneSavedRunIsAccepted(String name) throws Exception {
        Path f = file(name);
        RunFiles.Drop d = en.drop(List.of(f));
        assertTrue(d.accepted());
        assertEquals(f, d.file());
        assertNull(d.refusal());
    }

    @Test
    void onePythonProgramIsAcceptedToRun() throws Exception {
        Path f = file("seed_queue.py");
        RunFiles.Drop d = en.drop(List.of(f));
        assertTrue(d.accepted());
        assertTrue(d.python(), "a .py is run, not opened");
        assertFalse(en.drop(List.of(file("q.processlab"))).python());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "several files  | Drop one saved run at a time.                                       | Solte uma execu\u00E7\u00E3o salva por vez.",
        "no file        | Drop a saved run (a .processlab file) on the window to open it.    | Solte uma execu\u00E7\u00E3o salva",
        "a folder       | Cannot open runs: it is a folder.                                  | N\u00E3o d\u00E1 para abrir runs: \u00E9 uma pasta.",
        "wrong kind     | Cannot open notes.txt: ProcessLab opens saved runs, files ending in .processlab or .json, and runs Python programs, files ending in .py. | N\u00E3o d\u00E1 para abrir notes.txt: o ProcessLab abre",
        "gone           | Cannot open gone.processlab: there is no such file.                | N\u00E3o d\u00E1 para abrir gone.processlab: esse arquivo n\u00E3o existe.",
    })
    void anythingElseIsRefusedSayingWhyInBothLanguages(String what, String english, String portuguese) throws Exception {
        List<Path> dropped = switch (what.trim()) {
            case "several files" -> List.of(file("a.processlab"), file("b.processlab"));
            case "no file" -> List.of();
            case "a folder" -> List.of(Files.createDirectory(dir.resolve("runs")));
            case "wrong kind" -> List.of(file("notes.txt"));
            case "gone" -> List.of(dir.resolve("gone.processlab"));
            default -> throw new IllegalArgumentException(what);
        };
        RunFiles.Drop e = en.drop(dropped);
        RunFiles.Drop p = pt.drop(dropped);
        assertFalse(e.accepted() || p.accepted());
        assertTrue(e.refusal().startsWith(english.trim()), e.refusal());
        assertTrue(p.refusal().startsWith(portuguese.trim()), p.refusal());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedBeforeAnyReading() throws Exception {
        Path f = file("locked.processlab");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(f), "root may read any file");
        assertEquals("Cannot open locked.processlab: the file cannot be read (it is gone, or you may not read it).",
                en.drop(List.of(f)).refusal());
    }

    @Test
    void aNamedPipeIsRefusedRatherThanReadForever() throws Exception {
        Path fifo = dir.resolve("pipe.processlab");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        RunFiles.Drop d = en.drop(List.of(fifo));
        assertFalse(d.accepted());
        assertEquals("Cannot open pipe.processlab: it is not an ordinary file (a pipe, a device or a socket). "
                + "Open a saved run (a .processlab file).", d.refusal());
    }
}
