package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.view.Units;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live panel of Threads: two bar charts, start-up time and memory. */
public final class ThreadsLessonView extends LessonPanel<ThreadsLessonViewModel, HBox> {
    public ThreadsLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new ThreadsLessonViewModel(), new HBox(16));
        build();
    }

    @Override
    protected void build() {
        VBox time = Chips.box(i18n.get("threads.time_title"));
        time.setId("threads-time");
        VBox memory = Chips.box(i18n.get("threads.memory_title"));
        memory.setId("threads-memory");
        HBox.setHgrow(time, Priority.ALWAYS);
        HBox.setHgrow(memory, Priority.ALWAYS);
        Runnable draw = () -> draw(time, memory, model.resultProperty().get());
        watch.value(model.resultProperty(), draw);
        draw.run();
        if (compact) {
            // a narrow room (presenter mode): the two cards one over the other, each whole
            VBox column = new VBox(12, time, memory);
            HBox.setHgrow(column, Priority.ALWAYS);
            root.getChildren().setAll(column);
        } else {
            // side by side, each asking for less than half a 1280x720 window's panel and growing
            // with it (asking for their sentences' one-line widths, they stood one over the other
            // in the normal window at every size, 315 px tall for a 252-px panel at 1366x768)
            time.setPrefWidth(px(TIME_WIDTH));
            memory.setPrefWidth(px(CARD_WIDTH));
            root.getChildren().setAll(time, memory);
        }
    }

    /**
     * The width each card asks for side by side (they share the panel): the times' less, the
     * memory's bars having the longer names ("4 threads, in the parent itself": at 400 px each the
     * two asked for 977 px of a 1280x720 window's 972).
     */
    static final double TIME_WIDTH = 340;
    static final double CARD_WIDTH = 400;

    private void draw(VBox time, VBox memory, ThreadsLessonViewModel.Result r) {
        var title = time.getChildren().get(0);
        if (!r.complete()) {
            time.getChildren().setAll(title, Chips.muted(i18n.get("threads.pending")));
        } else {
            String ms = i18n.get("unit.ms");
            List<Bars.Bar> bars = List.of(
                    new Bars.Bar(i18n.get("threads.n_threads", r.count()), r.threadMs(),
                            Units.of(Numbers.one(i18n.locale(), r.threadMs()), ms), "bar-threads"),
                    new Bars.Bar(i18n.get("threads.n_processes", r.count()), r.processMs(),
                            Units.of(Numbers.one(i18n.locale(), r.processMs()), ms), "bar-processes"));
            Label ratio = new Label(i18n.get("threads.ratio",
                    Numbers.one(i18n.locale(), r.processMs() / Math.max(r.threadMs(), 0.001))));
            ratio.getStyleClass().add("counter");
            ratio.setId("threads-ratio");
            // the sentence wraps in a narrow card rather than end in "..."
            Chips.prose(ratio);
            time.getChildren().setAll(title, Bars.chart(bars), ratio);
        }
        var mTitle = memory.getChildren().get(0);
        if (r.childrenMib() < 0) {
            memory.getChildren().setAll(mTitle, Chips.muted(i18n.get("threads.pending")));
            return;
        }
        String mib = i18n.get("unit.mib");
        List<Bars.Bar> bars = new ArrayList<>();
        if (r.threadsMib() >= 0) {
            bars.add(new Bars.Bar(i18n.get("threads.threads_memory", r.count()), r.threadsMib(),
                    Units.of(Numbers.one(i18n.locale(), r.threadsMib()), mib), "bar-threads"));
        }
        bars.add(new Bars.Bar(i18n.get("threads.children_memory", r.count()), r.childrenMib(),
                Units.of(Numbers.one(i18n.locale(), r.childrenMib()), mib), "bar-processes"));
        Label why = Chips.prose(Chips.muted(i18n.get("threads.memory_why")));
        memory.getChildren().setAll(mTitle, Bars.chart(bars), why);
    }
}
