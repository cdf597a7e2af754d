package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.view.Units;
import io.processlab.wire.Bundles;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words inside a bar follow the language, and a sleep that lasted otherwise says what it lasted. */
class BarTextTest {
    private static Locale of(String lang) {
        return lang.equals("pt") ? Bundles.PORTUGUESE : Locale.ENGLISH;
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "en|join tasks|BLOCKED|-1|join tasks",
        "pt|join tasks|BLOCKED|-1|aguarda tasks (join)",
        "pt|get results|BLOCKED|-1|aguarda results (get)",
        "en|sleep 0.5 s|SLEEPING|500800|sleep 0.5_s",
        "pt|sleep 0.5 s|SLEEPING|500800|dorme 0,5_s",
        "en|sleep 0.1 s|SLEEPING|1001000|sleep 0.1_s \u00b7 lasted 1.001_s",
        "pt|sleep 0.1 s|SLEEPING|1001000|dorme 0,1_s \u00b7 durou 1,001_s",
        "en|sleep 0.1 s|SLEEPING|-1|sleep 0.1_s",
        "en|sleep 2.0 s|SLEEPING|2010000|sleep 2_s",
        "pt|step: put tasks|BLOCKED|-1|passo: put tasks",
    })
    void barWords(String lang, String label, State state, long lastedUs, String shown) {
        // "_": the no-break space that keeps a value with its unit ("0.5 s" never wraps between them)
        assertEquals(shown.replace('_', Units.NO_BREAK), BarText.say(label, state, lastedUs, of(lang)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|2.425_s", "pt|2,425_s"})
    void timesFollowTheLanguageAsTheScrubberDoes(String lang, String shown) {
        String kept = shown.replace('_', Units.NO_BREAK);
        assertEquals(kept, TimeAxis.format(2_425_000, 3_000_000, 3_000_000, of(lang)));
        assertEquals(kept, TimeAxis.format(2_425_000, of(lang)));
    }
}
