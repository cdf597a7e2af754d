package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The live panel of Event: a large lamp for the flag, and who waits, woke, or timed out. */
public final class EventLessonView extends LessonPanel<EventLessonViewModel, HBox> {
    public EventLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new EventLessonViewModel(), new HBox(16));
        build();
    }

    /** The normal window: the lamp's radius beside its words, and each list's width in a row of three. */
    static final double LAMP_BESIDE = 40;
    /**
     * Presenter mode: the lamp's radius above its words; the card stands whole in the panel at
     * 1280x720 (with 56 its last line was sliced at the panel's edge).
     */
    static final double LAMP_ABOVE = 42;
    /** Presenter mode: the width a list's name tags ask for beside its name (one tag's). */
    static final double COMPACT_TAGS = 200;
    static final double LIST_WIDTH = 170;
    /** The event's box is never narrower than this. */
    static final double FLAG_LEAST = 260;

    @Override
    protected void build() {
        Circle lamp = new Circle(LAMP_ABOVE);
        lamp.setId("event-lamp");
        Label flagText = new Label();
        flagText.setId("event-flag");
        flagText.getStyleClass().add("flag-text");
        Label setBy = Chips.muted("");
        Runnable drawFlag = () -> {
            boolean on = model.flagProperty().get();
            lamp.getStyleClass().setAll("lamp", on ? "lamp-on" : "lamp-off");
            flagText.setText(i18n.get(on ? "event.set" : "event.unset"));
            ProcChip by = model.setByProperty().get();
            setBy.setText(on && by != null ? i18n.get("event.set_by", by.text()) : i18n.get("event.not_set_yet"));
        };
        watch.value(model.flagProperty(), drawFlag);
        watch.value(model.setByProperty(), drawFlag);
        drawFlag.run();
        Pane lampBox;
        if (compact) {
            lampBox = new VBox(6, lamp, flagText, setBy);
            ((VBox) lampBox).setAlignment(Pos.CENTER);
        } else {
            // the normal window: the lamp beside its words, so that the panel is short enough for
            // a 1280x720 screen to show it whole above three lanes
            lamp.setRadius(LAMP_BESIDE);
            VBox words = new VBox(4, flagText, setBy);
            words.setAlignment(Pos.CENTER_LEFT);
            setBy.setWrapText(true);
            lampBox = new HBox(12, lamp, words);
            ((HBox) lampBox).setAlignment(Pos.CENTER_LEFT);
        }
        VBox flagBox = Chips.box(i18n.get("event.title"), lampBox);
        // as wide as its words ('DESATIVADO' at presenter mode's scale too), at least 260
        flagBox.setMinWidth(Region.USE_PREF_SIZE);
        flagBox.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(FLAG_LEAST, lampBox.prefWidth(-1) + flagBox.getInsets().getLeft() + flagBox.getInsets().getRight()),
                flagText.textProperty(), flagText.fontProperty(), flagBox.insetsProperty()));

        FlowPane waiting = Chips.flow();
        waiting.setId("event-waiting");
        watch.add(Chips.follow(waiting, model.waiting(), Chips::chip, i18n.get("event.nobody"), i18n));
        FlowPane woken = Chips.flow();
        woken.setId("event-woken");
        watch.add(Chips.follow(woken, model.woken(), Chips::chip, i18n.get("event.nobody"), i18n));
        FlowPane timedOut = Chips.flow();
        timedOut.setId("event-timed-out");
        watch.add(Chips.follow(timedOut, model.timedOut(), Chips::chip, i18n.get("event.nobody"), i18n));

        List<VBox> boxes = List.of(Chips.box(i18n.get("event.waiting"), waiting),
                Chips.box(i18n.get("event.woken"), woken), Chips.box(i18n.get("event.timed_out"), timedOut));
        Pane lists;
        if (compact) {
            // presenter mode: each list's name and its name tags on one line where they fit;
            // three cards of a title over a tag took 279 px, the panel has 250 at 1280x720
            lists = new VBox(8);
            for (VBox b : boxes) {
                Node title = b.getChildren().get(0);
                FlowPane tags = (FlowPane) b.getChildren().get(1);
                tags.setPrefWrapLength(COMPACT_TAGS);
                FlowPane line = new FlowPane(12, 4, title, tags);
                line.setAlignment(Pos.CENTER_LEFT);
                b.getChildren().setAll(line);
                b.getStyleClass().add("event-list"); // presenter.css: a smaller title beside the tags
            }
        } else {
            // the normal window: who waits, who woke, who gave up side by side, each whole
            lists = new HBox(12);
            for (VBox b : boxes) {
                b.setPrefWidth(px(LIST_WIDTH));
                // its least width is its own (its widest name tag, which never shrinks): a fixed
                // least let "not-block · 10433" run past the card's edge
                b.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(b, Priority.ALWAYS);
            }
            for (FlowPane f : List.of(waiting, woken, timedOut)) {
                f.setPrefWrapLength(px(LIST_WIDTH - 30));
            }
        }
        lists.getChildren().setAll(boxes);
        HBox.setHgrow(lists, Priority.ALWAYS);
        root.getChildren().setAll(flagBox, lists);
    }
}
