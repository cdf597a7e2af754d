package io.processlab.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/** The console: every printed line, tagged with its process's name and PID in its colour. */
public final class ConsoleView {
    private final ListView<ConsoleLine> list;

    public ConsoleView(ConsoleViewModel model) {
        list = new ListView<>(model.lines());
        list.setId("console");
        list.getStyleClass().add("console");
        list.setCellFactory(v -> new Cell());
        list.setFocusTraversable(false);
        model.lines().addListener((ListChangeListener<ConsoleLine>) c -> {
            if (!model.lines().isEmpty()) {
                list.scrollTo(model.lines().size() - 1);
            }
        });
    }

    public Node root() {
        return list;
    }

    private static final class Cell extends ListCell<ConsoleLine> {
        private final Label tag = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(10, tag, text);

        Cell() {
            box.setAlignment(Pos.CENTER_LEFT);
            tag.setMinWidth(USE_PREF_SIZE);
            text.getStyleClass().add("console-text");
        }

        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            tag.setText(line.tag());
            tag.getStyleClass().setAll("label", "chip", "console-tag", line.kind() == ConsoleLine.Kind.SYSTEM ? "proc-system" : "proc-" + line.colour());
            text.setText(line.kind() == ConsoleLine.Kind.STDERR ? "stderr: " + line.text() : line.text());
            text.getStyleClass().setAll("label", "console-text", "console-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
            setText(null);
            setGraphic(box);
        }
    }
}
