package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.WindowPrefs.Bounds;
import io.processlab.app.i18n.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the window keeps between launches (in a map: the user's own preferences are never touched). */
class WindowPrefsTest {
    @Test
    void whatIsSavedIsWhatTheNextLaunchFinds() {
        io.processlab.study.KeptValues store = WindowPrefs.memory();
        double[] dividers = {0.3, 0.7, Double.NaN, 0.55};
        new WindowPrefs(store).save(new WindowPrefs.Kept(new Bounds(10, 20, 1200, 700), dividers, I18n.PORTUGUESE,
                0.5, "queue"));
        WindowPrefs.Kept k = new WindowPrefs(store).load();
        assertEquals(new Bounds(10, 20, 1200, 700), k.bounds());
        assertArrayEquals(dividers, k.dividers(), 1e-9);
        assertEquals("pt", k.language().getLanguage());
        assertEquals(0.5, k.tempo());
        assertEquals("queue", k.lesson());
    }

    @Test
    void unreadableValuesAreSimplyNotThere() {
        io.processlab.study.KeptValues store = WindowPrefs.memory();
        store.put("bounds", "10,20,oops,700");
        store.put("dividers", "0.3");
        store.put("language", "klingon");
        store.put("tempo", "Infinity");
        WindowPrefs.Kept k = new WindowPrefs(store).load();
        assertNull(k.bounds());
        assertNull(k.dividers());
        assertNull(k.language());
        assertNull(k.tempo());
    }

    /** The screens of a class: the default 1440x900 window shrinks into each, whole, Run included. */
    @ParameterizedTest(name = "a {0}x{1} screen")
    @CsvSource({"1280, 720", "1366, 768", "1440, 900", "1920, 1080", "1024, 600"})
    void aFirstLaunchFitsTheScreensVisualBounds(double w, double h) {
        Bounds screen = new Bounds(0, 27, w, h - 27); // a top bar takes 27 pixels
        Bounds at = WindowPrefs.place(null, screen, 1440, 900);
        assertInside(at, screen);
        assertEquals(Math.min(1440, w), at.width(), 1e-9);
    }

    @Test
    void aWindowKeptOffTheScreenComesBackOntoIt() {
        Bounds screen = new Bounds(0, 0, 1280, 720);
        Bounds at = WindowPrefs.place(new Bounds(-80, -60, 1440, 900), screen, 1440, 900);
        assertInside(at, screen);
        Bounds moved = WindowPrefs.place(new Bounds(100, 50, 800, 600), screen, 1440, 900);
        assertEquals(new Bounds(100, 50, 800, 600), moved, "a window that fits stays where it was");
    }

    private static void assertInside(Bounds at, Bounds screen) {
        assertTrue(at.x() >= screen.x() && at.y() >= screen.y(), at.toString());
        assertTrue(at.x() + at.width() <= screen.x() + screen.width() + 1e-9, at.toString());
        assertTrue(at.y() + at.height() <= screen.y() + screen.height() + 1e-9, at.toString());
    }
}
