package io.processlab.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Lessons;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class LessonPagesTest {
    @Test
    void everyLessonHasExactlyOnePageInCourseOrder() {
        List<LessonPage> pages = LessonPages.create(new I18n(Locale.ENGLISH));
        assertEquals(Lessons.all().stream().map(Lesson::id).toList(), pages.stream().map(LessonPage::id).toList());
    }
}
