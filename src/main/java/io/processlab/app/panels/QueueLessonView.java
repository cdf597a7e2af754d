package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live panel of Queue: tasks -> consumers -> results, as cards. */
public final class QueueLessonView extends LessonPanel<QueueLessonViewModel, HBox> {
    public QueueLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new QueueLessonViewModel(), new HBox(14));
        build();
    }

    @Override
    protected void build() {
        FlowPane taskCards = Chips.flow();
        taskCards.setId("task-cards");
        watch.add(Chips.follow(taskCards, model.tasks(), c -> Chips.card(c, i18n), i18n.get("queue.empty"), i18n));
        Label unfinished = new Label();
        unfinished.setId("unfinished");
        unfinished.getStyleClass().add("counter");
        unfinished.textProperty().bind(i18n.text("queue.unfinished_label").concat(" ").concat(model.unfinishedProperty().asString()));
        FlowPane joiners = Chips.flow();
        joiners.setId("joiners");
        watch.add(Chips.follow(joiners, model.joiners(), p -> Chips.chip(p), i18n.get("queue.nobody_joins"), i18n));
        Label tuple = Chips.muted(i18n.get("queue.tuple_note"));
        tuple.setId("tuple-note");
        tuple.getStyleClass().add("small-note");
        VBox tasks = Chips.box(i18n.get("queue.tasks"), taskCards, tuple, unfinished, Chips.muted(i18n.get("queue.join")), joiners);
        tasks.setId("task-queue");
        tasks.setPrefWidth(360);
        tasks.setMinWidth(280);

        VBox consumers = new VBox(compact ? 2 : 8);
        consumers.setId("consumers");
        watch.add(Chips.follow(consumers, model.consumers(), this::consumer, i18n.get("queue.no_consumers"), i18n));
        VBox consumerBox = Chips.box(i18n.get("queue.consumers"), consumers);
        HBox.setHgrow(consumerBox, Priority.ALWAYS);

        FlowPane resultCards = Chips.flow();
        resultCards.setId("result-cards");
        watch.add(Chips.follow(resultCards, model.results(), c -> Chips.card(c, i18n), i18n.get("queue.empty"), i18n));
        VBox results = Chips.box(i18n.get("queue.results"), resultCards);
        results.setId("result-queue");
        results.setPrefWidth(320);
        results.setMinWidth(240);

        if (compact) {
            // a narrow room: the same flow from top to bottom, task queue, consumers, result
            // queue, each across the whole width, so that the arrows still say what feeds what
            for (VBox box : List.of(tasks, consumerBox, results)) {
                box.setPrefWidth(-1);
                box.setMinWidth(0);
                box.setMaxWidth(Double.MAX_VALUE);
            }
            VBox column = new VBox(2, tasks, down(), consumerBox, down(), results);
            HBox.setHgrow(column, Priority.ALWAYS);
            root.getChildren().setAll(column);
        } else {
            root.getChildren().setAll(tasks, arrow(), consumerBox, arrow(), results);
        }
    }

    /** The flow's arrow between two boxes stacked in a narrow room. */
    private static Node down() {
        Label a = new Label("\u2193");
        a.getStyleClass().add("flow-arrow");
        a.setMaxWidth(Double.MAX_VALUE);
        a.setAlignment(Pos.CENTER);
        return a;
    }

    private static Node arrow() {
        Label a = new Label("\u2192");
        a.getStyleClass().add("flow-arrow");
        a.setMaxHeight(Double.MAX_VALUE);
        return a;
    }

    private Node consumer(QueueLessonViewModel.Consumer c) {
        Label state = Chips.state(c.state(), i18n.get("state." + c.state()));
        Node holding = c.holding() == null ? Chips.note(i18n.get("queue.holds_nothing")) : Chips.card(c.holding(), i18n);
        Label done = Chips.note(i18n.get("queue.done_count", c.done()));
        HBox row = new HBox(10, Chips.chip(c.chip()), state, holding, done);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("consumer-row");
        return row;
    }
}
