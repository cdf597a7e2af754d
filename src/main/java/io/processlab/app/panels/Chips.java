package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The panels' building blocks: process chips, cards, titled boxes, lists that follow a model. */
final class Chips {
    /** Cards shown per list at most; the rest is counted. */
    static final int MAX_CARDS = 60;
    /** A card with more characters than this wraps at {@link #LONG_CARD_WIDTH}. */
    static final int LONG_CARD = 40;
    static final double LONG_CARD_WIDTH = 420;

    private Chips() {
    }

    /** A process as a coloured chip with its name and PID. */
    static Label chip(ProcChip p) {
        Label l = new Label(p.text());
        l.getStyleClass().addAll("chip", "proc-" + p.colour());
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A chip with a note after it: "Consumer-1 · 4242" + "(timed out)". */
    static Label chip(ProcChip p, String note) {
        Label l = chip(p);
        if (note != null && !note.isEmpty()) {
            l.setText(p.text() + "  " + note);
        }
        return l;
    }

    /** A card for a queue item or a message; a poison pill says so. */
    static Label card(CardRow c, I18n i18n) {
        Label l = new Label(c.poison() ? i18n.get("queue.poison") : c.text());
        l.getStyleClass().addAll("card", "from-" + c.colour());
        if (c.poison()) {
            l.getStyleClass().add("poison");
        }
        if (l.getText().length() > LONG_CARD) {
            l.setWrapText(true);
            l.setPrefWidth(LONG_CARD_WIDTH);
        } else {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        return l;
    }

    /** A state badge: "waiting", "ended"...; {@code state} picks its colour. */
    static Label state(String state, String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("state", "state-" + state);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A sentence that wraps at the width it is given and asks for little of its own: its one-line
     * width would make a card's wide layout seem too wide for the panel (and the page go compact).
     */
    static <L extends Label> L prose(L l) {
        l.setWrapText(true);
        l.setPrefWidth(PROSE_WIDTH);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The width a {@link #prose} sentence asks for. */
    static final double PROSE_WIDTH = 240;

    /** A short muted note that never wraps ("2 done"). */
    static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        l.setMinWidth(Region.USE_PREF_SIZE); // a column's heading is never cut to "..."
        return l;
    }

    /**
     * A muted sentence that takes room in its card only while it says something (its text not
     * empty): a note that a run's moment calls for, such as why a pool worker took nothing.
     */
    static Label whenSaid() {
        Label l = prose(muted(""));
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /**
     * The same, {@code badge} beside the title (under it where the box is too narrow for both:
     * neither is broken or cut).
     */
    static VBox box(String title, Label badge, List<Node> content) {
        Label t = title(title);
        t.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane head = new FlowPane(10, 6, t, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        return box(head, content);
    }

    /** A white box with a small title, for one object of the lesson. */
    static VBox box(String title, Node... content) {
        return box(title(title), List.of(content));
    }

    /** A box's title. */
    private static Label title(String title) {
        Label t = new Label(title);
        t.getStyleClass().add("box-title");
        t.setWrapText(true);
        return t;
    }

    /** A box: {@code head} on top, {@code content} under it. */
    private static VBox box(Node head, List<Node> content) {
        VBox b = new VBox(8, head);
        b.getChildren().addAll(content);
        b.getStyleClass().add("object-box");
        return b;
    }

    /** A wrapping row of nodes. */
    static FlowPane flow() {
        FlowPane f = new FlowPane(8, 8);
        f.setAlignment(Pos.CENTER_LEFT);
        return f;
    }

    /**
     * Keeps {@code pane}'s children equal to {@code items} drawn by {@code draw} (at most
     * {@link #MAX_CARDS}, then a "+N more"), or {@code empty} when there are none.
     *
     * @return what takes the listener off again
     */
    static <T> Subscription follow(Pane pane, ObservableList<T> items, Function<T, Node> draw, String empty, I18n i18n) {
        return follow(pane, null, items, draw, empty, i18n);
    }

    /** The same, {@code lead} (a title in the same row) first when not null. */
    static <T> Subscription follow(Pane pane, Node lead, ObservableList<T> items, Function<T, Node> draw,
                                   String empty, I18n i18n) {
        Runnable redraw = () -> {
            pane.getChildren().clear();
            if (lead != null) {
                pane.getChildren().add(lead);
            }
            if (items.isEmpty()) {
                if (empty != null) {
                    pane.getChildren().add(muted(empty));
                }
                return;
            }
            List<T> shown = items.size() > MAX_CARDS ? items.subList(0, MAX_CARDS) : items;
            for (T t : shown) {
                pane.getChildren().add(draw.apply(t));
            }
            if (items.size() > MAX_CARDS) {
                pane.getChildren().add(muted(i18n.get("panel.more", items.size() - MAX_CARDS)));
            }
        };
        ListChangeListener<T> listener = c -> redraw.run();
        items.addListener(listener);
        redraw.run();
        return () -> items.removeListener(listener);
    }
}
