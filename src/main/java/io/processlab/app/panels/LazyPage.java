package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.view.objects.ObjectsModel;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A lesson page built the first time it is needed: its panel when the lesson is chosen (or a run
 * or a saved run is shown on it). The window opens with only the chosen lesson's page built, not
 * all eleven (each a tree of controls, styled and laid out). Until then it is empty, so
 * {@link #clear} has nothing to do, and a compact layout asked for is kept for when it is built.
 */
final class LazyPage implements LessonPage {
    private final Lesson lesson;
    private final Function<Lesson, LessonPage> build;
    private LessonPage page;
    private boolean compact;
    private double typeSize = 1;
    private boolean low;

    LazyPage(Lesson lesson, Function<Lesson, LessonPage> build) {
        this.lesson = lesson;
        this.build = build;
    }

    private LessonPage page() {
        if (page == null) {
            page = build.apply(lesson);
            if (compact) {
                page.setCompact(true);
            }
            page.setTypeSize(typeSize);
            page.setLow(low);
        }
        return page;
    }

    /** Whether the page has been built (tests). */
    boolean built() {
        return page != null;
    }

    @Override
    public Lesson lesson() {
        return lesson;
    }

    @Override
    public Node view() {
        return page().view();
    }

    @Override
    public void show(ObjectsModel model, ProcessPalette palette) {
        page().show(model, palette);
    }

    @Override
    public void clear() {
        if (page != null) {
            page.clear();
        }
    }

    @Override
    public void setCompact(boolean on) {
        compact = on;
        if (page != null) {
            page.setCompact(on);
        }
    }

    @Override
    public void setTypeSize(double size) {
        typeSize = size;
        if (page != null) {
            page.setTypeSize(size);
        }
    }

    @Override
    public boolean hasLowLayout() {
        return page().hasLowLayout();
    }

    @Override
    public void setLow(boolean on) {
        low = on;
        if (page != null) {
            page.setLow(on);
        }
    }
}
