package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Texts;
import io.processlab.wire.JsonErrors;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code export} refuses a broken trace file with one line in the language asked for, and no English leaks into Portuguese. */
class ExportRefusalTest {
    /** Words of the English messages (and of Gson's and the trace reader's) that no Portuguese message may contain. */
    private static final Set<String> ENGLISH = Set.of("cannot", "open", "file", "the", "is", "not", "valid", "line",
            "column", "empty", "newer", "than", "version", "missing", "damaged", "read", "reads", "and", "text", "quotes",
            "single", "double", "ends", "early", "update", "writes", "where", "it", "has", "part", "every", "trace",
            "expected", "malformed", "such", "folder", "event", "process", "wrote", "usage", "window", "takes");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return Cli.main(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static final byte[] LATIN1 = "{\"format\":\"processlab-trace\",\"lesson\":\"pi\u00f1a\"}".getBytes(StandardCharsets.ISO_8859_1);

    static Stream<Arguments> brokenFiles() {
        List<Arguments> rows = List.of(
                Arguments.of("empty", "".getBytes(StandardCharsets.UTF_8),
                        "the file is empty", "o arquivo est\u00e1 vazio"),
                Arguments.of("cut short", "{\"format\":\"processlab-trace\",".getBytes(StandardCharsets.UTF_8),
                        "line 1, column;" + JsonErrors.reason(JsonErrors.Reason.ENDS_EARLY, Locale.ENGLISH),
                        "linha 1, coluna;" + JsonErrors.reason(JsonErrors.Reason.ENDS_EARLY, Texts.locale("pt"))),
                Arguments.of("single quotes", "{'format': 'processlab-trace'}".getBytes(StandardCharsets.UTF_8),
                        "not valid JSON at line 1, column 3;" + JsonErrors.reason(JsonErrors.Reason.SINGLE_QUOTES, Locale.ENGLISH),
                        "JSON inv\u00e1lido na linha 1, coluna 3;" + JsonErrors.reason(JsonErrors.Reason.SINGLE_QUOTES, Texts.locale("pt"))),
                Arguments.of("Python's None", "{\"format\":\"processlab-trace\",\"version\":1,\"events\":[None]}".getBytes(StandardCharsets.UTF_8),
                        "column 52;" + JsonErrors.reason(JsonErrors.Reason.PYTHON_WORD, Locale.ENGLISH),
                        "coluna 52;" + JsonErrors.reason(JsonErrors.Reason.PYTHON_WORD, Texts.locale("pt"))),
                Arguments.of("not UTF-8", LATIN1,
                        "not UTF-8 text", "n\u00e3o \u00e9 texto UTF-8"),
                Arguments.of("another format", "{\"format\":\"something-else\",\"events\":[]}".getBytes(StandardCharsets.UTF_8),
                        "not a ProcessLab trace", "n\u00e3o \u00e9 um registro do ProcessLab"),
                Arguments.of("a newer version", "{\"format\":\"processlab-trace\",\"version\":99,\"events\":[]}".getBytes(StandardCharsets.UTF_8),
                        "format version 99, newer", "formato vers\u00e3o 99, mais novo"),
                Arguments.of("no events", "{\"format\":\"processlab-trace\",\"version\":1}".getBytes(StandardCharsets.UTF_8),
                        "is missing: \"events\"", "falta uma parte que todo registro tem: \"events\""),
                Arguments.of("an event that is a number", "{\"format\":\"processlab-trace\",\"version\":1,\"events\":[7]}".getBytes(StandardCharsets.UTF_8),
                        "the file is damaged", "o arquivo est\u00e1 danificado"));
        return rows.stream().flatMap(r -> Stream.of(
                Arguments.of(r.get()[0], r.get()[1], "en", r.get()[2]),
                Arguments.of(r.get()[0], r.get()[1], "pt", r.get()[3])));
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("brokenFiles")
    void aBrokenTraceFileIsRefusedInTheLanguageAsked(String why, byte[] content, String lang, String expected) throws Exception {
        Path trace = dir.resolve("corrida.json");
        Files.write(trace, content);
        Path png = dir.resolve("x.png");
        assertEquals(Cli.FAILED, cli("export", trace.toString(), "--png", png.toString(), "--lang", lang));
        String msg = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, msg.lines().count(), "one line, no stack trace: " + msg);
        String prefix = lang.equals("en") ? "export: cannot open " : "export: n\u00e3o d\u00e1 para abrir ";
        assertTrue(msg.startsWith(prefix + trace + ": "), msg);
        for (String part : expected.split(";")) {
            assertTrue(msg.contains(part), "'" + part + "' in: " + msg);
        }
        if (lang.equals("pt")) {
            assertNoEnglish(msg.replace(trace.toString(), "X"));
        }
        assertFalse(Files.exists(png));
    }

    @Test
    void withoutLangTheSystemsPortugueseIsUsed() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pt-BR"));
            Path trace = dir.resolve("vazio.json");
            Files.writeString(trace, "");
            assertEquals(Cli.FAILED, cli("export", trace.toString(), "--png", dir.resolve("x.png").toString()));
            assertEquals("export: n\u00e3o d\u00e1 para abrir " + trace + ": o arquivo est\u00e1 vazio",
                    err.toString(StandardCharsets.UTF_8).strip());
            err.reset();
            Path none = dir.resolve("nenhum.json");
            assertEquals(Cli.FAILED, cli("export", none.toString(), "--png", dir.resolve("x.png").toString()));
            assertEquals("export: esse arquivo n\u00e3o existe: " + none, err.toString(StandardCharsets.UTF_8).strip());
        } finally {
            Locale.setDefault(before);
        }
    }

    static Stream<Arguments> wrongCommandLinesInPortuguese() {
        return Stream.of(
                Arguments.of("export --png x.png --lang pt", "export: diga qual registro exportar"),
                Arguments.of("export T --lang pt", "export: diga o que escrever"),
                Arguments.of("export T --png x.png --scale 4 --lang pt", "export: --scale aceita 1, 2 ou 3, n\u00e3o '4'"),
                Arguments.of("export T --pdf x.pdf --lang pt", "export: op\u00e7\u00e3o desconhecida '--pdf'"),
                Arguments.of("run queue --png x.png --scale 0 --lang pt", "run: --scale aceita 1, 2 ou 3, n\u00e3o '0'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void wrongCommandLinesInPortuguese(String line, String expected) {
        assertEquals(Cli.USAGE, cli(line.split(" ")));
        String msg = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(msg.startsWith(expected), msg);
        assertNoEnglish(msg.replace("--scale", "").replace("--pdf", "").replace("--png", "").replace("--chrome", ""));
    }

    @Test
    void aPngThatCannotBeWrittenSaysWhyInPortugueseWithoutTheSystemsEnglish() throws Exception {
        Path trace = dir.resolve("ok.json");
        io.processlab.trace.TraceFile.save(trace, "pool", new com.google.gson.JsonObject(),
                io.processlab.view.timeline.SyntheticTrace.trace(2, 50, 3));
        Path plain = Files.writeString(dir.resolve("simples.txt"), "x");
        Path png = plain.resolve("x.png");
        assertEquals(Cli.FAILED, cli("export", trace.toString(), "--png", png.toString(), "--lang", "pt"));
        String msg = err.toString(StandardCharsets.UTF_8).strip();
        String prefix = "export: n\u00e3o foi poss\u00edvel escrever o PNG " + png + ": ";
        assertTrue(msg.startsWith(prefix), msg);
        assertNoEnglish(msg.substring(prefix.length()));
        assertEquals(1, msg.lines().count(), msg);
    }

    @Test
    void theHelpIsInTheLanguageAsked() {
        assertEquals(0, cli("help", "--lang", "pt"));
        String pt = out.toString(StandardCharsets.UTF_8);
        assertTrue(pt.startsWith("uso: java -jar processlab.jar"), pt);
        assertTrue(pt.contains("abre a janela") && pt.contains("li\u00e7\u00f5es: "), pt);
        out.reset();
        assertEquals(0, cli("help", "--lang", "en"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar processlab.jar"));
    }

    private static void assertNoEnglish(String msg) {
        // the format's own name is no English text to translate
        Set<String> leaked = Arrays.stream(msg.replace("\"processlab-trace\"", "").toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(ENGLISH::contains).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertTrue(leaked.isEmpty(), "English words " + leaked + " in: " + msg);
    }
}
