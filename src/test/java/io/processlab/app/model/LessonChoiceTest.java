package io.processlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The lesson list: choosing, each lesson's own sheet, and a choice that holds while a run goes. */
class LessonChoiceTest {
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger sheetChanges = new AtomicInteger();
    private final List<String> chosen = new ArrayList<>();
    private final List<LessonPage> pages = List.of(new FakePage("queue"),
            new FakePage("event"));
    private final LessonChoice choice = new LessonChoice(new I18n(Locale.ENGLISH), pages, busy::get,
            (o, a, b) -> sheetChanges.incrementAndGet(), () -> chosen.add(currentId()));

    private String currentId() {
        return choice.selected() == null ? null : choice.selected().id();
    }

    @Test
    void theFirstLessonIsChosenWithItsOwnSheet() {
        assertNull(choice.selected());
        choice.chooseFirst();
        assertEquals("queue", currentId());
        assertSame(choice.settingsOf("queue"), choice.current());
        assertEquals(List.of("queue"), chosen);
    }

    @Test
    void theChoiceHoldsWhileARunGoes() {
        choice.chooseFirst();
        busy.set(true);
        choice.selectedProperty().set(choice.page("event"));
        assertEquals("queue", currentId());
        assertEquals(List.of("queue"), chosen, "nothing was chosen");
        busy.set(false);
        choice.selectedProperty().set(choice.page("event"));
        assertEquals(List.of("queue", "event"), chosen);
        assertSame(choice.settingsOf("event"), choice.current());
    }

    @Test
    void onlyTheChosenSheetIsWatched() {
        choice.chooseFirst();
        choice.selectedProperty().set(choice.page("event"));
        int before = sheetChanges.get();
        choice.settingsOf("queue").field("tasks").textProperty().set("lots");
        assertEquals(before, sheetChanges.get(), "the queue's sheet is no longer watched");
        choice.settingsOf("event").field("delay").textProperty().set("soon");
        assertEquals(before + 2, sheetChanges.get(), "valid and problem changed");
    }

    @Test
    void aPageIsFoundByItsLessonsId() {
        assertNotNull(choice.page("event"));
        assertNull(choice.page("juggling"));
    }
}
