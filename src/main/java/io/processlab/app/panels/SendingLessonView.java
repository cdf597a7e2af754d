package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live panel of Sending: a row per value, with the JSON that crossed or the refusal. */
public final class SendingLessonView extends LessonPanel<SendingLessonViewModel, VBox> {
    public SendingLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new SendingLessonViewModel(), new VBox(12));
        build();
    }

    @Override
    protected void build() {
        GridPane table = new GridPane();
        table.setHgap(14);
        table.setVgap(10);
        table.setId("sending-table");
        watch.list(model.samples(), () -> draw(table));
        draw(table);
        VBox box = Chips.box(i18n.get("sending.box"), Chips.muted(i18n.get("sending.hint")), table);
        VBox.setVgrow(box, Priority.ALWAYS);
        root.getChildren().setAll(box);
    }

    private void draw(GridPane table) {
        table.getChildren().clear();
        if (model.samples().isEmpty()) {
            table.add(Chips.muted(i18n.get("sending.none")), 0, 0);
            return;
        }
        int r = 0;
        for (SendingLessonViewModel.Sample s : model.samples()) {
            Label name = new Label(s.name());
            name.getStyleClass().add("sample-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label badge = Chips.state(s.sent() ? "running" : "failed",
                    i18n.get(s.sent() ? "sending.sent" : "sending.refused_badge"));
            Label what;
            if (s.sent()) {
                what = new Label(s.json());
                what.getStyleClass().addAll("card", "json-card");
            } else {
                what = new Label(s.reason());
                what.getStyleClass().add("refusal");
            }
            what.setId("sample-" + s.name());
            what.setWrapText(true);
            GridPane.setHgrow(what, Priority.ALWAYS);
            GridPane.setValignment(name, javafx.geometry.VPos.CENTER);
            table.addRow(r++, name, badge, what);
        }
        table.setAlignment(Pos.TOP_LEFT);
    }
}
