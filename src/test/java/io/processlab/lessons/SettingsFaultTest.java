package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Case 9 of issue 6: every setting of every lesson, given a wrong value of each kind, is refused
 * with a one-line message naming the setting and what it allows.
 */
class SettingsFaultTest {
    /** Wrong values for a setting, each with the problem it must be reported as. */
    private static List<Object[]> wrongValues(SettingSpec s) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] {"", SettingException.Problem.EMPTY});
        out.add(new Object[] {"   ", SettingException.Problem.EMPTY});
        switch (s.type()) {
            case INT -> {
                out.add(new Object[] {Long.toString((long) s.min() - 1), SettingException.Problem.OUT_OF_RANGE});
                out.add(new Object[] {Long.toString((long) s.max() + 1), SettingException.Problem.OUT_OF_RANGE});
                out.add(new Object[] {"99999999999999999999", SettingException.Problem.OUT_OF_RANGE});
                out.add(new Object[] {"five", SettingException.Problem.NOT_A_WHOLE_NUMBER});
                out.add(new Object[] {"2.5", SettingException.Problem.NOT_A_WHOLE_NUMBER});
                out.add(new Object[] {"0x10", SettingException.Problem.NOT_A_WHOLE_NUMBER});
                out.add(new Object[] {"3\n4", SettingException.Problem.NOT_A_WHOLE_NUMBER});
            }
            case DECIMAL -> {
                out.add(new Object[] {Double.toString(s.min() - 0.5), SettingException.Problem.OUT_OF_RANGE});
                out.add(new Object[] {Double.toString(s.max() + 0.5), SettingException.Problem.OUT_OF_RANGE});
                out.add(new Object[] {"1e400", SettingException.Problem.OUT_OF_RANGE});
                out.add(new Object[] {"Infinity", SettingException.Problem.OUT_OF_RANGE});
                out.add(new Object[] {"NaN", SettingException.Problem.NOT_A_NUMBER});
                out.add(new Object[] {"two", SettingException.Problem.NOT_A_NUMBER});
                out.add(new Object[] {"1d", SettingException.Problem.NOT_A_NUMBER});
            }
            case BOOL -> out.add(new Object[] {"maybe", SettingException.Problem.NOT_A_BOOLEAN});
            case TEXT -> out.add(new Object[] {"w".repeat((int) s.max() + 1), SettingException.Problem.TOO_LONG});
            case JSON -> {
                out.add(new Object[] {"[1,", SettingException.Problem.BAD_JSON});
                out.add(new Object[] {"{'single': quotes}", SettingException.Problem.BAD_JSON});
                out.add(new Object[] {"[1] [2]", SettingException.Problem.BAD_JSON});
                out.add(new Object[] {"NaN", SettingException.Problem.BAD_JSON});
                out.add(new Object[] {"\"" + "x".repeat((int) s.max()) + "\"", SettingException.Problem.TOO_LONG});
                out.add(new Object[] {"[".repeat(61) + "]".repeat(61), SettingException.Problem.TOO_DEEP});
                out.add(new Object[] {"[".repeat(100) + "]".repeat(100), SettingException.Problem.TOO_DEEP});
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    static Stream<Arguments> everyWrongValue() {
        List<Arguments> all = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            for (SettingSpec s : l.settings()) {
                for (Object[] w : wrongValues(s)) {
                    all.add(Arguments.of(l.id(), s.key(), w[0], w[1]));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("everyWrongValue")
    void wrongValueIsRefusedNamingTheSettingAndWhatItAllows(String lesson, String key, String value,
                                                           SettingException.Problem problem) {
        Lesson l = Lessons.byId(lesson).orElseThrow();
        SettingSpec spec = l.settings().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.parsePairs(l.settings(), List.of(key + "=" + value)));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith("setting '" + key + "'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; allowed: " + spec.allowed()), e.getMessage());
        assertTrue(!e.getMessage().contains("\n") && e.getMessage().length() < 260, "one short line: " + e.getMessage());
        assertTrue(!e.getMessage().contains("Strictness") && !e.getMessage().contains("path $"),
                "no parser internals: " + e.getMessage());
    }

    @Test
    void unknownKeyIsRefusedWithTheLessonsKeys() {
        Lesson queue = Lessons.byId("queue").orElseThrow();
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.parsePairs(queue.settings(), List.of("workers=3")));
        assertEquals(SettingException.Problem.UNKNOWN_KEY, e.problem());
        assertEquals("unknown setting 'workers'; the settings are: consumers, tasks, task_seconds", e.getMessage());
    }

    @Test
    void pairWithoutAnEqualsSignOrKeyIsRefused() {
        Lesson event = Lessons.byId("event").orElseThrow();
        for (String bad : List.of("timeout", "=3", "")) {
            SettingException e = assertThrows(SettingException.class,
                    () -> Settings.parsePairs(event.settings(), List.of(bad)));
            assertEquals(SettingException.Problem.MALFORMED, e.problem());
            assertTrue(e.getMessage().endsWith("write KEY=VALUE, one of: timeout, delay"), e.getMessage());
        }
    }

    @Test
    void valueWithControlCharactersIsShownOnOneLine() {
        Lesson pipe = Lessons.byId("pipe").orElseThrow();
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.parsePairs(pipe.settings(), List.of("message=[1,\n2")));
        assertTrue(e.getMessage().startsWith("setting 'message': '[1,\\n2' is neither JSON nor a Python literal"), e.getMessage());
    }
}
