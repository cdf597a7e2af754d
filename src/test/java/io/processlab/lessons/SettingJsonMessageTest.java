package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON setting typed wrong (the pipe lesson's message, {@code --set message=...}), and no Python
 * literal either, is refused in the user's language, with what is wrong with it as JSON.
 */
class SettingJsonMessageTest {
    private static final Locale PT = Locale.forLanguageTag("pt-BR");
    private static final List<String> GSON_OR_ENGLISH = List.of("End of input", "Unterminated", "Expected", "Unexpected",
            "Strictness", "malformed", "Nesting limit", "path $", "column", "setting '", "is not", "allowed:", "levels");

    static Stream<Arguments> wrongJsonInEachLanguage() {
        Object[][] table = {
            {"[1,", SettingException.Problem.BAD_JSON, "the text ends too early", "o texto termina cedo demais"},
            {"[\"spam\" 42]", SettingException.Problem.BAD_JSON, "followed by \",\" or \"]\" (column 10)",
                "seguido de \",\" ou \"]\" (coluna 10)"},
            {"{'a': one}", SettingException.Problem.BAD_JSON, "not 'single quotes'", "n\u00e3o 'aspas simples'"},
            {"[1,,]", SettingException.Problem.BAD_JSON, "a comma too many", "uma v\u00edrgula sobrando"},
            {"[True, spam]", SettingException.Problem.BAD_JSON, "where Python writes None, True and False",
                "onde o Python escreve None, True e False"},
            {"[1] [2]", SettingException.Problem.BAD_JSON, "more text after the value", "mais texto depois do valor"},
            {"[\n1,\n2", SettingException.Problem.BAD_JSON, "(line 3, column 2)", "(linha 3, coluna 2)"},
            {"[01]", SettingException.Problem.BAD_JSON, "a number JSON does not allow", "um n\u00famero que o JSON n\u00e3o aceita"},
            {"[".repeat(70) + "]".repeat(70), SettingException.Problem.TOO_DEEP, "is nested too deeply (more than 64 levels)",
                "est\u00e1 aninhado fundo demais (mais de 64 n\u00edveis)"},
            {"[".repeat(62) + "]".repeat(62), SettingException.Problem.TOO_DEEP, "is nested too deeply (62 levels)",
                "est\u00e1 aninhado fundo demais (62 n\u00edveis)"},
        };
        return Stream.of(table).flatMap(r -> Stream.of(
                Arguments.of(r[0], r[1], Locale.ENGLISH, r[2]),
                Arguments.of(r[0], r[1], PT, r[3])));
    }

    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @MethodSource("wrongJsonInEachLanguage")
    void wrongJsonIsRefusedWithItsReasonInTheUsersLanguage(String typed, SettingException.Problem problem, Locale locale,
                                                          String says) {
        Lesson pipe = Lessons.byId("pipe").orElseThrow();
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.parsePairs(pipe.settings(), List.of("message=" + typed)));
        assertEquals(problem, e.problem());
        String message = e.message(locale);
        assertTrue(message.contains(says), message);
        assertFalse(message.contains("\n"), message);
        if (locale == PT) {
            assertTrue(message.startsWith("configura\u00e7\u00e3o 'message'"), message);
            for (String english : GSON_OR_ENGLISH) {
                assertFalse(message.contains(english), "English in the Portuguese message: " + message);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "['spam', 42, 'ovos']|[\"spam\",42,\"ovos\"]",
        "None|null",
        "[True, False, None]|[true,false,null]",
        "{'a': 1}|{\"a\":1}",
        "[1,]|[1]",
        "{'aa', 'bb'}|{\"$set\":[\"aa\",\"bb\"]}",
    })
    void theNotebooksPythonLiteralsAreAccepted(String typed, String json) throws Exception {
        Lesson pipe = Lessons.byId("pipe").orElseThrow();
        Settings s = Settings.parsePairs(pipe.settings(), List.of("message=" + typed));
        assertEquals(json, io.processlab.wire.WireCodec.encode(s.getJson("message")));
    }
}
