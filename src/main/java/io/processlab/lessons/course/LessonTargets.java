package io.processlab.lessons.course;

import io.processlab.api.TargetCatalog;
import io.processlab.lessons.Lesson;

/** Registers every lesson's targets (listed in META-INF/services). */
public final class LessonTargets implements TargetCatalog {
    @Override
    public void register(Registrar r) {
        for (Lesson l : Lessons.all()) {
            l.targets(r);
        }
    }
}
