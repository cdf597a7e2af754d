package io.processlab.app.teach;

import io.processlab.app.i18n.I18n;
import io.processlab.view.objects.Deadlock;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Scheduler tab of step mode: what it is, the held operations (process, object, operation)
 * each with a Go button, Next (the oldest) and Run freely; a deadlock is announced in red. In a
 * replay the list is what was held at the scrubber's time, with a note and no buttons.
 */
public final class SchedulerView {
    /** The held operations the tab makes room for, and the height of one. */
    static final int ROWS = 3;
    static final double ROW = 48;

    private final BorderPane root = new BorderPane();
    private final VBox top;

    public SchedulerView(SchedulerViewModel model, I18n i18n) {
        Label hint = new Label();
        hint.setId("scheduler-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("scheduler-hint");
        hint.textProperty().bind(Bindings.createStringBinding(
                () -> model.replayProperty().get()
                        ? i18n.get("scheduler.replay", seconds(model.replayTimeProperty().get(), i18n.locale()))
                        : i18n.get(model.stepModeProperty().get() ? "scheduler.on" : "scheduler.off"),
                model.stepModeProperty(), model.replayProperty(), model.replayTimeProperty(), i18n.localeProperty()));
        Button next = new Button();
        next.setId("scheduler-next");
        next.textProperty().bind(i18n.text("scheduler.next"));
        next.getStyleClass().addAll("tool-button", "accent");
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(Bindings.isEmpty(model.pending()));
        Button free = new Button();
        free.setId("scheduler-free");
        free.textProperty().bind(i18n.text("scheduler.free"));
        free.getStyleClass().add("tool-button");
        free.setOnAction(e -> model.runFreely());
        free.disableProperty().bind(model.stepModeProperty().not());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("scheduler.count", model.pending().size(), model.grantedProperty().get()),
                model.pending(), model.grantedProperty(), i18n.localeProperty()));
        for (Button b : new Button[] {next, free}) {
            b.visibleProperty().bind(model.replayProperty().not());
            b.managedProperty().bind(b.visibleProperty());
        }
        FlowPane buttons = new FlowPane(10, 6, next, free, count);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label deadlock = new Label();
        deadlock.setId("scheduler-deadlock");
        deadlock.getStyleClass().add("deadlock-banner");
        deadlock.setWrapText(true);
        deadlock.textProperty().bind(Bindings.createStringBinding(() -> {
            Deadlock d = model.deadlockProperty().get();
            if (d == null) {
                return "";
            }
            String note = model.deadlockNoteProperty().get();
            return i18n.get("live".equals(note) ? "scheduler.deadlock" : "scheduler.deadlock_" + note, d.text());
        }, model.deadlockProperty(), model.deadlockNoteProperty(), i18n.localeProperty()));
        deadlock.visibleProperty().bind(model.deadlockProperty().isNotNull());
        deadlock.managedProperty().bind(deadlock.visibleProperty());

        hint.setMinHeight(Region.USE_PREF_SIZE);
        deadlock.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane locks = new FlowPane(14, 6);
        locks.setId("scheduler-locks");
        locks.setAlignment(Pos.CENTER_LEFT);
        Runnable drawLocks = () -> drawLocks(locks, model, i18n);
        model.locks().addListener((javafx.collections.ListChangeListener<SchedulerViewModel.LockLine>) c -> drawLocks.run());
        i18n.localeProperty().addListener((o, a, b) -> drawLocks.run());
        drawLocks.run();
        VBox top = new VBox(8, hint, buttons, locks, deadlock);
        this.top = top;
        top.getStyleClass().add("scheduler-top");

        ListView<SchedulerViewModel.Row> list = new ListView<>(model.pending());
        list.setId("scheduler-pending");
        list.getStyleClass().add("scheduler-list");
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("scheduler.empty"));
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new Cell(model, i18n));
        root.setTop(top);
        root.setCenter(list);
        root.setId("scheduler-view");
    }

    public Node root() {
        return root;
    }

    /** "Locks: lock: held by [Process-3] · 2 waiting for it", one group per lock, a group never split by a wrap. */
    private static void drawLocks(FlowPane into, SchedulerViewModel model, I18n i18n) {
        into.getChildren().clear();
        boolean any = !model.locks().isEmpty();
        into.setVisible(any);
        into.setManaged(any);
        if (!any) {
            return;
        }
        Label title = new Label(i18n.get("scheduler.locks"));
        title.getStyleClass().add("muted");
        into.getChildren().add(title);
        for (SchedulerViewModel.LockLine l : model.locks()) {
            HBox group = new HBox(6);
            group.setAlignment(Pos.CENTER_LEFT);
            group.setId("scheduler-lock-" + l.id());
            Label name = new Label(i18n.get(l.holder() == null ? "scheduler.lock_free" : "scheduler.lock_held", l.id()));
            name.getStyleClass().add("scheduler-op");
            group.getChildren().add(name);
            if (l.holder() != null) {
                Label who = new Label(l.holder().text());
                who.getStyleClass().addAll("chip", "proc-" + l.holder().colour());
                group.getChildren().add(who);
            }
            if (l.waiting() > 0) {
                Label waiting = new Label(i18n.get("scheduler.lock_waiting", l.waiting()));
                waiting.getStyleClass().add("muted");
                group.getChildren().add(waiting);
            }
            for (Node n : group.getChildren()) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
            into.getChildren().add(group);
        }
    }

    /** The height that shows the hint, the buttons and {@value #ROWS} held operations. */
    public double need() {
        double w = root.getWidth() > 0 ? root.getWidth() : 600;
        return Math.ceil(top.prefHeight(w) + ROWS * ROW + 16);
    }

    /** Microseconds as seconds with one decimal, in the language's way: "2.5", "2,5". */
    static String seconds(long us, Locale locale) {
        return String.format(locale, "%.1f", us / 1e6);
    }

    /** One held operation: #, who, what, where, how long, and Go. */
    private static final class Cell extends ListCell<SchedulerViewModel.Row> {
        private final SchedulerViewModel model;
        private final I18n i18n;

        Cell(SchedulerViewModel model, I18n i18n) {
            this.model = model;
            this.i18n = i18n;
            // as wide as the list, never wider: no sideways scrolling
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SchedulerViewModel.Row r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Label seq = new Label("#" + r.seq());
            seq.getStyleClass().add("muted");
            seq.setMinWidth(44);
            Label who = new Label(r.who().text());
            who.getStyleClass().addAll("chip", "proc-" + r.who().colour());
            who.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(i18n.get("scheduler.op", r.op(), r.object()));
            what.getStyleClass().add("scheduler-op");
            what.setMinWidth(Region.USE_PREF_SIZE);
            Label since = new Label(i18n.get("scheduler.since", seconds(r.sinceUs(), i18n.locale())));
            since.getStyleClass().add("muted");
            // Go first, then who and what, wrapping in a narrow column: Go is never past the edge
            FlowPane box = new FlowPane(12, 4, seq, who, what, since);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPrefWrapLength(10);
            setGraphic(box);
            if (!r.canGo()) {
                return;
            }
            Button go = new Button();
            go.setText(i18n.get("scheduler.go"));
            go.setId("go-" + r.seq());
            go.getStyleClass().add("go-button");
            go.setMinWidth(Region.USE_PREF_SIZE);
            go.setOnAction(e -> model.go(r.seq()));
            box.getChildren().add(0, go);
        }
    }
}
