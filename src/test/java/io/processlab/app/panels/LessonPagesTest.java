package io.processlab.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.TargetCatalog;
import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.course.Lessons;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Each lesson has its own page, and a lesson without one is refused, never shown on another's. */
@ExtendWith(ApplicationExtension.class)
class LessonPagesTest {
    private static final Map<String, Class<?>> EXPECTED = Map.ofEntries(
            Map.entry("process", ProcessLessonView.class), Map.entry("pipe", PipeLessonView.class),
            Map.entry("queue", QueueLessonView.class), Map.entry("event", EventLessonView.class),
            Map.entry("pool", PoolLessonView.class), Map.entry("deadlock", DeadlockLessonView.class),
            Map.entry("isolation", IsolationLessonView.class), Map.entry("sending", SendingLessonView.class),
            Map.entry("threads", ThreadsLessonView.class), Map.entry("cores", CoresLessonView.class),
            Map.entry("spawn", SpawnLessonView.class));

    @Test
    void everyLessonHasItsOwnPageInCourseOrder() {
        List<LessonPage> pages = LessonPages.create(new I18n(Locale.ENGLISH));
        List<String> ids = Lessons.all().stream().map(Lesson::id).toList();
        assertEquals(ids, pages.stream().map(LessonPage::id).toList());
        Set<Class<?>> classes = new HashSet<>();
        for (Lesson l : Lessons.all()) {
            LessonPage p = LessonPages.build(l, new I18n(Locale.ENGLISH));
            assertEquals(EXPECTED.get(l.id()), p.getClass(), "the page of " + l.id());
            assertTrue(classes.add(p.getClass()), p.getClass().getSimpleName() + " serves two lessons");
        }
        assertEquals(Set.copyOf(ids), LessonPages.PAGES.keySet(), "a page for every lesson of the course, and no other");
    }

    @Test
    void aLessonWithoutAPageIsRefusedNotShownOnAnothersPage() {
        Lesson stranger = new Lesson() {
            @Override
            public String id() {
                return "juggling";
            }

            @Override
            public List<SettingSpec> settings() {
                return List.of();
            }

            @Override
            public void targets(TargetCatalog.Registrar r) {
            }

            @Override
            public void run(io.processlab.engine.MainContext main, io.processlab.lessons.Settings s) {
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LessonPages.create(new I18n(Locale.ENGLISH), List.of(stranger)));
        assertTrue(e.getMessage().contains("juggling"), e.getMessage());
    }
}
