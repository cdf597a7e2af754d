package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live panel of Pipe: for each pipe, its two ends and the messages between them. */
public final class PipeLessonView extends LessonPanel<PipeLessonViewModel, VBox> {
    /** Compact (presenter mode): the pipes side by side, this many in a row. */
    static final int COMPACT_COLUMNS = 2;
    /** Compact: the narrowest a message's card gets (it wraps). */
    static final double COMPACT_CARD_MIN = 120;

    public PipeLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new PipeLessonViewModel(), new VBox(12));
        model.pipes().addListener((ListChangeListener<PipeLessonViewModel.Pipe>) c -> build());
        build();
    }

    @Override
    protected void build() {
        root.getChildren().clear();
        if (model.pipes().isEmpty()) {
            root.getChildren().add(Chips.muted(i18n.get("pipe.none")));
            return;
        }
        int n = 1;
        if (compact) {
            // a narrow room with large text: the pipes stand side by side, each as a column
            // (one end over the other, the messages in transit between them)
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setId("pipe-columns");
            for (int i = 0; i < COMPACT_COLUMNS; i++) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(100.0 / COMPACT_COLUMNS);
                grid.getColumnConstraints().add(c);
            }
            grid.setVgap(10);
            for (PipeLessonViewModel.Pipe p : model.pipes()) {
                Node column = column(p, n);
                grid.add(column, (n - 1) % COMPACT_COLUMNS, (n - 1) / COMPACT_COLUMNS);
                GridPane.setValignment(column, VPos.TOP);
                n++;
            }
            root.getChildren().add(grid);
            return;
        }
        for (PipeLessonViewModel.Pipe p : model.pipes()) {
            root.getChildren().add(pipe(p, n++));
        }
    }

    /** A pipe as a column: end a, what is in transit (down towards b, up towards a), end b. */
    private Node column(PipeLessonViewModel.Pipe p, int n) {
        VBox middle = new VBox(4);
        middle.getStyleClass().addAll("pipe-middle", "pipe-middle-compact");
        java.util.List<Node> arrows = new java.util.ArrayList<>();
        for (CardRow c : p.towardB()) {
            arrows.add(arrow(c, "\u2193"));
        }
        for (CardRow c : p.towardA()) {
            arrows.add(arrow(c, "\u2191"));
        }
        if (!arrows.isEmpty()) {
            // the same label as an empty pipe's, so that every pipe says what its arrows are; the
            // first message beside it (under it, the column stood a line lower: Pipe 2's end b
            // under the edge of a 1280x720 window's panel)
            Label inFlight = Chips.note(i18n.get("pipe.in_flight") + ":");
            Node first = arrows.remove(0);
            HBox.setHgrow(first, Priority.ALWAYS);
            HBox line = new HBox(8, inFlight, first);
            line.setAlignment(Pos.CENTER_LEFT);
            middle.getChildren().add(line);
            middle.getChildren().addAll(arrows);
        } else {
            middle.getChildren().add(Chips.muted(i18n.get("pipe.in_flight") + ": " + i18n.get("pipe.empty")));
        }
        VBox box = Chips.box(i18n.get("pipe.title", n), end(p.a()), middle, end(p.b()));
        box.setSpacing(6);
        box.setId("pipe-" + p.id());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Node pipe(PipeLessonViewModel.Pipe p, int n) {
        VBox middle = new VBox(6);
        middle.setAlignment(Pos.CENTER);
        middle.getStyleClass().add("pipe-middle");
        middle.getChildren().add(Chips.muted(i18n.get("pipe.in_flight")));
        for (CardRow c : p.towardB()) {
            middle.getChildren().add(arrow(c, true));
        }
        for (CardRow c : p.towardA()) {
            middle.getChildren().add(arrow(c, false));
        }
        if (p.towardA().isEmpty() && p.towardB().isEmpty()) {
            middle.getChildren().add(Chips.muted(i18n.get("pipe.empty")));
        }
        middle.setMinWidth(px(200));
        middle.setPrefWidth(px(300));
        Node a = end(p.a());
        Node b = end(p.b());
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        HBox row = new HBox(12, a, middle, b);
        row.getStyleClass().add("pipe-row");
        row.setId("pipe-" + p.id());
        return Chips.box(i18n.get("pipe.title", n), row);
    }

    private Node arrow(CardRow c, boolean right) {
        // a long message wraps inside the pipe's middle instead of spilling out of its box
        Label card = fitting(Chips.card(c, i18n));
        card.setMaxWidth(IN_FLIGHT_MAX);
        card.getStyleClass().add("in-flight");
        Label a = new Label(right ? "\u2192" : "\u2190");
        a.getStyleClass().add("arrow");
        HBox h = right ? new HBox(8, card, a) : new HBox(8, a, card);
        h.setAlignment(Pos.CENTER);
        return h;
    }

    /** The widest a card in transit is in the wide layout (the middle is 300 px). */
    static final double IN_FLIGHT_MAX = 250;

    /** A card that wraps to the width it is given, down to {@link #COMPACT_CARD_MIN}. */
    private static Label fitting(Label card) {
        card.setWrapText(true);
        card.setMinWidth(COMPACT_CARD_MIN);
        card.setMinHeight(Region.USE_PREF_SIZE);
        return card;
    }

    /** A card in transit with its direction before it (compact: down or up). */
    private Node arrow(CardRow c, String direction) {
        Label card = fitting(Chips.card(c, i18n));
        card.getStyleClass().add("in-flight");
        Label a = new Label(direction);
        a.getStyleClass().add("arrow");
        HBox h = new HBox(8, a, card);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Node end(PipeLessonViewModel.End e) {
        Label title = new Label(compact ? e.id() : i18n.get("pipe.end", e.id()));
        title.getStyleClass().add("box-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane head = Chips.flow();
        head.getChildren().addAll(title, e.user() == null ? Chips.muted(i18n.get("pipe.unused")) : Chips.chip(e.user()));
        if (!e.waiting().isEmpty()) {
            head.getChildren().add(Chips.state("waiting", i18n.get("pipe.waiting")));
        }
        if (e.closed()) {
            head.getChildren().add(Chips.state("exited", i18n.get("pipe.closed")));
        }
        FlowPane received = Chips.flow();
        received.getChildren().add(Chips.muted(i18n.get("pipe.received")));
        if (e.received().isEmpty()) {
            received.getChildren().add(Chips.muted("\u2014"));
        }
        for (CardRow c : e.received()) {
            received.getChildren().add(Chips.card(c, i18n));
        }
        VBox v;
        if (compact) {
            // who holds the end, its state and "received" in one wrapping flow, the cards under
            // it as wide as the column (a long one wraps rather than widening the panel)
            VBox cards = new VBox(4);
            for (Node n : List.copyOf(received.getChildren())) {
                if (n.getStyleClass().contains("card")) {
                    cards.getChildren().add(fitting((Label) n));
                } else {
                    head.getChildren().add(n);
                }
            }
            v = cards.getChildren().isEmpty() ? new VBox(head) : new VBox(4, head, cards);
        } else {
            v = new VBox(8, head, received);
        }
        v.getStyleClass().add("pipe-end");
        v.setId("end-" + e.id().replace('.', '-'));
        if (!compact) {
            v.setMinWidth(px(250));
            v.setPrefWidth(px(420));
        }
        return v;
    }
}
