package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.course.Lessons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every lesson page, in the order of the course: the list on the window's left. Each lesson has
 * its own page here, named by its id; a lesson without one is refused when the window is built
 * (never shown on another lesson's page).
 */
public final class LessonPages {
    /** The page of each lesson, by its id. */
    static final Map<String, BiFunction<Lesson, I18n, LessonPage>> PAGES = Map.ofEntries(
            Map.entry("process", ProcessLessonView::new),
            Map.entry("pipe", PipeLessonView::new),
            Map.entry("queue", QueueLessonView::new),
            Map.entry("event", EventLessonView::new),
            Map.entry("pool", PoolLessonView::new),
            Map.entry("deadlock", DeadlockLessonView::new),
            Map.entry("isolation", IsolationLessonView::new),
            Map.entry("sending", SendingLessonView::new),
            Map.entry("threads", ThreadsLessonView::new),
            Map.entry("cores", CoresLessonView::new),
            Map.entry("spawn", SpawnLessonView::new));

    private LessonPages() {
    }

    /** Every page, each built when it is first shown ({@link LazyPage}). */
    public static List<LessonPage> create(I18n i18n) {
        return create(i18n, Lessons.all());
    }

    /** The pages of {@code lessons}, in their order. @throws IllegalStateException for a lesson without a page */
    static List<LessonPage> create(I18n i18n, List<Lesson> lessons) {
        List<LessonPage> pages = new ArrayList<>();
        for (Lesson l : lessons) {
            BiFunction<Lesson, I18n, LessonPage> page = pageOf(l);
            pages.add(new LazyPage(l, lesson -> page.apply(lesson, i18n)));
        }
        return List.copyOf(pages);
    }

    /** The page of {@code l}, built now. @throws IllegalStateException for a lesson without a page */
    static LessonPage build(Lesson l, I18n i18n) {
        return pageOf(l).apply(l, i18n);
    }

    private static BiFunction<Lesson, I18n, LessonPage> pageOf(Lesson l) {
        BiFunction<Lesson, I18n, LessonPage> page = PAGES.get(l.id());
        if (page == null) {
            throw new IllegalStateException("the lesson '" + l.id() + "' has no page: add it to LessonPages.PAGES");
        }
        return page;
    }
}
