package io.processlab.app.screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code screenshots DIR ...} asks for. */
class ShotOptionsTest {
    @Test
    void byDefaultTheFiveLessonsInTheNormalWindow() {
        ShotOptions o = ShotOptions.parse(List.of("screenshots", "out"));
        assertFalse(o.presenter());
        assertEquals(ShotOptions.DEFAULT_LESSONS, o.lessons());
        assertEquals("app-queue.png", o.appFile("queue"));
    }

    @Test
    void presenterPicturesHaveTheirOwnNames() {
        ShotOptions o = ShotOptions.parse(List.of("screenshots", "out", "--size", "1280x720", "--presenter", "queue"));
        assertTrue(o.presenter());
        assertEquals(1280, o.width());
        assertEquals(List.of("queue"), o.lessons());
        assertEquals("app-presenter-queue.png", o.appFile("queue"));
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ShotOptions.parse(List.of("screenshots", "out", "--projector")));
        assertTrue(e.getMessage().contains("--projector"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "screenshots out --lang                 | screenshots: --lang needs a value",
        "screenshots out --lang fr              | screenshots: --lang takes en or pt, not 'fr'",
        "screenshots out --size                 | screenshots: --size needs a value",
        "screenshots out --size 1600            | screenshots: --size takes WIDTHxHEIGHT from 800x500 to 4000x3000, not '1600'",
        "screenshots out --size 100x100         | screenshots: --size takes WIDTHxHEIGHT from 800x500 to 4000x3000, not '100x100'",
        "screenshots out juggling               | screenshots: no lesson 'juggling'; the lessons are:",
        "screenshots --size 1280x720            | screenshots: name a folder",
        "screenshots out --lang pt --size big   | screenshots: --size aceita LARGURAxALTURA de 800x500 a 4000x3000, n\u00e3o 'big'",
        "screenshots out --presenter=yes        | screenshots: unknown option '--presenter=yes'",
    })
    void aWrongCommandLineIsRefusedSayingWhatIsWrongInItsLanguage(String line, String says) {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        try {
            var e = assertThrows(IllegalArgumentException.class, () -> ShotOptions.parse(List.of(line.split(" "))));
            assertTrue(e.getMessage().startsWith(says), e.getMessage());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
