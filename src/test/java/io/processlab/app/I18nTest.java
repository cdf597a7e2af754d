package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class I18nTest {
    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"messages", "lessons", "cli", "engine", "json", "view"})
    void everyKeyIsInBothLanguages(String bundle) throws IOException {
        Set<String> en = keys(bundle + ".properties");
        Set<String> pt = keys(bundle + "_pt.properties");
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(pt);
        Set<String> onlyPt = new TreeSet<>(pt);
        onlyPt.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing in Portuguese");
        assertEquals(Set.of(), onlyPt, "keys missing in English");
        assertTrue(en.size() > 10);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"pt-BR,pt", "pt-PT,pt", "pt,pt", "en-US,en", "de-DE,en", "fr,en"})
    void portugueseForAnyPtLocaleElseEnglish(String system, String chosen) {
        assertEquals(chosen, I18n.of(Locale.forLanguageTag(system)).getLanguage());
    }

    @Test
    void textsSwitchWithTheLanguage() {
        I18n i18n = new I18n(Locale.ENGLISH);
        var run = i18n.text("tab.console");
        var lessons = i18n.text("lessons.title");
        assertEquals("Lessons", lessons.get());
        i18n.setLocale(I18n.PORTUGUESE);
        assertEquals("Li\u00e7\u00f5es", lessons.get());
        assertEquals("Console", run.get());
        assertEquals("!no.such.key!", i18n.get("no.such.key"));
        assertEquals("3 lines", new I18n(Locale.ENGLISH).get("wire.count", 3));
    }
}
