package io.processlab.app.model;

import io.processlab.app.panels.LessonPage;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.course.Lessons;
import io.processlab.view.objects.ObjectsModel;
import javafx.scene.Node;

/** A lesson page without a view, that remembers what it was shown: for view-model tests. */
public final class FakePage implements LessonPage {
    private final Lesson lesson;
    public ObjectsModel shown;

    public FakePage(String id) {
        this.lesson = Lessons.byId(id).orElseThrow();
    }

    @Override
    public Lesson lesson() {
        return lesson;
    }

    @Override
    public Node view() {
        return null;
    }

    @Override
    public void show(ObjectsModel model, ProcessPalette palette) {
        shown = model;
    }

    @Override
    public void clear() {
        shown = null;
    }
}
