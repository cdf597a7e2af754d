package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.processlab.lessons.course.Lessons;
import io.processlab.wire.WireCodec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {
    private static List<SettingSpec> specs(String lesson) {
        return Lessons.byId(lesson).orElseThrow().settings();
    }

    static Stream<Arguments> goodValues() {
        JsonArray list = new JsonArray();
        list.add(1);
        list.add("a");
        return Stream.of(
                Arguments.of("queue", List.of("consumers=3"), "consumers", 3),
                Arguments.of("queue", List.of("consumers=1"), "consumers", 1),
                Arguments.of("queue", List.of("consumers=64"), "consumers", 64),
                Arguments.of("queue", List.of("consumers= 7 "), "consumers", 7),
                Arguments.of("queue", List.of("consumers=2", "consumers=4"), "consumers", 4),
                Arguments.of("queue", List.of(), "consumers", 5),
                Arguments.of("queue", List.of(), "tasks", 5),
                Arguments.of("queue", List.of(), "task_seconds", 0.1),
                Arguments.of("queue", List.of("tasks=0"), "tasks", 0),
                Arguments.of("queue", List.of("task_seconds=0,5"), "task_seconds", 0.5),
                Arguments.of("queue", List.of("task_seconds=10"), "task_seconds", 10.0),
                Arguments.of("process", List.of(), "children", 5),
                Arguments.of("process", List.of(), "lock", true),
                Arguments.of("process", List.of("lock=false"), "lock", false),
                Arguments.of("process", List.of("lock=sim"), "lock", true),
                Arguments.of("process", List.of("lock=OFF"), "lock", false),
                Arguments.of("pipe", List.of("message=[1, \"a\"]"), "message", list),
                Arguments.of("pipe", List.of("word=ovo"), "word", "ovo"),
                Arguments.of("pipe", List.of("word=a=b"), "word", "a=b"),
                Arguments.of("event", List.of(), "timeout", 2.0),
                Arguments.of("event", List.of(), "delay", 3.0),
                Arguments.of("event", List.of("timeout=60"), "timeout", 60.0),
                Arguments.of("pool", List.of(), "size", 0),
                Arguments.of("pool", List.of(), "items", 10),
                Arguments.of("pool", List.of("chunksize=3"), "chunksize", 3));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}={3}")
    @MethodSource("goodValues")
    void goodValuesAreTaken(String lesson, List<String> pairs, String key, Object expected) throws Exception {
        assertEquals(expected, Settings.parsePairs(specs(lesson), pairs).get(key));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("queue", "consumers=0", "consumers", "1 to 64", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "consumers=65", "consumers", "1 to 64", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "consumers=abc", "consumers", "1 to 64", SettingException.Problem.NOT_A_WHOLE_NUMBER),
                Arguments.of("queue", "consumers=2.5", "consumers", "1 to 64", SettingException.Problem.NOT_A_WHOLE_NUMBER),
                Arguments.of("queue", "consumers=", "consumers", "1 to 64", SettingException.Problem.EMPTY),
                Arguments.of("queue", "consumers=99999999999999999999", "consumers", "1 to 64",
                        SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "tasks=-1", "tasks", "0 to 1000", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "tasks=1001", "tasks", "0 to 1000", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "task_seconds=11", "task_seconds", "0 to 10", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "task_seconds=-0.1", "task_seconds", "0 to 10", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "task_seconds=NaN", "task_seconds", "0 to 10", SettingException.Problem.NOT_A_NUMBER),
                Arguments.of("queue", "task_seconds=Infinity", "task_seconds", "0 to 10", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "task_seconds=fast", "task_seconds", "0 to 10", SettingException.Problem.NOT_A_NUMBER),
                Arguments.of("process", "lock=maybe", "lock", "true or false", SettingException.Problem.NOT_A_BOOLEAN),
                Arguments.of("process", "children=65", "children", "0 to 64", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("pipe", "message={bad", "message", "a JSON value", SettingException.Problem.BAD_JSON),
                Arguments.of("pipe", "message=['single'", "message", "a JSON value", SettingException.Problem.BAD_JSON),
                Arguments.of("pipe", "message=", "message", "a JSON value", SettingException.Problem.EMPTY),
                Arguments.of("pipe", "message=[" + "1,".repeat(40_000) + "1]", "message", "at most 65,536 characters",
                        SettingException.Problem.TOO_LONG),
                Arguments.of("pipe", "word=", "word", "1 to 40 characters", SettingException.Problem.EMPTY),
                Arguments.of("pipe", "word=" + "w".repeat(41), "word", "1 to 40 characters", SettingException.Problem.TOO_LONG),
                Arguments.of("event", "delay=61", "delay", "0 to 60", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("event", "timeout=-1", "timeout", "0 to 60", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("pool", "items=100001", "items", "0 to 100,000", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("pool", "items=100_001", "items", "0 to 100,000", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("pool", "items=1,5", "items", "0 to 100,000", SettingException.Problem.NOT_A_WHOLE_NUMBER),
                Arguments.of("pool", "items=10,00", "items", "0 to 100,000", SettingException.Problem.NOT_A_WHOLE_NUMBER),
                Arguments.of("pool", "items=1.000,000", "items", "0 to 100,000", SettingException.Problem.NOT_A_WHOLE_NUMBER),
                Arguments.of("pool", "size=65", "size", "0 to 64", SettingException.Problem.OUT_OF_RANGE),
                Arguments.of("queue", "nosuch=1", "nosuch", "consumers, tasks, task_seconds", SettingException.Problem.UNKNOWN_KEY),
                Arguments.of("queue", "consumers", "consumers", "KEY=VALUE", SettingException.Problem.MALFORMED),
                Arguments.of("queue", "=5", "=5", "KEY=VALUE", SettingException.Problem.MALFORMED));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badValues")
    void badValuesAreRefusedNamingTheKeyAndWhatIsAllowed(String lesson, String pair, String key, String allowed,
                                                         SettingException.Problem problem) {
        SettingException e = assertThrows(SettingException.class, () -> Settings.parsePairs(specs(lesson), List.of(pair)));
        assertEquals(problem, e.problem());
        assertEquals(key, e.key());
        String msg = e.getMessage();
        assertTrue(msg.contains("'" + key + "'"), msg);
        assertTrue(msg.contains(allowed), msg);
        assertFalse(msg.contains("\n"), "one line: " + msg);
        assertFalse(msg.contains("JsonReader") || msg.contains("Exception"), "no programmer's words: " + msg);
        assertTrue(msg.length() < 300, "short: " + msg);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "100_000|100000", "100,000|100000", "100.000|100000", "100 000|100000", "100\u00A0000|100000",
            "2_5|25", "10000|10000", "1,000|1000", "7|7"})
    void aWholeNumberMayBeTypedWithItsDigitsGroupedAsPythonEnglishOrPortugueseWriteIt(String typed, int value)
            throws Exception {
        SettingSpec items = specs("pool").stream().filter(s -> s.key().equals("items")).findFirst().orElseThrow();
        assertEquals(value, items.parse(typed));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"en|0 to 100,000", "pt|0 a 100.000"})
    void theAllowedRangeIsWrittenAsTheLanguageGroupsDigits(String lang, String words) {
        SettingSpec items = specs("pool").stream().filter(s -> s.key().equals("items")).findFirst().orElseThrow();
        assertEquals(words, items.allowed(io.processlab.api.Texts.locale(lang)));
        SettingSpec tasks = specs("queue").stream().filter(s -> s.key().equals("tasks")).findFirst().orElseThrow();
        assertTrue(tasks.allowed(io.processlab.api.Texts.locale(lang)).endsWith(" 1000"), "four digits stay as they are");
    }

    @Test
    void everyLessonsDefaultsAreValidAndSurviveTheTraceFile() throws Exception {
        for (Lesson l : Lessons.all()) {
            Settings s = Settings.defaults(l.settings());
            JsonObject json = s.toJson();
            assertEquals(l.settings().size(), json.size(), l.id());
            for (SettingSpec spec : l.settings()) {
                // what the trace file stores can be typed back on the command line
                String typed = json.get(spec.key()).isJsonPrimitive() && json.get(spec.key()).getAsJsonPrimitive().isString()
                        ? json.get(spec.key()).getAsString() : WireCodec.encode(json.get(spec.key()));
                assertEquals(s.get(spec.key()), spec.parse(typed), l.id() + " " + spec.key());
            }
        }
    }

    @Test
    void theCourseStartsWithTheFiveLessonsOfTheSeed() {
        assertTrue(Lessons.ids().startsWith("process, pipe, queue, event, pool"), Lessons.ids());
    }
}
