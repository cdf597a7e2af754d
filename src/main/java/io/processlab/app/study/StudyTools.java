package io.processlab.app.study;

import io.processlab.app.i18n.I18n;
import io.processlab.app.i18n.Tabs;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.teach.Teaching;
import io.processlab.study.KeptValues;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * What self-study (issue 16) puts into the main window: the Predict tab, handed to
 * {@link Teaching} with the room it needs (so that {@code app.teach} never imports this
 * package), and Run ×N beside Run. The main view makes one and places what it gives.
 */
public final class StudyTools {
    private final PredictViewModel predict;
    private final RepeatControls repeat;

    /**
     * @param reveal what "Show the moment" does with the deciding event's time (the timeline
     *               scrolls to it)
     * @param owner  the main window, which owns the series' window of Run ×N
     */
    public StudyTools(MainViewModel main, I18n i18n, Teaching teaching, LongConsumer reveal, Supplier<Window> owner) {
        // the Predict tab: kept in memory until the app gives it the user's store
        this.predict = new PredictViewModel(main, KeptValues.memory());
        PredictView predictView = new PredictView(predict, i18n);
        // its height when stacked; beside the timeline (presenter) the narrow column, which leaves the lanes room
        teaching.addTab(Tabs.of(i18n, "tab.predict", predictView.root()),
                () -> teaching.model().presenterProperty().get() ? 0 : predictView.need());
        predict.onMoment(reveal);
        this.repeat = new RepeatControls(main, teaching.model(), i18n, owner);
    }

    /** The Predict tab's model: the lesson's questions, their verdicts, the challenges. */
    public PredictViewModel predict() {
        return predict;
    }

    /** Run ×N's spinner and button, for the toolbar beside Run. */
    public Node repeatControls() {
        return repeat.node();
    }
}
