package io.processlab.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.wire.Bundles;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spawn message and the wire view show the protocol's key "tempo"; a Portuguese reader takes
 * it for "time", so where the wire is shown the words say that it is the toolbar's setting, by
 * the name the toolbar gives it in that language (Ritmo, Tempo).
 */
class WireKeyWordsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "pt"})
    void whereTheWireIsShownTheKeyTempoIsNamedAsTheToolbarsSetting(String lang) {
        Locale locale = "pt".equals(lang) ? Bundles.PORTUGUESE : Locale.ENGLISH;
        String setting = Bundles.text("i18n.messages", locale, "tempo.shown", "").trim();
        for (String key : new String[] {"spawn.tempo_note"}) {
            String text = Bundles.text("i18n.messages", locale, key);
            assertTrue(text.contains("\"tempo\""), key + " names the wire's key: " + text);
            assertTrue(text.contains(setting), key + " names the toolbar's " + setting + ": " + text);
        }
    }
}
