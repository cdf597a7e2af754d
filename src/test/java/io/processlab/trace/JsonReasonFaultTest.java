package io.processlab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.processlab.wire.JsonErrors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, case 9 (the JSON part): why a trace file, or a setting's JSON, is not valid JSON is
 * told from the characters there: a raw NUL in a string is no "line break or tab", a valid
 * number of a million digits and NUL bytes at the start are not "text that needs double quotes".
 */
class JsonReasonFaultTest {
    private static final String HEAD = "{\"format\":\"processlab-trace\",\"version\":1,\"events\":[";

    @TempDir
    Path dir;

    private static String text(String what) {
        return switch (what) {
            case "a raw NUL in a string" -> HEAD + "{\"t_us\":1,\"pid\":1,\"kind\":\"a\u0000b\"}]}";
            case "a raw escape character in a string" -> HEAD + "{\"t_us\":1,\"pid\":1,\"kind\":\"a\u001bb\"}]}";
            case "a line break in a string" -> HEAD + "{\"t_us\":1,\"pid\":1,\"kind\":\"a\nb\"}]}";
            case "a number of a million digits" -> HEAD + "\n{\"t_us\":" + "9".repeat(1_000_000) + ",\"pid\":1,\"kind\":\"a\"}]}";
            case "NUL bytes at the start" -> "\u0000\u0000\u0000" + HEAD + "]}";
            case "a bare word" -> HEAD + "{\"t_us\":1,\"pid\":1,\"kind\":spam}]}";
            default -> throw new IllegalArgumentException(what);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a raw NUL in a string, INVISIBLE_CHARACTER",
        "a raw escape character in a string, INVISIBLE_CHARACTER",
        "a line break in a string, CONTROL_CHARACTER",
        "a number of a million digits, LONG_NUMBER",
        "NUL bytes at the start, NUL_CHARACTER",
        "a bare word, BARE_WORD"})
    void theReasonIsToldFromTheCharactersThere(String what, JsonErrors.Reason reason) throws Exception {
        Path f = Files.write(dir.resolve("t.json"), text(what).getBytes(StandardCharsets.UTF_8));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.load(f));
        assertEquals(TraceFormatException.Problem.NOT_JSON, e.problem(), e.getMessage());
        assertEquals(reason, e.json().reason(), e.getMessage());
        String inText = text(what).replace("\"events\":[", "\"events\":[").substring(0, Math.min(text(what).length(), 5000));
        if (!what.contains("million")) {
            assertEquals(reason, JsonErrors.check(inText).reason(), "the same reason for a setting's text");
        }
    }
}
