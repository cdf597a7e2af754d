package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Lessons;
import java.util.ArrayList;
import java.util.List;

/** Every lesson page, in the order of the course: the list on the window's left. */
public final class LessonPages {
    private LessonPages() {
    }

    /** Every page, each built when it is first shown ({@link LazyPage}). */
    public static List<LessonPage> create(I18n i18n) {
        List<LessonPage> pages = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            pages.add(new LazyPage(l, lesson -> build(lesson, i18n)));
        }
        return List.copyOf(pages);
    }

    /** The page of {@code l}, built now. */
    static LessonPage build(Lesson l, I18n i18n) {
        return switch (l.id()) {
            case "pipe" -> new PipeLessonView(l, i18n);
            case "queue" -> new QueueLessonView(l, i18n);
            case "event" -> new EventLessonView(l, i18n);
            case "pool" -> new PoolLessonView(l, i18n);
            case "deadlock" -> new DeadlockLessonView(l, i18n);
            case "isolation" -> new IsolationLessonView(l, i18n);
            case "sending" -> new SendingLessonView(l, i18n);
            case "threads" -> new ThreadsLessonView(l, i18n);
            case "cores" -> new CoresLessonView(l, i18n);
            case "spawn" -> new SpawnLessonView(l, i18n);
            // the process page (processes, their states, the first lock) serves any other
            default -> new ProcessLessonView(l, i18n);
        };
    }
}
