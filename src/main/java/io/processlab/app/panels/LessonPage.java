package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.view.objects.ObjectsModel;
import javafx.scene.Node;

/**
 * A lesson as the window shows it: the lesson, and its live panel. Every lesson (and, later,
 * every concept demo) has one page, listed in {@link LessonPages}.
 */
public interface LessonPage {
    /**
     * Fired from a panel whose cards moved to another arrangement (side by side, one under
     * another) as its width changed: its height changed with them, to be measured again.
     */
    javafx.event.EventType<javafx.event.Event> REARRANGED = new javafx.event.EventType<>(javafx.event.Event.ANY, "LESSON_PANEL_REARRANGED");

    /** The lesson: its id, settings and script. */
    Lesson lesson();

    default String id() {
        return lesson().id();
    }

    /** The live panel (built once). */
    Node view();

    /** Shows the run's objects as {@code model} has them (FX thread; live or replayed). */
    void show(ObjectsModel model, ProcessPalette palette);

    /** Empties the panel (no run). */
    void clear();

    /**
     * Lays the panel out for a narrow room with large text (presenter mode at 1280x720) or for
     * the normal window; a page without a compact layout ignores it.
     */
    default void setCompact(boolean on) {
    }

    /**
     * How much larger the panel's type is than the normal window's ({@code 1} there; presenter mode:
     * its sheet's panel text times the presenter's scale): the wide layout's fixed widths grow by
     * it, so that its cards hold their words in presenter mode too; a page without fixed widths ignores it.
     */
    default void setTypeSize(double size) {
    }

    /**
     * Lays the panel out for a short window (a 1280x720 or 1366x768 screen): its wide layout's
     * cards lower, leaving out what the lanes and the console show too (the compact layout, which
     * presenter mode may choose instead, has its own); a page without a low layout ignores it.
     */
    default void setLow(boolean on) {
    }

    /**
     * Whether the page's wide layout is made for a short panel (its low layout, {@link #setLow}, or
     * cards side by side that ask for less than a 1280x720 panel): presenter mode in a short window
     * then takes the lower of its two layouts even where neither shows whole.
     */
    default boolean hasLowLayout() {
        return false;
    }
}
