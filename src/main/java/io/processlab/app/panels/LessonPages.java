package io.processlab.app.panels;

import io.processlab.app.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Lessons;
import java.util.List;

/** Every lesson page, in the order of the course: the list on the window's left. */
public final class LessonPages {
    private LessonPages() {
    }

    public static List<LessonPage> create(I18n i18n) {
        return List.of(
                new ProcessLessonView(lesson("process"), i18n),
                new PipeLessonView(lesson("pipe"), i18n),
                new QueueLessonView(lesson("queue"), i18n),
                new EventLessonView(lesson("event"), i18n),
                new PoolLessonView(lesson("pool"), i18n));
    }

    private static Lesson lesson(String id) {
        return Lessons.byId(id).orElseThrow(() -> new IllegalStateException("no lesson " + id));
    }
}
