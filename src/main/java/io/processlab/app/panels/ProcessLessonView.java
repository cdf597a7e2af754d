package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live panel of Process + Lock. */
public final class ProcessLessonView extends LessonPanel<ProcessLessonViewModel, HBox> {
    /** The lock's card's width in the wide layout. */
    static final double LOCK_WIDTH = 240;

    public ProcessLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new ProcessLessonViewModel(), new HBox(SPACING));
        build();
    }

    @Override
    public boolean hasLowLayout() {
        return true;
    }

    @Override
    protected void build() {
        Label lockIcon = new Label();
        lockIcon.getStyleClass().add("lock-icon");
        Label holderTitle = Chips.note(i18n.get("lock.holder"));
        // "held by", its chip (or "nobody · last:" and a chip) in one flow: a chip that would
        // pass the card's edge goes to the next line, whole
        FlowPane held = Chips.flow();
        held.setId("lock-holder");
        // who held it last, while nobody does: a row of its own under "nobody" in the card ("last:"),
        // after it on the presenter's one line ("nobody · last:")
        FlowPane lastRow = Chips.flow();
        lastRow.setId("lock-last");
        lastRow.managedProperty().bind(lastRow.visibleProperty());
        Runnable drawHolder = () -> {
            ProcChip h = model.holderProperty().get();
            held.getChildren().setAll(holderTitle, h == null ? free() : Chips.chip(h));
            lastRow.getChildren().clear();
            if (h == null && !model.order().isEmpty()) {
                ProcChip last = model.order().get(model.order().size() - 1);
                lastRow.getChildren().addAll(Chips.note(i18n.get(compact ? "lock.last" : "lock.last_below")), Chips.chip(last));
            }
            lastRow.setVisible(!lastRow.getChildren().isEmpty());
            lockIcon.setText(h == null ? i18n.get("lock.free_icon") : i18n.get("lock.held_icon"));
            lockIcon.getStyleClass().removeAll("held", "free");
            lockIcon.getStyleClass().add(h == null ? "free" : "held");
        };
        watch.value(model.holderProperty(), drawHolder);
        watch.list(model.order(), drawHolder);
        drawHolder.run();

        FlowPane flow = Chips.flow();
        // (a short window's narrow card: one waiter a line, and "nobody waits in acquire()" wraps
        // in the card's width, where a flow gave it its one line past the card's edge)
        javafx.scene.layout.Pane waiting = low() ? new VBox(4) : flow;
        waiting.setId("lock-waiters");
        waiting.getStyleClass().add("small-chips");
        watch.add(Chips.follow(waiting, model.waiters(), this::numbered, i18n.get("lock.nobody_waits"), i18n));

        // step mode holds each acquire() before it begins: the card says how many, so that its
        // "nobody waits in acquire()" does not contradict the Scheduler's list of them
        Label heldNote = Chips.whenSaid();
        heldNote.setId("lock-held-before");
        Runnable drawHeld = () -> heldText(heldNote, model.heldBeforeProperty().get(), i18n);
        watch.value(model.heldBeforeProperty(), drawHeld);
        drawHeld.run();
        VBox lockBox;
        if (low()) {
            // a short window: the lock's state beside the card's title, not on a row of its own
            lockIcon.getStyleClass().add("inline");
            lockBox = Chips.box(i18n.get("lock.title"), lockIcon, java.util.List.of(held, lastRow,
                    Chips.muted(i18n.get("lock.waiters")), waiting, heldNote));
        } else if (compact) {
            // presenter mode: the lock's state and who holds it on one line, who waits on the next
            // (the card of a word over a tag over a word left the list of processes three of its rows)
            Label waitersTitle = Chips.muted(i18n.get("lock.waiters"));
            waitersTitle.setMinWidth(Region.USE_PREF_SIZE);
            // the word and its tags on a row of their own, the tags wrapping in what the word
            // leaves them: at the end of the lock's line the word alone stayed beside "held by"
            // and its tags went under the lock (en-1920x1080-presenter-process); nested in that
            // line, the pair asked for its one-row width and passed a 1280x720 panel's edge
            HBox.setHgrow(waiting, Priority.ALWAYS);
            flow.setPrefWrapLength(COMPACT_WAITERS);
            HBox waiters = new HBox(8, waitersTitle, waiting);
            waiters.setAlignment(Pos.CENTER_LEFT);
            FlowPane line = new FlowPane(14, 6, lockIcon, held, lastRow);
            line.setAlignment(Pos.CENTER_LEFT);
            lockBox = Chips.box(i18n.get("lock.title"), line, waiters, heldNote);
            lockBox.setMaxWidth(Double.MAX_VALUE);
        } else {
            lockBox = Chips.box(i18n.get("lock.title"), lockIcon, held, lastRow,
                    Chips.muted(i18n.get("lock.waiters")), waiting, heldNote);
            lockBox.setMinWidth(px(230));
            lockBox.setPrefWidth(px(LOCK_WIDTH));
        }
        lockBox.setId("lock-box");

        FlowPane order = Chips.flow();
        // a short window: the order's words at the head of its row of chips (a line lower)
        Label orderTitle = low() ? Chips.note(i18n.get("lock.order") + ":") : null;
        watch.add(Chips.follow(order, orderTitle, model.order(), Chips::chip, i18n.get("lock.nobody_yet"), i18n));

        GridPane table = new GridPane();
        table.setHgap(14);
        table.setVgap(3);
        table.setId("process-table");
        watch.list(model.rows(), () -> drawRows(table));
        drawRows(table);

        order.getStyleClass().add("small-chips");
        if (low()) {
            // a short window: the processes in two columns without their printed lines (the console
            // has them, and each lane marks them), the order under them in the same card: the
            // wide layout's seven rows and its strip under them asked 381 px of a 1280x720 window's 217
            VBox processes = Chips.box(i18n.get("panel.processes"), table, order);
            processes.setId("lock-order");
            HBox.setHgrow(processes, Priority.ALWAYS);
            processes.setMaxWidth(Double.MAX_VALUE);
            // a little tighter than the wide layout: the lock's card and two columns of chips stand
            // in a 1280x720 window's panel (970 px)
            lockBox.setMinWidth(px(LOW_LOCK_MIN));
            lockBox.setPrefWidth(px(LOW_LOCK_WIDTH));
            table.setHgap(LOW_HGAP);
            root.setSpacing(LOW_HGAP);
            // their lines a little closer too: at 1280x720 the cards stood 10 px under the edge
            lockBox.setSpacing(LOW_VGAP);
            processes.setSpacing(LOW_VGAP);
            table.setVgap(2);
            root.getChildren().setAll(lockBox, processes);
            return;
        }
        root.setSpacing(SPACING);
        VBox orderBox = Chips.box(i18n.get("lock.order"), order);
        orderBox.setId("lock-order");
        VBox processes = Chips.box(i18n.get("panel.processes"), table);
        processes.setMaxWidth(Double.MAX_VALUE);
        if (compact) {
            // a narrow room with large text: the lock's line on top, the list of processes under
            // it across the whole width (its lines wrap there), the order last
            VBox column = new VBox(10, lockBox, processes, orderBox);
            HBox.setHgrow(column, Priority.ALWAYS);
            root.getChildren().setAll(column);
        } else {
            // the lock beside the list of processes, the order in which the lock was taken in a
            // strip under both: the list's seven rows stand in the default window's panel (the
            // order's card beside them, or above them, left it three of seven); its printed lines
            // wrap at PRINTED_PREF when the panel is narrower than their one-line width
            HBox.setHgrow(processes, Priority.ALWAYS);
            HBox top = new HBox(16, lockBox, processes);
            VBox column = new VBox(10, top, orderBox);
            HBox.setHgrow(column, Priority.ALWAYS);
            root.getChildren().setAll(column);
        }
    }

    /** Presenter mode: the width the lock's waiters ask for beside their word (they take the row's width). */
    static final double COMPACT_WAITERS = 200;

    /** The least width of a process's last printed line (it wraps below its full width). */
    static final double PRINTED_MIN = 90;
    /**
     * The width a process's last printed line asks for: a longer one wraps, unless the panel
     * gives its column more (the column grows with the panel).
     */
    static final double PRINTED_PREF = 270;
    /** A printed line this long or shorter is never wrapped. */
    static final int PRINTED_WHOLE = 24;

    /** "+ 5 held by the scheduler before acquire()" on a {@link Chips#whenSaid} note, said only while step mode holds some. */
    static void heldText(Label note, int n, I18n i18n) {
        note.setText(n > 0 ? i18n.get("lock.held_before", n) : "");
    }

    private Label free() {
        Label l = new Label(i18n.get(model.order().isEmpty() ? "lock.free" : "lock.free_now"));
        l.getStyleClass().add("free-text");
        return l;
    }

    private Node numbered(ProcChip p) {
        int n = model.waiters().indexOf(p) + 1;
        return Chips.chip(p, "#" + n);
    }

    private void drawRows(GridPane table) {
        drawRows(table, model.rows(), i18n, low());
    }

    /** The gap between the two columns of processes of the low layout. */
    static final double LOW_GAP = 12;
    /** The low layout's gaps between a chip and its state, and between the two cards. */
    static final double LOW_HGAP = 10;
    /** The low layout's gap between a card's lines. */
    static final double LOW_VGAP = 5;
    /** The low layout's lock card: the least and the asked width (its widest line is the holder's chip). */
    static final double LOW_LOCK_MIN = 190;
    static final double LOW_LOCK_WIDTH = 200;
    /** The gap between the cards of the other layouts. */
    static final double SPACING = 16;

    /**
     * A row per process: its chip, its state, the last line it printed; {@code low} (a short
     * window): its chip and its state, in two columns of rows past four processes.
     */
    static void drawRows(GridPane table, java.util.List<ProcessLessonViewModel.Row> rows, I18n i18n, boolean low) {
        table.getChildren().clear();
        if (low) {
            int per = rows.size() > 4 ? (rows.size() + 1) / 2 : Math.max(1, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                ProcessLessonViewModel.Row row = rows.get(i);
                int col = i / per * 3;
                table.add(Chips.chip(row.chip()), col, i % per);
                table.add(Chips.state(row.state(), i18n.get("state." + row.state())), col + 1, i % per);
            }
            if (table.getColumnConstraints().isEmpty()) {
                javafx.scene.layout.ColumnConstraints gap = new javafx.scene.layout.ColumnConstraints(LOW_GAP);
                table.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(),
                        new javafx.scene.layout.ColumnConstraints(), gap);
            }
            return;
        }
        int r = 0;
        for (ProcessLessonViewModel.Row row : rows) {
            Label state = Chips.state(row.state(), i18n.get("state." + row.state()));
            Label printed = new Label(row.printed());
            printed.getStyleClass().add("printed");
            // a long line wraps in a narrow panel: never cut; a short one ("worker-1 wants lock
            // B") stays whole, the cards beside it giving way ("wants lock / B" read as two notes)
            printed.setWrapText(true);
            boolean whole = row.printed().length() <= PRINTED_WHOLE;
            printed.setMinWidth(whole ? Region.USE_PREF_SIZE : PRINTED_MIN);
            printed.setPrefWidth(whole ? Region.USE_COMPUTED_SIZE : PRINTED_PREF);
            printed.setMaxWidth(Double.MAX_VALUE);
            printed.setMinHeight(Region.USE_PREF_SIZE);
            table.addRow(r++, Chips.chip(row.chip()), state, printed);
        }
        if (table.getColumnConstraints().isEmpty()) {
            javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
            grow.setHgrow(Priority.ALWAYS);
            table.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(),
                    new javafx.scene.layout.ColumnConstraints(), grow);
        }
    }
}
