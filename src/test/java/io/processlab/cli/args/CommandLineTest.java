package io.processlab.cli.args;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One parser for every command: its values, its forms, and its refusals in both languages. */
class CommandLineTest {
    private static final CommandLine DEMO = CommandLine.of("demo")
            .operand("run.no_lesson", "a, b")
            .moreOperands()
            .repeatable("--set", Value.text())
            .option("--lang", Value.language())
            .option("--out", Value.path())
            .option("--n", Value.whole(1, 64))
            .option("--speed", Value.number(0.25, 4))
            .option("--size", Value.size(800, 500, 4000, 3000))
            .option("--only", Value.someOf(List.of("pipe", "queue")))
            .option("--panel", Value.oneOf("lock", "queue"))
            .flag("--quiet");

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static Parsed parse(String line) throws UsageException {
        return DEMO.parse(line.isEmpty() ? List.of() : List.of(line.split(" ")));
    }

    @Test
    void everyKindOfValueIsReadAsItsType() throws Exception {
        Parsed p = parse("x --set a=1 --out o.png --n 8 --speed 0,5 --size 1280x720 --only queue,pipe --panel lock --quiet y");
        assertEquals(List.of("x", "y"), p.operands());
        assertEquals(List.of("a=1"), p.all("--set"));
        assertEquals(Path.of("o.png"), p.get("--out", null));
        assertEquals(8, (int) p.get("--n", 0));
        assertEquals(0.5, p.get("--speed", 1.0));
        assertArrayEquals(new int[] {1280, 720}, p.get("--size", null));
        assertEquals(Set.of("queue", "pipe"), p.get("--only", null));
        assertEquals("lock", p.get("--panel", null));
        assertTrue(p.has("--quiet"));
        assertFalse(p.has("--lang"));
        assertEquals("en", p.get("--lang", "en"), "an absent option gives the default");
    }

    @Test
    void aValueMayBeJoinedWithEqualsTheLastOneCountsAndARepeatableKeepsAll() throws Exception {
        Parsed p = parse("x --n=3 --n 5 --set a=1 --set=b=2");
        assertEquals(5, (int) p.get("--n", 0));
        assertEquals(List.of("a=1", "b=2"), p.all("--set"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--n 3                     | en | run: name a lesson: a, b",
        "x --lang                  | en | demo: --lang needs a value",
        "x --lang --quiet          | en | demo: --lang needs a value",
        "x --lang fr               | en | demo: --lang takes en or pt, not 'fr'",
        "x --n 0                   | en | demo: --n takes a whole number from 1 to 64, not '0'",
        "x --n 1e3                 | en | demo: --n takes a whole number from 1 to 64, not '1e3'",
        "x --n 99999999999999999   | en | demo: --n takes a whole number from 1 to 64, not '99999999999999999'",
        "x --speed NaN             | en | demo: --speed takes a number from 0.25 to 4, not 'NaN'",
        "x --speed 5               | en | demo: --speed takes a number from 0.25 to 4, not '5'",
        "x --size 1280             | en | demo: --size takes WIDTHxHEIGHT from 800x500 to 4000x3000, not '1280'",
        "x --only pipe,cake        | en | demo: --only takes a comma-separated list of pipe,queue, not 'pipe,cake'",
        "x --panel cake            | en | demo: --panel takes one of lock, queue, not 'cake'",
        "x --quiet=yes             | en | demo: unknown option '--quiet=yes'",
        "x --frobnicate            | en | demo: unknown option '--frobnicate'",
        "x --lang pt --n 0         | pt | demo: --n aceita um número inteiro de 1 a 64, não '0'",
        "x --lang pt --bogus       | pt | demo: opção desconhecida '--bogus'",
        "x --lang=pt --n           | pt | demo: --n precisa de um valor",
    })
    void aWrongCommandLineIsRefusedInOneLineInItsLanguage(String line, String lang, String says) {
        UsageException e = assertThrows(UsageException.class, () -> parse(line));
        assertEquals(says, e.getMessage());
    }

    @Test
    void aMissingOperandIsSaidWithItsOwnMessage() {
        UsageException e = assertThrows(UsageException.class, () -> DEMO.parse(List.of()));
        assertEquals("run: name a lesson: a, b", e.getMessage());
    }

    @Test
    void aCommandWithoutMoreOperandsRefusesAnExtraWord() {
        CommandLine one = CommandLine.of("one").operand("run.no_lesson", "x");
        UsageException e = assertThrows(UsageException.class, () -> one.parse(List.of("a", "b")));
        assertEquals("one: unknown option 'b'", e.getMessage());
    }

    @Test
    void theMessagesLanguageIsTheValidLangOrTheSystems() {
        assertEquals("pt", CommandLine.messages(List.of("--lang", "pt")).getLanguage());
        assertEquals("en", CommandLine.messages(List.of("--lang", "fr")).getLanguage());
        assertNull(Value.path().read(""), "an empty path is no path");
    }
}
