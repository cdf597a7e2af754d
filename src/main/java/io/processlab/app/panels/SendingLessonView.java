package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.sending.SendingLesson;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The live panel of Sending: a row per value, with what Python's pickle does with it beside what
 * ProcessLab's JSON wire did (the JSON that crossed, or the refusal), and, where the two differ,
 * a line that says how.
 */
public final class SendingLessonView extends LessonPanel<SendingLessonViewModel, VBox> {
    public SendingLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new SendingLessonViewModel(), new VBox(12));
        build();
    }

    @Override
    protected void build() {
        GridPane table = new GridPane();
        table.setHgap(14);
        table.setVgap(8);
        table.setId("sending-table");
        // shares of the width, so that the table wraps its texts in a narrow (presenter) panel instead of scrolling sideways
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(22);
        ColumnConstraints python = new ColumnConstraints();
        python.setPercentWidth(36);
        ColumnConstraints processLab = new ColumnConstraints();
        processLab.setPercentWidth(42);
        table.getColumnConstraints().setAll(name, python, processLab);
        watch.list(model.samples(), () -> draw(table));
        draw(table);
        VBox box = Chips.box(i18n.get("sending.box"), Chips.muted(i18n.get("sending.hint")), table);
        VBox.setVgrow(box, Priority.ALWAYS);
        root.getChildren().setAll(box);
    }

    private void draw(GridPane table) {
        table.getChildren().clear();
        if (model.samples().isEmpty()) {
            table.add(Chips.muted(i18n.get("sending.none")), 0, 0, 3, 1);
            return;
        }
        int r = 0;
        // presenter mode's narrow panel: the values both send go on one line, so that the rows in
        // sight are the ones where something is refused or the two differ
        List<String> both = new ArrayList<>();
        if (compact) {
            for (SendingLessonViewModel.Sample s : model.samples()) {
                if (s.bothSend()) {
                    both.add(i18n.lessonText("sending.name." + s.name(), s.name()));
                }
            }
        }
        if (!both.isEmpty()) {
            Label line = new Label(i18n.get("sending.both_send", String.join(", ", both)));
            line.getStyleClass().add("sending-both");
            line.setId("sending-both");
            line.setWrapText(true);
            table.add(line, 0, r++, 3, 1);
        }
        table.addRow(r++, head("sending.col.value"), head("sending.col.python"), head("sending.col.processlab"));
        for (SendingLessonViewModel.Sample s : model.samples()) {
            if (compact && s.bothSend()) {
                continue;
            }
            Label name = new Label(i18n.lessonText("sending.name." + s.name(), s.name()));
            name.getStyleClass().add("sample-name");
            name.setWrapText(true);
            GridPane.setValignment(name, VPos.TOP);
            table.addRow(r++, name, python(s), processLab(s));
            if (s.differs()) {
                Label diff = new Label(i18n.get("sending.difference",
                        i18n.getOr("sending.diff." + s.name(), "")));
                diff.getStyleClass().add("difference");
                diff.setId("difference-" + s.name());
                diff.setWrapText(true);
                table.add(diff, 1, r++, 2, 1);
            }
        }
        table.setAlignment(Pos.TOP_LEFT);
    }

    private Label head(String key) {
        Label l = Chips.muted(i18n.get(key));
        l.getStyleClass().add("column-head");
        return l;
    }

    private HBox python(SendingLessonViewModel.Sample s) {
        SendingLesson.PythonRule rule = s.python();
        if (rule == null) {
            return cell(Chips.note("\u2014"), null);
        }
        Label badge = Chips.state(rule.sends() ? "running" : "failed",
                i18n.get(rule.sends() ? "sending.sent" : "sending.refused_badge"));
        Label what = new Label(rule.sends() ? i18n.get("sending.python_sent") : rule.says());
        what.getStyleClass().add(rule.sends() ? "muted" : "python-error");
        what.setId("python-" + s.name());
        return cell(badge, what);
    }

    private HBox processLab(SendingLessonViewModel.Sample s) {
        Label badge = Chips.state(s.sent() ? "running" : "failed",
                i18n.get(s.sent() ? "sending.sent" : "sending.refused_badge"));
        Label what = new Label(s.sent() ? s.json() : s.reason());
        what.getStyleClass().add(s.sent() ? "json-card" : "refusal");
        if (s.sent()) {
            what.getStyleClass().add("card");
        }
        what.setId("sample-" + s.name());
        return cell(badge, what);
    }

    private static HBox cell(Label badge, Label what) {
        HBox h = new HBox(8, badge);
        h.setAlignment(Pos.TOP_LEFT);
        h.setMinWidth(0);
        if (what != null) {
            what.setWrapText(true);
            what.setMinWidth(0);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            h.getChildren().add(what);
        }
        GridPane.setHgrow(h, Priority.ALWAYS);
        GridPane.setFillWidth(h, true);
        return h;
    }
}
