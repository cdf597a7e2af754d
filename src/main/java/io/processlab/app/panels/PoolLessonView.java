package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live panel of Pool: workers and their chunks; results in input order; the two times. */
public final class PoolLessonView extends LessonPanel<PoolLessonViewModel, HBox> {
    /** The width the list of items a worker took asks for (it takes the card's width where wider). */
    static final double TOOK_WIDTH = 540;
    /** The chunks listed beside a worker; a long run (64 workers, thousands of chunks) says how many more. */
    static final int CHUNKS_SHOWN = 4;
    /**
     * The normal window: the workers', the results' and the times' cards' widths, side by side.
     * The workers' is the widest: at 500 px, with five-digit PIDs, "não pegou nada" went under
     * its worker's name and the idle note took three rows (pt-1440x900-pool, 333 of 375 px),
     * while the times' card, its few words wrapped, stood half empty. The three ask for what a
     * 1366x768 window's panel holds (1,056 px): they stood one under another there, 459 px for
     * 272; wider, the workers' and the results' cards share what is left.
     */
    static final double WORKERS_WIDTH = 530;
    static final double RESULTS_WIDTH = 270;
    static final double TIMES_WIDTH = 190;
    static final double TIMES_MIN = 190;
    /** Compact (presenter mode): the times' card's width beside the results. */
    static final double COMPACT_TIMES_WIDTH = 300;
    /**
     * Compact, from this panel width (presenter mode across a 1280x720 or 1366x768 window): the
     * workers beside the results over the times, not over them (under the workers the results stood
     * below the edge, 239 of 532 px shown at 1280x720, and the workers' card was half empty).
     */
    static final double COMPACT_SIDE = 1150;
    /** Compact: the width the list of items under the worker's name asks for. */
    static final double COMPACT_TOOK_WIDTH = 360;

    public PoolLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new PoolLessonViewModel(), new HBox(16));
        build();
    }

    @Override
    protected void build() {
        VBox workers = new VBox(compact ? 2 : 6);
        workers.setId("pool-workers");
        watch.add(Chips.follow(workers, model.workers(), this::worker, i18n.get("pool.no_workers"), i18n));
        // a worker that took nothing looks broken: the card says why (all chunks went before it asked)
        Label idle = Chips.whenSaid();
        idle.setId("pool-idle");
        idle.getStyleClass().add("difference");
        Runnable drawIdle = () -> {
            int n = model.idleWorkersProperty().get();
            int workerCount = model.workers().size();
            // fewer chunks than workers: some had to go without, however long the work
            idle.setText(n == 0 ? "" : model.chunksProperty().get() < workerCount
                    ? i18n.get("pool.idle_few", n, workerCount, model.chunksProperty().get())
                    : i18n.get("pool.idle", n, workerCount, i18n.get("setting.pool.work")));
        };
        watch.value(model.idleWorkersProperty(), drawIdle);
        drawIdle.run();
        VBox workerBox = Chips.box(i18n.get("pool.workers"), workers, idle);
        workerBox.setMinWidth(px(380));

        FlowPane slots = Chips.flow();
        slots.setId("pool-results");
        watch.add(Chips.follow(slots, model.slots(), this::slot, i18n.get("pool.no_results"), i18n));
        Label progress = Chips.muted("");
        progress.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("pool.progress", model.chunksDoneProperty().get(), model.chunksProperty().get()),
                model.chunksDoneProperty(), model.chunksProperty(), i18n.localeProperty()));
        VBox resultBox = Chips.box(i18n.get("pool.results"), progress, slots);

        Label times = new Label();
        times.setId("pool-times");
        times.setWrapText(true);
        times.setMinHeight(Region.USE_PREF_SIZE);
        times.textProperty().bind(Bindings.createStringBinding(
                () -> model.poolMsProperty().get().isEmpty() ? i18n.get("pool.times_pending")
                        : i18n.get("pool.times", model.sequentialMsProperty().get(), model.poolMsProperty().get()),
                model.poolMsProperty(), model.sequentialMsProperty(), i18n.localeProperty()));
        // until the times come the line is a quiet placeholder; the times, once there, are the heading
        Runnable timesStyle = () -> times.getStyleClass().setAll("label",
                model.poolMsProperty().get().isEmpty() ? "muted" : "counter");
        timesStyle.run();
        model.poolMsProperty().addListener((o, was, now) -> timesStyle.run());
        Label why = Chips.prose(Chips.muted(i18n.get("pool.times_why")));
        VBox timeBox = Chips.box(i18n.get("pool.time_title"), times, why);

        if (compact) {
            // a narrow room with large text: the workers take the whole width on top, one row
            // each, the results and the times side by side under them
            workerBox.setMaxWidth(Double.MAX_VALUE);
            Runnable place = () -> {
                boolean side = root.getWidth() >= COMPACT_SIDE;
                resultBox.setMaxWidth(Double.MAX_VALUE);
                timeBox.setMaxWidth(Double.MAX_VALUE);
                Node column;
                if (side) {
                    // the workers on the left, the results over the times on the right
                    timeBox.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    timeBox.setMinWidth(Region.USE_COMPUTED_SIZE);
                    VBox right = new VBox(10, resultBox, timeBox);
                    right.setPrefWidth(COMPACT_SIDE * 0.45);
                    workerBox.setPrefWidth(COMPACT_SIDE * 0.55);
                    HBox.setHgrow(workerBox, Priority.ALWAYS);
                    HBox.setHgrow(right, Priority.ALWAYS);
                    column = new HBox(10, workerBox, right);
                } else {
                    workerBox.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    HBox.setHgrow(resultBox, Priority.ALWAYS);
                    timeBox.setPrefWidth(COMPACT_TIMES_WIDTH);
                    timeBox.setMinWidth(COMPACT_TIMES_WIDTH);
                    column = new VBox(10, workerBox, new HBox(10, resultBox, timeBox));
                }
                HBox.setHgrow(column, Priority.ALWAYS);
                root.getChildren().setAll(column);
            };
            place.run();
            whenWidthTurns(() -> root.getWidth() >= COMPACT_SIDE, () -> {
                place.run();
                rearranged();
            });
        } else {
            // three cards side by side, each as tall as the panel: the times stood under the
            // results and were cut at 1440x900, the default window (issue 12, finding 8)
            workerBox.setPrefWidth(px(WORKERS_WIDTH));
            slots.setPrefWrapLength(px(RESULTS_WIDTH - 30));
            resultBox.setPrefWidth(px(RESULTS_WIDTH));
            timeBox.setPrefWidth(px(TIMES_WIDTH));
            timeBox.setMinWidth(px(TIMES_MIN));
            // the workers' card grows too: beside a name its list stays on one row
            HBox.setHgrow(workerBox, Priority.ALWAYS);
            HBox.setHgrow(resultBox, Priority.ALWAYS);
            root.getChildren().setAll(workerBox, resultBox, timeBox);
        }
    }

    private Node worker(PoolLessonViewModel.Worker w) {
        Label state = Chips.state(w.state(), i18n.get("state." + w.state()));
        Label took = new Label(w.chunks().isEmpty() ? i18n.get("pool.took_nothing")
                : w.items() < 0 ? i18n.get("pool.took_chunks", w.chunks().size(), chunks(w.chunks()))
                : i18n.get("pool.took", w.items(), chunks(w.chunks()), w.chunks().size()));
        took.getStyleClass().add("printed");
        took.setWrapText(true);
        took.setMinHeight(Region.USE_PREF_SIZE);
        if (took.getText().length() <= SHORT_TOOK) {
            // "took nothing", "took 1 item in 1 chunk: [3]": on the worker's own line, whole (a
            // narrow card squeezed it into a column of words), under the name where it does not fit
            took.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane line = new FlowPane(10, 2, Chips.chip(w.chip()), state, took);
            line.setAlignment(Pos.CENTER_LEFT);
            // under the name (where the flow put it at x 0) it stands in from it as a long list
            // does; beside the name it has no indent (with one from the start, "took nothing"
            // never fitted beside the name of a 1440x900 window's card, and stayed under it)
            Runnable indent = () -> took.setPadding(new javafx.geometry.Insets(0, 0, 0,
                    line.getHeight() > 0 && took.getLayoutX() < 1 ? TOOK_INDENT : 0));
            line.heightProperty().addListener((o, was, now) -> indent.run());
            took.layoutXProperty().addListener((o, was, now) -> indent.run());
            return line;
        }
        // a long list of items goes under the worker's name, indented so that it reads as its,
        // and wraps there (beside the name, a narrow card squeezed it into a column of items;
        // flowing under it unindented, it read as no worker's)
        // it asks for a modest width and takes the card's whole width where it gets it: a fixed
        // most wrapped it at 330 px in a 940-px card, and in three rows in presenter mode
        took.setPrefWidth(compact ? COMPACT_TOOK_WIDTH : px(TOOK_WIDTH));
        took.setMaxWidth(Double.MAX_VALUE);
        took.setPadding(new javafx.geometry.Insets(0, 0, 0, TOOK_INDENT));
        HBox head = new HBox(10, Chips.chip(w.chip()), state);
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, head, took);
    }

    /** A list of items this long or shorter stands on its worker's line. */
    static final int SHORT_TOOK = 34;
    /** How far a worker's long list of items stands in from its name. */
    static final double TOOK_INDENT = 18;

    /** A worker's chunks, the first {@link #CHUNKS_SHOWN} of them and how many more. */
    static String chunks(java.util.List<String> chunks) {
        if (chunks.size() <= CHUNKS_SHOWN) {
            return String.join(" ", chunks);
        }
        return String.join(" ", chunks.subList(0, CHUNKS_SHOWN)) + " \u2026 (+" + (chunks.size() - CHUNKS_SHOWN) + ")";
    }

    private Node slot(PoolLessonViewModel.Slot s) {
        Label in = new Label(s.input());
        in.getStyleClass().add("slot-input");
        Label out = new Label(s.result() == null ? "?" : s.result());
        out.getStyleClass().add(s.result() == null ? "slot-pending" : "slot-result");
        VBox v = new VBox(2, in, out);
        v.setAlignment(Pos.CENTER);
        v.getStyleClass().addAll("slot", "from-" + s.colour());
        return v;
    }
}
