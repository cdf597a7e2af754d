package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live panel of Cores: the speed-up chart by number of processes, and the cores each round used. */
public final class CoresLessonView extends LessonPanel<CoresLessonViewModel, HBox> {
    public CoresLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new CoresLessonViewModel(), new HBox(16));
        build();
    }

    /** Its side by side layout is made for a short panel too: presenter mode takes the lower of its two. */
    @Override
    public boolean hasLowLayout() {
        return true;
    }

    @Override
    protected void build() {
        VBox chart = Chips.box(i18n.get("cores.speedup_title"));
        chart.setId("cores-speedup");
        HBox.setHgrow(chart, Priority.ALWAYS);
        // the two cards ask for less than a 1280x720 window's panel and grow with it: asking for
        // their bars' and rows' widths (665 and 420 px) they seemed too wide for a 1440x900 one by
        // a pixel, and stood one over the other there (345 of 374 px shown)
        chart.setPrefWidth(px(CHART_WIDTH));
        VBox used = Chips.box(i18n.get("cores.used_title"));
        used.setId("cores-used");
        used.setMinWidth(px(300));
        used.setPrefWidth(px(USED_WIDTH));
        Runnable draw = () -> draw(chart, used);
        watch.list(model.rounds(), draw);
        watch.value(model.machineCoresProperty(), draw);
        watch.value(model.conditionsProperty(), draw);
        draw.run();
        if (compact) {
            // a narrow room (presenter mode): the speed-ups over the cores each round ran on
            used.setMinWidth(0);
            used.setPrefWidth(-1);
            chart.setPrefWidth(-1);
            VBox column = new VBox(12, chart, used);
            HBox.setHgrow(column, Priority.ALWAYS);
            root.getChildren().setAll(column);
        } else {
            root.getChildren().setAll(chart, used);
        }
    }

    /** The width the speed-ups' card asks for beside the cores' card (it takes what the panel leaves). */
    static final double CHART_WIDTH = 520;
    /** The width the cores' card asks for beside the speed-ups. */
    static final double USED_WIDTH = 360;

    private void draw(VBox chart, VBox used) {
        var title = chart.getChildren().get(0);
        var usedTitle = used.getChildren().get(0);
        int cores = model.machineCoresProperty().get();
        // the sentences wrap in the width the cards get (their one-line widths made the cards' side
        // by side layout seem too wide for a 1440x900 window's panel, and stacked them: 345 of 374 px)
        Label machine = Chips.prose(Chips.muted(cores > 0 ? i18n.get("cores.machine_has", cores) : i18n.get("cores.pending")));
        machine.setId("cores-machine");
        if (model.rounds().isEmpty()) {
            chart.getChildren().setAll(title, machine);
            used.getChildren().setAll(usedTitle, Chips.muted(i18n.get("cores.pending")));
            return;
        }
        List<Bars.Bar> bars = new ArrayList<>();
        GridPane table = new GridPane();
        table.setHgap(12);
        table.setVgap(4);
        table.setId("cores-table");
        int r = 0;
        for (CoresLessonViewModel.Round round : model.rounds()) {
            String name = round.processes() == 1 ? i18n.get("cores.one_process")
                    : i18n.get("cores.n_processes", round.processes());
            String text = i18n.get("cores.speedup_value", Numbers.two(i18n.locale(), round.speedup()),
                    Numbers.two(i18n.locale(), round.seconds()));
            String style = cores > 0 && round.processes() > cores ? "bar-over" : "bar-processes";
            bars.add(new Bars.Bar(name, round.speedup(), text, style, Math.min(round.processes(), Math.max(cores, 1))));
            FlowPane cpus = Chips.flow();
            cpus.setId("cores-round-" + round.processes());
            if (round.cpus().isEmpty()) {
                cpus.getChildren().add(Chips.muted(i18n.get("cores.unknown")));
            }
            for (int c : round.cpus()) {
                Label l = new Label(i18n.get("cores.cpu", c));
                l.getStyleClass().addAll("cpu-chip");
                cpus.getChildren().add(l);
            }
            Label n = new Label(name);
            n.getStyleClass().add("bar-name");
            n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            table.addRow(r++, n, cpus);
        }
        chart.getChildren().setAll(title, machine, Bars.chart(bars));
        if (bars.stream().anyMatch(b -> b.style().equals("bar-over"))) {
            // said only beside a red bar: a sentence about red bars with none drawn reads as a fault
            Label ideal = Chips.prose(Chips.muted(i18n.get("cores.ideal")));
            ideal.setId("cores-over");
            chart.getChildren().add(ideal);
        }
        CoresLessonViewModel.Conditions c = model.conditionsProperty().get();
        if (c != null) {
            String load = c.load() < 0 ? i18n.get("cores.load_unknown") : Numbers.two(i18n.locale(), c.load());
            Label measured = Chips.prose(Chips.muted(i18n.get("cores.measured", c.available(), load)));
            measured.setId("cores-measured");
            chart.getChildren().add(measured);
            if (c.reason() != null) {
                Label why = new Label(i18n.get("cores.why." + c.reason(), c.available(), load));
                why.setId("cores-why");
                why.getStyleClass().add("difference");
                Chips.prose(why);
                chart.getChildren().add(why);
            }
        }
        used.getChildren().setAll(usedTitle, table);
        if (model.rounds().stream().anyMatch(CoresLessonViewModel.Round::moved)) {
            // "1 process: core 0, core 1" read as one process on two cores at once
            Label moved = Chips.prose(Chips.muted(i18n.get("cores.moved")));
            moved.setId("cores-moved");
            used.getChildren().add(moved);
        }
    }
}
