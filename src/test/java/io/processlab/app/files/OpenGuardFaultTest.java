package io.processlab.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.processlab.app.i18n.I18n;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, case 6, in the window: Open (the menu, and {@code java -jar processlab.jar FILE}, which
 * opens through the same {@link RunFiles#open}) and a drop refuse a FIFO at once, saying what it
 * is, instead of blocking the open forever.
 */
class OpenGuardFaultTest {
    @TempDir
    Path dir;

    @Test
    void openingOrDroppingAFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("run.processlab");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works here");
        RunFiles en = new RunFiles(new I18n(Locale.ENGLISH));
        RunFiles.Opened o = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> en.open(fifo));
        assertNull(o.recording());
        String expected = "Cannot open run.processlab: it is not an ordinary file (a pipe, a device or a socket). "
                + "Open a saved run (a .processlab file).";
        assertEquals(expected, o.error());
        assertEquals(expected, en.drop(List.of(fifo)).refusal());
        String pt = new RunFiles(new I18n(I18n.PORTUGUESE)).open(fifo).error();
        assertEquals("N\u00e3o d\u00e1 para abrir run.processlab: n\u00e3o \u00e9 um arquivo comum (um pipe, um dispositivo "
                + "ou um socket). Abra uma execu\u00e7\u00e3o salva (um arquivo .processlab).", pt);
    }
}
