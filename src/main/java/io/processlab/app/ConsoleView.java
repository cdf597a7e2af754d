package io.processlab.app;

import io.processlab.app.fx.MonoRows;
import io.processlab.app.model.ConsoleLine;
import io.processlab.app.model.ConsoleViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The console: every printed line, tagged with its process's name and PID in its colour. In a
 * narrow column (presenter mode puts the console beside the timeline) the tag stands above its
 * line; long lines wrap in both arrangements, so that no text is cut off; beside the timeline the
 * tag is always above its line.
 */
public final class ConsoleView {
    /** Narrower than this, a line goes under its tag and wraps. */
    static final double STACK_BELOW = 720;
    /** Stacked, a line wraps this much narrower than the list (cell padding, scrollbar). */
    static final double WRAP_MARGIN = 64;

    private final ListView<ConsoleLine> list;
    private boolean stacked;
    private boolean stackAlways;
    /** The list's width when the stacked cells were last laid out. */
    private double arrangedWidth;

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
        list.widthProperty().addListener((o, a, w) -> arrangeAll());
    }

    /**
     * Always puts the tag above its line and wraps the line ({@code true}: the console stands
     * as a column beside the timeline, presenter mode), or only when the list is narrow.
     */
    public void setStacked(boolean always) {
        if (always != stackAlways) {
            stackAlways = always;
            arrangeAll();
        }
    }

    /** Whether the lines stand under their tags now. */
    boolean isStacked() {
        return stacked;
    }

    /**
     * Lays the cells out again when they change arrangement, and, stacked, when the width
     * changes: a wrapped line is as wide as the list, never wider (no horizontal scrollbar).
     */
    private void arrangeAll() {
        double w = list.getWidth();
        boolean stack = stackAlways || (w > 0 && w < STACK_BELOW);
        if (stack != stacked || Math.abs(w - arrangedWidth) > 0.5) {
            stacked = stack;
            arrangedWidth = w;
            list.refresh();
        }
    }

    public Node root() {
        return list;
    }

    private final class Cell extends ListCell<ConsoleLine> {
        private final Label tag = new Label();
        private final Label text = new Label();
        private final HBox inline = new HBox(10);
        private final VBox stack = new VBox(2);

        Cell() {
            // as wide as the list, never wider: its line wraps, no sideways scrolling
            setPrefWidth(0);
            inline.setAlignment(Pos.CENTER_LEFT);
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
            // rows that end after a space, comma or slash, not inside "io.processlab" (JavaFX breaks only at spaces)
            MonoRows.show(text, line.kind() == ConsoleLine.Kind.STDERR ? "stderr: " + line.text() : line.text());
            text.getStyleClass().setAll("label", "console-text", "console-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
            setText(null);
            setGraphic(arrange());
            fit();
        }

        /**
         * Breaks the line into its rows now, in its own style, for the width it wraps at: broken
         * only when the label got that width in the layout pass (or in a font its style had not
         * given it yet, before it stood in the cell), a long line had more rows than its cell had
         * been measured for and showed its end as "…" (the spawn command in presenter mode).
         */
        private void fit() {
            MonoRows.fitFor(text, text.getPrefWidth());
        }

        @Override
        protected void layoutChildren() {
            // a cell that kept its old form (a switch to presenter mode it was not updated for:
            // the grid's 1366x768 pictures had one line beside its tag among lines under theirs)
            if (getGraphic() != null && ((getGraphic() == stack) != under() || Math.abs(text.getPrefWidth() - wrapWidth()) > 1)) {
                setGraphic(arrange());
                fit();
            }
            super.layoutChildren();
        }

        /** The width the line wraps at: the list's, less the tag beside it. */
        private double wrapWidth() {
            return Math.max(120, list.getWidth() - WRAP_MARGIN - (under() ? 0 : tag.prefWidth(-1) + 10));
        }

        private boolean under() {
            return stackAlways || (list.getWidth() > 0 && list.getWidth() < STACK_BELOW);
        }

        /** The tag beside the line, or above it with the line wrapped in a narrow list. */
        private Pane arrange() {
            // decided now, from the list as it is: a cell laid out before a switch kept its old form
            boolean under = under();
            Pane box = under ? stack : inline;
            Pane other = under ? inline : stack;
            other.getChildren().clear();
            if (box.getChildren().isEmpty()) {
                box.getChildren().setAll(tag, text);
            }
            // a long line wraps at the list's width, beside its tag or under it: never cut
            text.setWrapText(true);
            double w = wrapWidth();
            text.setPrefWidth(w);
            text.setMaxWidth(w);
            text.setMinHeight(Region.USE_PREF_SIZE);
            return box;
        }
    }
}
