package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.processlab.app.i18n.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the window needs before the toolkit is up is read beside it, and taken once, for the launch it was read for. */
class WindowStartTest {
    private static final List<String> SHOTS = List.of("screenshots", "/tmp/processlab-window-start-test", "--lang", "pt");

    @Test
    void theWindowTakesWhatWasReadForItsOwnArgumentsAndReadsAnewForOthers() {
        WindowStart.begin(SHOTS);
        WindowStart read = WindowStart.take(SHOTS);
        assertEquals(I18n.PORTUGUESE, read.i18n().locale(), "--lang pt, read on the other thread");
        assertEquals(Path.of("/tmp/processlab-window-start-test"), read.shots().dir());
        assertNull(read.study(), "the screenshots keep no progress");
        assertEquals("process", read.pages().get(0).id(), "the lesson pages, in the course's order");

        WindowStart again = WindowStart.take(SHOTS);
        assertNotSame(read, again, "taken once: a second window reads its own");
        assertEquals(read.pages().size(), again.pages().size());

        WindowStart.begin(SHOTS);
        List<String> other = List.of("screenshots", "/tmp/processlab-window-start-test", "--lang", "en");
        WindowStart english = WindowStart.take(other);
        assertEquals(Locale.ENGLISH, english.i18n().locale(), "not what was read for other arguments");
    }
}
