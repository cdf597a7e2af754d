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
        assertEquals(ShotOptions.DEFAULT_LESSONS, o.lessons(List.of("process", "spawn")));
        assertEquals("app-queue.png", o.appFile("queue"));
    }

    @Test
    void presenterPicturesHaveTheirOwnNames() {
        ShotOptions o = ShotOptions.parse(List.of("screenshots", "out", "--size", "1280x720", "--presenter", "queue"));
        assertTrue(o.presenter());
        assertEquals(1280, o.width());
        assertEquals(List.of("queue"), o.lessons(List.of("process", "queue")));
        assertEquals("app-presenter-queue.png", o.appFile("queue"));
    }

    @Test
    void aGridTakesEveryLessonUnlessSomeAreNamed() {
        ShotOptions o = ShotOptions.parse(List.of("screenshots", "out", "--grid"));
        assertTrue(o.grid());
        assertEquals(List.of("process", "spawn"), o.lessons(List.of("process", "spawn")));
        assertEquals(List.of("pool"), ShotOptions.parse(List.of("screenshots", "out", "--grid", "pool"))
                .lessons(List.of("process", "pool")));
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ShotOptions.parse(List.of("screenshots", "out", "--projector")));
        assertTrue(e.getMessage().contains("--projector"), e.getMessage());
    }
}
