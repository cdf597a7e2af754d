package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The window's own arguments: {@code --lang} (the README promises it) and a saved run, in any order. */
class LaunchOptionsTest {
    @Test
    void langPtOpensTheWindowInPortuguese() {
        assertEquals("pt", LaunchOptions.parse(List.of("--lang", "pt")).locale().getLanguage());
        assertEquals(Locale.ENGLISH, LaunchOptions.parse(List.of("--lang", "en")).locale());
        assertEquals(I18n.PORTUGUESE, I18n.of(LaunchOptions.parse(List.of("--lang", "pt")).locale()));
    }

    @Test
    void langAndASavedRunGoTogetherInEitherOrder() {
        LaunchOptions a = LaunchOptions.parse(List.of("--lang", "pt", "run.processlab"));
        LaunchOptions b = LaunchOptions.parse(List.of("run.processlab", "--lang", "pt"));
        assertEquals(Path.of("run.processlab"), a.traceFile());
        assertEquals(a, b);
    }

    @Test
    void withoutLangTheSystemLanguageIsUsed() {
        assertNull(LaunchOptions.parse(List.of()).locale());
        assertNull(LaunchOptions.parse(List.of("run.processlab")).locale());
    }

    @Test
    void aWrongLangIsRefusedWithTheValueNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--lang", "fr")));
        assertTrue(e.getMessage().contains("'fr'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--lang")));
    }
}
