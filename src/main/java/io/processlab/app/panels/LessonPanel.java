package io.processlab.app.panels;

import io.processlab.app.I18n;
import io.processlab.app.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.view.objects.ObjectsModel;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * What every lesson page shares: its lesson, its view model and its root node. A subclass
 * builds the nodes under {@link #root} from {@link #model}.
 *
 * @param <M> the view model
 * @param <R> the root pane
 */
abstract class LessonPanel<M extends PanelModel, R extends Pane> implements LessonPage {
    protected final Lesson lesson;
    protected final I18n i18n;
    protected final M model;
    protected final R root;

    LessonPanel(Lesson lesson, I18n i18n, M model, R root) {
        this.lesson = lesson;
        this.i18n = i18n;
        this.model = model;
        this.root = root;
        root.getStyleClass().add("lesson-panel");
    }

    public M model() {
        return model;
    }

    @Override
    public Lesson lesson() {
        return lesson;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(ObjectsModel m, ProcessPalette palette) {
        model.update(m, palette);
    }

    @Override
    public void clear() {
        model.clear();
    }
}
