package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live panel of Queue: tasks -> consumers -> results, as cards. */
public final class QueueLessonView extends LessonPanel<QueueLessonViewModel, HBox> {
    /** Compact: the queues' widths (they shrink and wrap when the room is short). */
    private static final double TASKS_COMPACT = 240;
    private static final double RESULTS_COMPACT = 170;
    private static final double RESULTS_EMPTY = 130;
    /** Compact: how much wider than its width the task queue may grow in a wide room. */
    private static final double TASKS_GROW = 1.7;

    public QueueLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new QueueLessonViewModel(), new HBox(14));
        root.getStyleClass().add("queue-panel");
        build();
    }

    @Override
    protected void build() {
        FlowPane taskCards = Chips.flow();
        taskCards.setId("task-cards");
        watch.add(Chips.follow(taskCards, model.taskGroups(), this::card, i18n.get("queue.empty"), i18n));
        Label unfinished = new Label();
        unfinished.setId("unfinished");
        unfinished.getStyleClass().add("counter");
        unfinished.textProperty().bind(i18n.text("queue.unfinished_label").concat(" ").concat(model.unfinishedProperty().asString()));
        // 10 beside "Tasks 5": the count takes in the poison pills too, which the tip says
        Tooltip unfinishedTip = new Tooltip();
        unfinishedTip.textProperty().bind(i18n.text("queue.unfinished_tip"));
        unfinished.setTooltip(unfinishedTip);
        // compact: who joins stands on the count's line, after "in join():"
        Pane joiners = compact ? new HBox(6) : Chips.flow();
        joiners.setId("joiners");
        watch.add(Chips.follow(joiners, model.joiners(), this::chip, i18n.get("queue.nobody_joins"), i18n));
        Label join = Chips.muted(i18n.get(compact ? "queue.join_short" : "queue.join"));
        VBox tasks;
        if (compact) {
            // a presenter's room: the note on the tuple behind a help mark at the title (the
            // whole of it on hover), the count and who waits in join() on one wrapping line
            Label help = new Label("?");
            help.setId("tuple-note");
            help.getStyleClass().add("help-mark");
            help.setAccessibleText(i18n.get("queue.tuple_note"));
            Tooltip tip = new Tooltip(i18n.get("queue.tuple_note"));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            help.setTooltip(tip);
            FlowPane waiting = Chips.flow();
            waiting.getStyleClass().add("queue-join-line");
            waiting.setHgap(6);
            waiting.setVgap(4);
            join.setWrapText(false);
            join.setMinWidth(Region.USE_PREF_SIZE);
            HBox joining = new HBox(6, join, joiners);
            joining.setAlignment(Pos.CENTER_LEFT);
            waiting.getChildren().addAll(unfinished, joining);
            tasks = Chips.box(i18n.get("queue.tasks"), taskCards, waiting);
            Label title = (Label) tasks.getChildren().get(0);
            title.setGraphic(help);
            title.setContentDisplay(ContentDisplay.RIGHT);
        } else {
            Label tuple = Chips.muted(i18n.get("queue.tuple_note"));
            tuple.setId("tuple-note");
            tuple.getStyleClass().add("small-note");
            tasks = Chips.box(i18n.get("queue.tasks"), taskCards, tuple, unfinished, join, joiners);
        }
        tasks.setId("task-queue");

        VBox consumers = new VBox(compact ? 2 : 8);
        consumers.setId("consumers");
        watch.add(Chips.follow(consumers, model.consumers(), this::consumer, i18n.get("queue.no_consumers"), i18n));
        VBox consumerBox = Chips.box(i18n.get("queue.consumers"), consumers);
        consumerBox.setId("consumer-box");
        if (compact) {
            // the slim rows end in "✓ 3": the title says, above that column, what it counts
            Label title = (Label) consumerBox.getChildren().get(0);
            Label head = Chips.note(i18n.get("queue.done_head"));
            head.setId("done-head");
            head.getStyleClass().addAll("small-note", "done-head");
            head.setTooltip(new Tooltip(i18n.get("queue.done_head_tip")));
            title.setGraphic(head);
            title.setContentDisplay(ContentDisplay.RIGHT);
            title.setGraphicTextGap(8);
        }
        HBox.setHgrow(consumerBox, Priority.ALWAYS);

        FlowPane resultCards = Chips.flow();
        resultCards.setId("result-cards");
        watch.add(Chips.follow(resultCards, model.resultGroups(), this::card, i18n.get("queue.empty"), i18n));
        VBox results = Chips.box(i18n.get("queue.results"), resultCards);
        results.setId("result-queue");

        if (compact) {
            // a narrow room with large text: still side by side (tasks feed the consumers, who
            // feed the results), the queues narrow and wrapping, the consumers' rows slim, so
            // that the three stand whole in the panel's height at the busiest moment
            root.setSpacing(2);
            for (VBox box : List.of(tasks, consumerBox, results)) {
                box.setSpacing(4);
            }
            for (FlowPane f : List.of(taskCards, resultCards)) {
                f.setHgap(6);
                f.setVgap(6);
            }
            tasks.setPrefWidth(TASKS_COMPACT);
            tasks.setMinWidth(TASKS_COMPACT * 0.85);
            // a wider room (presenter mode on a large screen, its text larger) widens the task
            // queue while the result queue is empty: an empty result queue half the panel wide
            // squeezed the tasks onto many rows
            tasks.setMaxWidth(TASKS_COMPACT * TASKS_GROW);
            // an empty result queue (the busiest moments of the task queue) lends it some width
            Runnable width = () -> {
                boolean empty = model.resultGroups().isEmpty();
                results.setPrefWidth(empty ? RESULTS_EMPTY : RESULTS_COMPACT);
                HBox.setHgrow(tasks, empty ? Priority.ALWAYS : Priority.NEVER);
            };
            javafx.collections.ListChangeListener<CardGroup> resize = c -> width.run();
            model.resultGroups().addListener(resize);
            watch.add(() -> model.resultGroups().removeListener(resize));
            width.run();
            results.setMinWidth(RESULTS_EMPTY);
            HBox.setHgrow(consumerBox, Priority.NEVER);
            consumerBox.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(results, Priority.ALWAYS);
        } else {
            root.setSpacing(14);
            tasks.setPrefWidth(px(360));
            tasks.setMinWidth(px(280));
            results.setPrefWidth(px(320));
            results.setMinWidth(px(240));
        }
        root.getChildren().setAll(tasks, arrow(), consumerBox, arrow(), results);
    }

    /** A card of a queue; a run of identical pills as one card with its count. */
    private Node card(CardGroup g) {
        Label l = Chips.card(g.card(), i18n);
        if (g.card().poison() && compact) {
            l.setText(i18n.get("queue.poison_short"));
        }
        if (g.count() > 1) {
            Label badge = new Label(i18n.get("queue.pill_count", g.count()));
            badge.getStyleClass().add("count-badge");
            l.setGraphic(badge);
            l.setContentDisplay(ContentDisplay.RIGHT);
            l.setTooltip(new Tooltip(i18n.get("queue.pill_group", g.count())));
        }
        return l;
    }

    private static Node arrow() {
        Label a = new Label("\u2192");
        a.getStyleClass().add("flow-arrow");
        a.setMaxHeight(Double.MAX_VALUE);
        return a;
    }

    /** A process's chip; compact, its name alone (the PID on hover, and in the timeline beside). */
    private Label chip(ProcChip p) {
        Label chip = Chips.chip(p);
        if (compact) {
            chip.setText(p.name());
            chip.setTooltip(new Tooltip(p.text()));
        }
        return chip;
    }

    private Node consumer(QueueLessonViewModel.Consumer c) {
        Label state = Chips.state(c.state(), i18n.get("state." + c.state()));
        HBox row;
        if (compact) {
            // slim: the name (its PID on hover; the timeline beside shows it), the task it holds
            // or else its state, and how many it finished
            Label chip = chip(c.chip());
            // "✓ 3" alone does not say what it counts: its tooltip says it in words
            Label done = Chips.note(i18n.get("queue.done_short", c.done()));
            done.setTooltip(new Tooltip(i18n.get("queue.done_tip", c.done())));
            row = new HBox(6, chip, c.holding() == null ? state : Chips.card(c.holding(), i18n), done);
        } else {
            Node holding = c.holding() == null ? Chips.note(i18n.get("queue.holds_nothing")) : Chips.card(c.holding(), i18n);
            Label done = Chips.note(i18n.get("queue.done_count", c.done()));
            row = new HBox(10, Chips.chip(c.chip()), state, holding, done);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("consumer-row");
        return row;
    }
}
