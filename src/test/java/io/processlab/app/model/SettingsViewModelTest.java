package io.processlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.course.Lessons;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsViewModelTest {
    private final I18n en = new I18n(Locale.ENGLISH);

    private SettingsViewModel sheet(String lesson) {
        return new SettingsViewModel(Lessons.byId(lesson).orElseThrow(), en);
    }

    @Test
    void aSavedRunsSettingsFillTheSheetAsTheyWouldBeTyped() {
        SettingsViewModel pipe = sheet("pipe");
        pipe.fill(com.google.gson.JsonParser.parseString(
                "{\"message\": {\"k\": [1, \"x\"]}, \"word\": \"eggs\", \"unknown\": 3}").getAsJsonObject());
        assertEquals("{\"k\":[1,\"x\"]}", pipe.field("message").textProperty().get());
        assertEquals("eggs", pipe.field("word").textProperty().get());
        assertTrue(pipe.validProperty().get());
        SettingsViewModel process = sheet("process");
        process.fill(com.google.gson.JsonParser.parseString("{\"children\": 3, \"lock\": false}").getAsJsonObject());
        assertEquals("3", process.field("children").textProperty().get());
        assertEquals("false", process.field("lock").textProperty().get());
        SettingsViewModel queue = sheet("queue");
        queue.fill(com.google.gson.JsonParser.parseString("{\"task_seconds\": 0.25}").getAsJsonObject());
        assertEquals("0.25", queue.field("task_seconds").textProperty().get());
        assertEquals("5", queue.field("consumers").textProperty().get(), "a setting the file lacks keeps its value");
    }

    @Test
    void defaultsOfEveryLessonAreValid() {
        for (var l : Lessons.all()) {
            assertTrue(new SettingsViewModel(l, en).validProperty().get(), l.id());
        }
    }

    @ParameterizedTest(name = "{0}.{1} = [{2}] -> valid {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "queue|consumers|3|true|",
        "queue|consumers|abc|false|Type a whole number, 1 to 64.",
        "queue|consumers|0|false|Out of range: use 1 to 64.",
        "queue|consumers|65|false|Out of range: use 1 to 64.",
        "queue|task_seconds|0,5|true|",
        "queue|task_seconds|fast|false|Type a number, 0 to 10.",
        "event|delay|61|false|Out of range: use 0 to 60.",
        "pool|items|-1|false|Out of range: use 0 to 100,000.",
        "process|lock|maybe|false|Choose on or off.",
        "pipe|word|``|false|Out of range: use 1 to 40 characters.",
        "pipe|message|[\"spam\", 42]|true|",
        "pipe|message|{\"name\": \"João\", \"spam\": 42}|true|",
        "pipe|message|['spam', 42, 'ovos']|true|",
        "pipe|message|None|true|",
        "pipe|message|True|true|",
        "pipe|message|(1, 'a')|true|",
        "pipe|message|['spam'|false|Not valid JSON at line 1, column 3",
        "pipe|message|[1, 2|false|Not valid JSON at line 1, column 6",
        "pipe|message|[1] 2|false|line 1, column 6: there is more text after the value",
        "pipe|message|{\"a\" 1}|false|a \":\" is missing after a key",
    })
    void everyValueIsCheckedAsTypedAndAWrongOneSaysWhy(String lesson, String key, String typed, boolean valid,
                                                       String why) {
        SettingsViewModel s = sheet(lesson);
        SettingFieldViewModel f = s.field(key);
        f.textProperty().set(typed == null ? "" : typed);
        assertEquals(valid, f.isValid());
        assertEquals(valid, s.validProperty().get());
        if (!valid) {
            assertTrue(f.errorProperty().get().contains(why), f.errorProperty().get());
            assertTrue(s.problemProperty().get().startsWith(f.label() + ": "), s.problemProperty().get());
        } else {
            assertEquals("", f.errorProperty().get());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[1, 2|JSON inv\u00e1lido na linha 1, coluna 6: o texto termina cedo demais",
        "['spam', |JSON inv\u00e1lido na linha 1, coluna 3: texto usa \"aspas duplas\", n\u00e3o 'aspas simples'.",
        "[None, |JSON inv\u00e1lido na linha 1, coluna 2: o JSON escreve null, true e false onde o Python escreve None",
        "[1,] x|JSON inv\u00e1lido na linha 1, coluna 5: uma v\u00edrgula sobrando",
        "[1] 2|JSON inv\u00e1lido na linha 1, coluna 6: h\u00e1 mais texto depois do valor.",
        "`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`"
            + "|Aninhado fundo demais (62 n\u00edveis): no m\u00e1ximo 60.",
    })
    void jsonErrorsAreWordedInPortugueseWithoutTheParsersEnglish(String typed, String why) {
        SettingFieldViewModel f = new SettingsViewModel(Lessons.byId("pipe").orElseThrow(), new I18n(I18n.PORTUGUESE))
                .field("message");
        f.textProperty().set(typed);
        String error = f.errorProperty().get();
        assertTrue(error.startsWith(why), error);
        for (String english : new String[] {"Expected", "Unterminated", "End of input", "Strictness", "column", "line "}) {
            assertFalse(error.contains(english), error);
        }
    }

    @Test
    void jsonErrorsNameTheLineAndColumnOnLaterLines() {
        SettingFieldViewModel f = sheet("pipe").field("message");
        // not JSON (the comma before "]") and not Python either (the text after the list)
        f.textProperty().set("[1,\n 2,\n ] x");
        assertTrue(f.errorProperty().get().startsWith("Not valid JSON at line 3, column 3"), f.errorProperty().get());
    }

    @Test
    void jsonOverTheSizeCapIsRefusedWithoutParsing() {
        SettingFieldViewModel f = sheet("pipe").field("message");
        f.textProperty().set("[" + "1,".repeat(40_000) + "1]");
        assertFalse(f.isValid());
        assertTrue(f.errorProperty().get().startsWith("Too long: at most 65,536 characters"), f.errorProperty().get());
    }

    @Test
    void validSettingsAreTheLessonsSettingsObject() {
        SettingsViewModel s = sheet("queue");
        s.field("consumers").textProperty().set("2");
        s.field("task_seconds").textProperty().set("0,25");
        assertEquals(2, s.settings().getInt("consumers"));
        assertEquals(0.25, s.settings().getDouble("task_seconds"));
        assertEquals(5, s.settings().getInt("tasks"));
    }

    @Test
    void restoringDefaultsMakesAWrongSheetValidAgain() {
        SettingsViewModel s = sheet("event");
        s.field("timeout").textProperty().set("x");
        assertFalse(s.validProperty().get());
        s.restoreDefaults();
        assertTrue(s.validProperty().get());
        assertEquals("", s.problemProperty().get());
    }

    @Test
    void aLargeWholeNumberIsShownGroupedAsTheLanguageGroupsItAndRegroupedWhenItChanges() {
        I18n i18n = new I18n(Locale.ENGLISH);
        SettingsViewModel sheet = new SettingsViewModel(Lessons.byId("pool").orElseThrow(), i18n);
        SettingFieldViewModel items = sheet.field("items");
        items.textProperty().set("100000");
        sheet.fill(sheet.settings().toJson());
        assertEquals("100,000", items.textProperty().get(), "a saved run's value, shown grouped");
        i18n.setLocale(I18n.PORTUGUESE);
        assertEquals("100.000", items.textProperty().get());
        assertEquals(100_000, sheet.settings().getInt("items"), "and read back as the number it is");
        items.textProperty().set("9999");
        sheet.fill(sheet.settings().toJson());
        assertEquals("9999", items.textProperty().get(), "four digits stay as they are");
    }

    @Test
    void errorsFollowTheLanguage() {
        I18n i18n = new I18n(Locale.ENGLISH);
        SettingFieldViewModel f = new SettingsViewModel(Lessons.byId("queue").orElseThrow(), i18n).field("consumers");
        f.textProperty().set("0");
        assertEquals("Out of range: use 1 to 64.", f.errorProperty().get());
        i18n.setLocale(I18n.PORTUGUESE);
        assertEquals("Fora do intervalo: use de 1 a 64.", f.errorProperty().get());
        assertEquals("Consumidores", f.label());
    }

    /** Finding 6: numbers follow the language, in the fields too; either way of writing is read. */
    @Test
    void aDecimalIsWrittenAsTheWindowsLanguageWritesItAndReadTheSameInBoth() {
        I18n i18n = new I18n(Locale.forLanguageTag("pt"));
        SettingsViewModel queue = new SettingsViewModel(Lessons.byId("queue").orElseThrow(), i18n);
        assertEquals("0,1", queue.field("task_seconds").textProperty().get());
        double pt = ((Number) queue.settings().get("task_seconds")).doubleValue();
        i18n.setLocale(Locale.ENGLISH);
        assertEquals("0.1", queue.field("task_seconds").textProperty().get());
        assertEquals(pt, ((Number) queue.settings().get("task_seconds")).doubleValue());
        assertEquals("5", queue.field("consumers").textProperty().get(), "a whole number is left alone");
        queue.fill(com.google.gson.JsonParser.parseString("{\"task_seconds\": 0.25}").getAsJsonObject());
        i18n.setLocale(Locale.forLanguageTag("pt"));
        assertEquals("0,25", queue.field("task_seconds").textProperty().get());
    }
}
