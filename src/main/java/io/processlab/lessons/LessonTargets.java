package io.processlab.lessons;

import io.processlab.api.TargetCatalog;

/** Registers every lesson's targets (listed in META-INF/services). */
public final class LessonTargets implements TargetCatalog {
    @Override
    public void register(Registrar r) {
        for (Lesson l : Lessons.all()) {
            l.targets(r);
        }
    }
}
