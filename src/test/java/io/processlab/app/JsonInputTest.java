package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonInputTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[\"spam\", 42, \"ovos\"]", "{\"name\": \"Jo\u00e3o\", \"spam\": 42}", "42", "null", "\"x\"", "[\n 1,\n 2\n]"})
    void validJsonHasNoProblem(String text) {
        assertNull(JsonInput.check(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "['spam']|1|3|json.malformed",
        "[1, 2|1|6|json.end",
        "{\"a\" 1}|1|7|json.colon",
        "{\"a\":1,}|1|9|json.name",
        "\"abc|1|5|json.unterminated",
        "[1] 2|1|6|json.trailing",
        "`   `|1|1|json.empty",
    })
    void aProblemNamesLineColumnAndReason(String text, int line, int column, String reason) {
        JsonInput.Problem p = JsonInput.check(text);
        assertEquals(line, p.line());
        assertEquals(column, p.column());
        assertEquals(reason, p.reason());
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {70, 200})
    void tooDeepNestingIsAProblem(int depth) {
        JsonInput.Problem p = JsonInput.check("[".repeat(depth) + "]".repeat(depth));
        assertEquals("json.deep", p.reason());
    }
}
