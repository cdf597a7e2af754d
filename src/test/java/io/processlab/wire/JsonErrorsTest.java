package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonErrorsTest {
    private static final Locale PT = Locale.forLanguageTag("pt-BR");
    /** Words of Gson's own messages, and of the English texts, that must never reach a Portuguese message. */
    private static final List<String> ENGLISH = List.of("End of input", "Unterminated", "Expected", "Unexpected",
            "setStrictness", "Lenient", "malformed", "Nesting limit", "path $", "escape", "control characters",
            "column", "line ", " is ", " the ", " not ", "!json");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[\"spam\", 42, \"ovos\"]", "{\"name\": \"Jo\u00e3o\", \"spam\": 42}", "42", "null", "\"x\"",
        "[\n 1,\n 2\n]", "-0.5e3", "[[[[1]]]]"})
    void validJsonHasNoProblem(String text) {
        assertNull(JsonErrors.check(text));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`   `                  | EMPTY              | 1 | 1",
        "[1, 2                  | ENDS_EARLY         | 1 | 6",
        "{                      | ENDS_EARLY         | 1 | 2",
        "\"abc                  | UNCLOSED_STRING    | 1 | 5",
        "\"a\\qb\"              | BAD_ESCAPE         | 1 | 5",
        "\"\\u12\"              | BAD_ESCAPE         | 1 | 4",
        "[1 2]                  | LIST_NEEDS_COMMA   | 1 | 5",
        "{\"a\":1 \"b\":2}      | OBJECT_NEEDS_COMMA | 1 | 9",
        "{\"a\":1,}             | EXPECTED_NAME      | 1 | 9",
        "{\"a\" 1}              | EXPECTED_COLON     | 1 | 7",
        "{\"a\"=1}              | EXPECTED_COLON     | 1 | 6",
        "{\"a\":}               | EXPECTED_VALUE     | 1 | 6",
        "]                      | EXPECTED_VALUE     | 1 | 2",
        "[1,]                   | EXTRA_COMMA        | 1 | 5",
        "[1,,2]                 | EXTRA_COMMA        | 1 | 5",
        "{,}                    | EXTRA_COMMA        | 1 | 3",
        "['spam']               | SINGLE_QUOTES      | 1 | 3",
        "{'a': 1}               | SINGLE_QUOTES      | 1 | 3",
        "/* note */ 1           | COMMENT            | 1 | 2",
        "[1, # note\\n2]        | COMMENT            | 1 | 6",
        "[None, True]           | PYTHON_WORD        | 1 | 2",
        "{\"on\": False}        | PYTHON_WORD        | 1 | 8",
        "NaN                    | BARE_WORD          | 1 | 1",
        "[tru]                  | BARE_WORD          | 1 | 2",
        "{spam: 1}              | BARE_WORD          | 1 | 3",
        "01                     | NUMBER             | 1 | 1",
        "[1.]                   | NUMBER             | 1 | 2",
        "[1,.5]                 | NUMBER             | 1 | 4",
        "+1                     | NUMBER             | 1 | 1",
        "[1e]                   | NUMBER             | 1 | 2",
        "[1] 2                  | TRAILING           | 1 | 6",
        "{\"a\":1}}             | TRAILING           | 1 | 9",
        "[\\n 1,\\n 2,\\n]      | EXTRA_COMMA        | 4 | 2",
    })
    void eachWayOfGoingWrongHasItsReasonLineAndColumn(String text, JsonErrors.Reason reason, int line, int column) {
        JsonErrors.Problem p = JsonErrors.check(text.replace("\\n", "\n"));
        assertEquals(new JsonErrors.Problem(reason, line, column), p);
    }

    @Test
    void aLineBreakTypedInsideAStringIsAControlCharacter() {
        assertEquals(JsonErrors.Reason.CONTROL_CHARACTER, JsonErrors.check("[\"a\nb\"]").reason());
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {70, 200})
    void nestingPastTheLimitIsTooDeep(int depth) {
        assertEquals(JsonErrors.Reason.TOO_DEEP, JsonErrors.check("[".repeat(depth) + "]".repeat(depth)).reason());
    }

    static Stream<Arguments> malformedInEachLanguage() {
        Object[][] table = {
            {"[1, 2", "the text ends too early", "o texto termina cedo demais"},
            {"\"abc", "a string is not closed", "n\u00e3o foi fechado com aspas duplas"},
            {"[1 2]", "must be followed by \",\" or \"]\"", "deve ser seguido de \",\" ou \"]\""},
            {"{\"a\":1 \"b\":2}", "must be followed by \",\" or \"}\"", "deve ser seguido de \",\" ou \"}\""},
            {"{\"a\":1,}", "a key in \"double quotes\" is expected", "esperava uma chave entre \"aspas duplas\""},
            {"{\"a\" 1}", "a \":\" is missing after a key", "falta um \":\" depois de uma chave"},
            {"{\"a\":}", "a value is expected here", "esperava um valor aqui"},
            {"[1,]", "a comma too many", "uma v\u00edrgula sobrando"},
            {"['spam']", "not 'single quotes'", "n\u00e3o 'aspas simples'"},
            {"// note\n1", "JSON has no comments", "JSON n\u00e3o tem coment\u00e1rios"},
            {"[None]", "where Python writes None", "onde o Python escreve None"},
            {"NaN", "a word without \"double quotes\"", "uma palavra sem \"aspas duplas\""},
            {"007", "a number JSON does not allow", "um n\u00famero que o JSON n\u00e3o aceita"},
            {"\"\\x\"", "a backslash escape JSON does not have", "barra invertida que o JSON n\u00e3o tem"},
            {"[\"a\tb\"]", "a line break or tab inside a string", "quebra de linha ou tabula\u00e7\u00e3o dentro"},
            {"[".repeat(65) + "]".repeat(65), "nested more than 64 levels deep", "aninhados em mais de 64 n\u00edveis"},
            {"[1] [2]", "there is more text after the value", "h\u00e1 mais texto depois do valor"},
            {"  ", "there is no value", "n\u00e3o h\u00e1 valor"},
        };
        return Stream.of(table).flatMap(row -> Stream.of(
                Arguments.of(row[0], Locale.ENGLISH, row[1]),
                Arguments.of(row[0], PT, row[2])));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("malformedInEachLanguage")
    void theReasonIsWordedInTheChosenLanguage(String text, Locale locale, String says) {
        String message = JsonErrors.say(JsonErrors.check(text), locale);
        assertTrue(message.contains(says), message);
        if (locale == PT) {
            assertTrue(message.matches(".*\\((linha \\d+, )?coluna \\d+\\)$"), message);
            for (String english : ENGLISH) {
                assertFalse(message.contains(english), "English in the Portuguese message: " + message);
            }
        } else {
            assertTrue(message.matches(".*\\((line \\d+, )?column \\d+\\)$"), message);
        }
    }

    @ParameterizedTest
    @EnumSource(JsonErrors.Reason.class)
    void everyReasonHasItsOwnTextInBothLanguages(JsonErrors.Reason reason) {
        String en = JsonErrors.reason(reason, Locale.ENGLISH);
        String pt = JsonErrors.reason(reason, PT);
        assertFalse(en.startsWith("!") || pt.startsWith("!"), en + " / " + pt);
        assertNotEquals(en, pt);
        for (JsonErrors.Reason other : JsonErrors.Reason.values()) {
            if (other != reason) {
                assertNotEquals(JsonErrors.reason(other, Locale.ENGLISH), en, other + " says the same as " + reason);
            }
        }
    }

    @Test
    void aGsonMessageItDoesNotKnowFallsBackToAGeneralReasonAndNotToGsonsWords() {
        JsonErrors.Problem p = JsonErrors.of(new IllegalStateException("Surprising state at line 2 column 7 path $.x"), null);
        assertEquals(new JsonErrors.Problem(JsonErrors.Reason.OTHER, 2, 7), p);
        assertEquals("isto n\u00e3o \u00e9 JSON v\u00e1lido aqui (linha 2, coluna 7)", JsonErrors.say(p, PT));
        assertEquals(new JsonErrors.Problem(JsonErrors.Reason.OTHER, 1, 1), JsonErrors.of(new RuntimeException(), "x"));
    }

    @Test
    void theWiresOwnErrorsStayInOneLineOfEnglish() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> WireCodec.parse("[1, 2"));
        assertEquals("the text ends too early: a bracket, brace or quote is not closed (column 6)", e.getMessage());
    }
}
