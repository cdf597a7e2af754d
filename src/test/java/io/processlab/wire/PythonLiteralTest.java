package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The notebook's Python literals read as the JSON the wire sends for the same values. */
class PythonLiteralTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "['spam', 42, 'ovos']|[\"spam\",42,\"ovos\"]",
        "None|null",
        "True|true",
        "False|false",
        "[True, None, -1.5, 1e3]|[true,null,-1.5,1000.0]",
        "(1, 2)|[1,2]",
        "(1,)|[1]",
        "(1)|1",
        "()|[]",
        "{'name': 'Jo\u00e3o'}|{\"name\":\"Jo\u00e3o\"}",
        "{'aa', 'bb'}|{\"$set\":[\"aa\",\"bb\"]}",
        "{}|{}",
        "{1: 'one', 2: 'two'}|{\"$map\":[[1,\"one\"],[2,\"two\"]]}",
        "[1, [2, [3]],]|[1,[2,[3]]]",
        "\"it's\"|\"it's\"",
        "'a\\nb'|\"a\\nb\"",
        "1_000_000|1000000",
        "123456789012345678901234567890|123456789012345678901234567890",
    })
    void readsAsTheWireWouldSendIt(String python, String json) {
        assertEquals(json, WireCodec.encode(PythonLiteral.parse(python)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2", "{'a': }", "spam", "print('x')", "[1 2]", "{'a': 1, 'b'}", "'open", "", "lambda x: x"})
    void whatIsNotALiteralIsRefused(String text) {
        assertNull(PythonLiteral.parse(text), text);
    }
}
