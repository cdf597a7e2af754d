package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The live panel of Deadlock: the two locks with holder and waiters, and once the broker finds
 * a cycle, the cycle in red: worker-1 waits for B held by worker-2, who waits for A held by worker-1.
 */
public final class DeadlockLessonView extends LessonPanel<DeadlockLessonViewModel, VBox> {
    public DeadlockLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new DeadlockLessonViewModel(), new VBox(12));
        build();
    }

    /** A short window: the width the cycle's card asks for (it takes the panel's). */
    static final double LOW_CYCLE = 600;

    /** A short window: the width a lock's title row asks for (its name, its state, who holds it). */
    static final double LOW_HEAD = 460;

    /** The widest a lock's card grows beside the processes' card (which takes what is left). */
    static final double LOCK_MOST = 420;

    @Override
    public boolean hasLowLayout() {
        return true;
    }

    @Override
    protected void build() {
        // spacing and the table's gaps a little tighter than elsewhere: at 1440x900 in Portuguese
        // the two locks and the processes' notes stand in one row, each lock's badge beside its name
        HBox locks = new HBox(10);
        locks.setId("deadlock-locks");

        VBox cycle = new VBox(10);
        cycle.setId("deadlock-cycle");

        GridPane table = new GridPane();
        table.setHgap(10);
        table.setVgap(6);
        table.setId("deadlock-processes");
        watch.list(model.rows(), () -> drawRows(table));
        drawRows(table);
        VBox processes = Chips.box(i18n.get("panel.processes"), table);
        processes.setId("deadlock-processes-box");
        Runnable lockCards = () -> {
            drawLocks(locks);
            placeProcesses(locks, processes);
        };
        watch.list(model.locks(), lockCards);
        drawLocks(locks);
        // once there is a deadlock, the cycle comes first: it is what the lesson is about
        Runnable draw = () -> {
            drawCycle(cycle);
            boolean found = model.cycleProperty().get() != null;
            // (a short window keeps the processes' card out once the cycle is shown: see placeProcesses;
            // its cycle asks for less than its one line, which it shows where that fits: on one line
            // the cycle asked for more than a 1280x720 window's panel, which then took presenter
            // mode's layout)
            cycle.setPrefWidth(low() ? px(LOW_CYCLE) : Region.USE_COMPUTED_SIZE);
            root.getChildren().setAll(found ? cycle : locks, found ? locks : cycle);
            placeProcesses(locks, processes);
        };
        watch.value(model.cycleProperty(), draw);
        watch.value(model.noCycleProperty(), draw);
        // a wide panel has the list of processes as a third card beside the two locks (under them it
        // left the normal window's panel 357 of its 528 px at 1440x900); a narrow one, under them
        whenWideChanges(() -> placeProcesses(locks, processes));
        draw.run();
    }

    /**
     * Puts the processes' card beside the locks in a wide panel ({@link #wide}), else under them; in a
     * short window ({@link #low}) not at all once the cycle is shown (it names the processes, and
     * their lanes say what each does).
     */
    private void placeProcesses(HBox locks, VBox processes) {
        boolean beside = wide() && !model.locks().isEmpty();
        boolean was = processes.getParent() == locks;
        locks.getChildren().remove(processes);
        root.getChildren().remove(processes);
        if (low() && model.cycleProperty().get() != null) {
            if (was) {
                rearranged();
            }
            return;
        }
        // beside the locks, as wide as its table needs (its short notes whole), the locks taking
        // the rest up to their most ("wants lock / B" wrapped in a third of the row); under them,
        // as wide as its table asks
        HBox.setHgrow(processes, beside ? Priority.SOMETIMES : Priority.ALWAYS);
        processes.setPrefWidth(beside ? 10 : Region.USE_COMPUTED_SIZE);
        if (beside) {
            locks.getChildren().add(processes);
        } else {
            root.getChildren().add(processes);
        }
        if (beside != was) {
            rearranged();
        }
    }

    private void drawLocks(HBox box) {
        box.getChildren().clear();
        if (model.locks().isEmpty()) {
            box.getChildren().add(Chips.muted(i18n.get("deadlock.no_locks")));
            return;
        }
        for (DeadlockLessonViewModel.LockRow l : model.locks()) {
            Label icon = new Label(i18n.get(l.holder() == null ? "lock.free_icon" : "lock.held_icon"));
            icon.getStyleClass().addAll("lock-icon", l.holder() == null ? "free" : "held");
            // "held by" never broken in two: the chip goes under it where both do not fit
            Label heldBy = Chips.muted(i18n.get("lock.holder"));
            heldBy.setMinWidth(Region.USE_PREF_SIZE);
            Label who = l.holder() == null ? Chips.muted(i18n.get("lock.free_now")) : Chips.chip(l.holder());
            Pane holder;
            if (low()) {
                // (on the title's row: the words and the chip go under the title together, whole)
                who.setMinWidth(Region.USE_PREF_SIZE);
                HBox h = new HBox(6, heldBy, who);
                h.setAlignment(Pos.CENTER_LEFT);
                holder = h;
            } else {
                FlowPane f = new FlowPane(6, 4, heldBy, who);
                f.setAlignment(Pos.CENTER_LEFT);
                holder = f;
            }
            FlowPane waiters = Chips.flow();
            waiters.getChildren().add(Chips.muted(i18n.get("lock.waiters")));
            if (l.waiters().isEmpty()) {
                waiters.getChildren().add(Chips.muted(i18n.get("lock.nobody_waits")));
            }
            l.waiters().forEach(w -> waiters.getChildren().add(Chips.chip(w)));
            Label heldNote = Chips.whenSaid();
            ProcessLessonView.heldText(heldNote, l.heldBefore(), i18n);
            // the lock's state beside its name, not on a row of its own: the card is a row lower
            icon.getStyleClass().add("inline");
            VBox b = Chips.box(i18n.get("deadlock.lock", l.id()), icon,
                    low() ? List.of(waiters, heldNote) : List.of(holder, waiters, heldNote));
            if (low()) {
                // a short window: who holds it on the title's row, after the lock's state (a row
                // lower: the cycle over the locks stands whole in a 1366x768 window)
                FlowPane head = (FlowPane) b.getChildren().get(0);
                head.getChildren().add(holder);
                head.setPrefWrapLength(px(LOW_HEAD));
            }
            b.setId("lock-" + l.id());
            if (l.inCycle()) {
                b.getStyleClass().add("deadlocked");
            }
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setPrefWidth(10);
            b.setMaxWidth(low() ? Double.MAX_VALUE : px(LOCK_MOST));
            box.getChildren().add(b);
        }
    }

    private void drawCycle(VBox box) {
        DeadlockLessonViewModel.Cycle c = model.cycleProperty().get();
        box.getStyleClass().removeAll("object-box", "deadlock-box", "no-deadlock");
        if (c == null) {
            box.getStyleClass().addAll("object-box", "no-deadlock");
            Label none = Chips.muted(i18n.get(model.noCycleProperty().get()));
            none.setId("deadlock-none");
            box.getChildren().setAll(none);
            return;
        }
        box.getStyleClass().addAll("object-box", "deadlock-box");
        Label title = new Label(i18n.get("deadlock.found"));
        title.getStyleClass().add("deadlock-title");
        title.setWrapText(true); // a presenter's narrow panel: on two lines, never cut
        title.setMinHeight(Region.USE_PREF_SIZE);
        Node chain = chain(c);
        Label note = Chips.muted(i18n.get(c.note()));
        note.setId("deadlock-note");
        box.getChildren().setAll(title, chain, note);
    }

    /**
     * The chain on one line ("worker-1 waits for B, held by → worker-2 waits for A, held by →
     * worker-1") where the panel is wide enough for it, else one row a link ("worker-1 → worker-2",
     * "worker-2 → worker-1"), never wrapped mid-way where a half-line reads as another chain.
     */
    private Node chain(DeadlockLessonViewModel.Cycle c) {
        HBox line = new HBox(8);
        line.setAlignment(Pos.CENTER_LEFT);
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(4);
        int r = 0;
        for (DeadlockLessonViewModel.Link link : c.links()) {
            if (line.getChildren().isEmpty()) {
                line.getChildren().add(Chips.chip(link.who()));
            }
            line.getChildren().addAll(arrow(link), Chips.chip(link.heldBy()));
            // a row: who, what it waits for and the arrow beside it (the words wrap there), who holds it
            Label words = words(link);
            words.setWrapText(true);
            words.setMinWidth(0);
            Label arrow = new Label("\u27F6");
            arrow.getStyleClass().add("cycle-arrow-inline");
            arrow.setMinWidth(Region.USE_PREF_SIZE);
            HBox middle = new HBox(4, words, arrow);
            middle.setAlignment(Pos.CENTER_LEFT);
            rows.addRow(r++, Chips.chip(link.who()), middle, Chips.chip(link.heldBy()));
        }
        ColumnConstraints chip = new ColumnConstraints();
        chip.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints between = new ColumnConstraints();
        between.setMinWidth(0); // it gives way first (its words wrap); it does not grow: the row reads as one
        rows.getColumnConstraints().setAll(chip, between, chip);
        // both are in the scene (their styles applied, so the line's width is known), one shown
        ChainForms holder = new ChainForms(line, rows);
        holder.setId("deadlock-chain");
        return holder;
    }

    private Label words(DeadlockLessonViewModel.Link link) {
        Label words = new Label(link.lock() == null ? i18n.get("deadlock.waits") : i18n.get("deadlock.waits_for", link.lock()));
        words.getStyleClass().add("cycle-words");
        return words;
    }

    /** The words over a long arrow, as the chain on one line shows them. */
    private Node arrow(DeadlockLessonViewModel.Link link) {
        Label words = words(link);
        Label arrow = new Label("\u27F6");
        arrow.getStyleClass().add("cycle-arrow");
        VBox v = new VBox(-6, words, arrow);
        v.setAlignment(Pos.CENTER);
        return v;
    }

    private void drawRows(GridPane table) {
        ProcessLessonView.drawRows(table, model.rows(), i18n, low());
    }
}
