package io.processlab.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.trace.TraceFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening files without a window: every refusal is said in both languages, with what it needs. */
class RunFilesTest {
    @TempDir
    Path dir;

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", "the file is empty", "o arquivo est\u00E1 vazio"),
                Arguments.of("[1, 2", "cut short. Not valid JSON at line 1, column 6: the text ends too early",
                        "cortado no meio. JSON inv\u00E1lido na linha 1, coluna 6: o texto termina cedo demais"),
                Arguments.of("{\"format\": \"processlab-trace\",\n \"events\": [],}", "at line 2, column 16: a key in",
                        "na linha 2, coluna 16: esperava uma chave"),
                Arguments.of("{\"format\": \"processlab-trace\"} {}", "column 33: there is more text after the value",
                        "coluna 33: h\u00E1 mais texto depois do valor"),
                Arguments.of("[1, 2]", "not a ProcessLab run", "n\u00E3o \u00E9 uma execu\u00E7\u00E3o do ProcessLab"),
                Arguments.of("{\"format\": \"processlab-trace\", \"version\": 1}", "missing: \u201Cevents\u201D",
                        "tem: \u201Cevents\u201D"),
                Arguments.of("{\"format\": \"processlab-trace\", \"events\": []}", "missing: \u201Cversion\u201D",
                        "tem: \u201Cversion\u201D"),
                Arguments.of("{\"format\": \"processlab-trace\", \"version\": 99, \"events\": []}",
                        "format version 99; this one reads version 2", "formato vers\u00E3o 99; este l\u00EA a vers\u00E3o 2"),
                Arguments.of("{\"format\": \"processlab-trace\", \"version\": 1, \"events\": [{\"t_us\": 1, \"pid\": 2}]}",
                        "the file is damaged", "danificado"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void aBrokenFileIsRefusedWithItsReasonInEnglishAndPortuguese(String content, String english, String portuguese)
            throws Exception {
        Path file = Files.writeString(dir.resolve("run.processlab"), content);
        RunFiles.Opened en = new RunFiles(new I18n(Locale.ENGLISH)).open(file);
        RunFiles.Opened pt = new RunFiles(new I18n(I18n.PORTUGUESE)).open(file);
        assertNull(en.recording());
        assertTrue(en.error().startsWith("Cannot open run.processlab: ") && en.error().contains(english), en.error());
        assertTrue(pt.error().startsWith("N\u00E3o d\u00E1 para abrir run.processlab: ") && pt.error().contains(portuguese),
                pt.error());
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() {
        for (Locale l : new Locale[] {Locale.ENGLISH, I18n.PORTUGUESE}) {
            RunFiles files = new RunFiles(new I18n(l));
            for (TraceFormatException.Problem p : TraceFormatException.Problem.values()) {
                String m = files.message(new TraceFormatException(p, "x", "v"), "f.processlab");
                assertFalse(m.contains("!") || m.contains("{"), l + " " + p + ": " + m);
                assertTrue(m.contains("f.processlab"), m);
            }
        }
    }

    @Test
    void aNameTypedWithoutAnExtensionGetsOne() {
        assertEquals(Path.of("/tmp/lesson.processlab"), RunFiles.withExtension(Path.of("/tmp/lesson"), RunFiles.RUN));
        assertEquals(Path.of("/tmp/lesson.json"), RunFiles.withExtension(Path.of("/tmp/lesson.json"), RunFiles.RUN));
        assertEquals("queue-2026-05-04-1412.png",
                RunFiles.suggestedName("queue", LocalDateTime.of(2026, 5, 4, 14, 12), RunFiles.PNG));
    }
}
