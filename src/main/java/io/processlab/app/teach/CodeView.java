package io.processlab.app.teach;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.ProcChip;
import io.processlab.lessons.Listing;
import io.processlab.view.TextParts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Code tab: Java and Python side by side, monospace, numbered; the line the followed process
 * last reached is highlighted in both and kept in sight. A list at the top picks the process.
 */
public final class CodeView {
    /** Height of a line of code (presenter mode sets its own: -fx-fixed-cell-size). */
    static final double LINE_HEIGHT = 21;
    /** The lines of each language the tab makes room for. */
    static final int LINES = 10;
    /**
     * A code list's property that holds its highlighted line (1-based, 0: none), and the style
     * class of that line's cell: what the layout audit looks for.
     */
    public static final String CURRENT_LINE = "processlab.current-line";
    public static final String CURRENT_LINE_STYLE = "current-line";
    /** The height of a list's sideways scrollbar, under its lines. */
    static final double SIDEWAYS_BAR = 14;

    private final BorderPane root = new BorderPane();
    private final Region bar;
    private final ListView<String> java;
    private final Region javaTitle;

    public CodeView(CodeViewModel model, I18n i18n) {
        ComboBox<ProcChip> who = new ComboBox<>(model.processes());
        who.setId("code-process");
        who.valueProperty().bindBidirectional(model.followedProperty());
        who.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProcChip p) {
                return p == null ? "" : p.text();
            }

            @Override
            public ProcChip fromString(String s) {
                return null;
            }
        });
        who.setPromptText("\u2014");
        Label follow = new Label();
        follow.textProperty().bind(i18n.text("code.follow"));
        Label at = new Label();
        at.setId("code-marker");
        at.getStyleClass().add("muted");
        at.textProperty().bind(Bindings.createStringBinding(() -> model.markerProperty().get().isEmpty()
                        ? i18n.get("code.no_step") : i18n.get("code.at", model.markerProperty().get()),
                model.markerProperty(), i18n.localeProperty()));
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        for (Label l : new Label[] {follow, at, problem}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        who.setMinWidth(Region.USE_PREF_SIZE);
        // a narrow column (presenter mode) puts the marker under the process: nothing is cut
        FlowPane bar = new FlowPane(10, 4, follow, who, at, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("code-bar");
        this.bar = bar;

        ListView<String> java = lines("code-java");
        ListView<String> python = lines("code-python");
        follow(java, model.javaLineProperty());
        follow(python, model.pythonLineProperty());
        Runnable fill = () -> {
            Listing l = model.listingProperty().get();
            java.setItems(FXCollections.observableArrayList(l == null ? List.of() : linesOf(l.java())));
            python.setItems(FXCollections.observableArrayList(l == null ? List.of() : linesOf(l.python())));
        };
        VBox javaPane = titled(i18n, model, "code.java", "code.java_twin", java);
        VBox pythonPane = titled(i18n, model, "code.python", "code.python_run", python);
        SplitPane sides = new SplitPane(javaPane, pythonPane);
        Runnable panes = () -> {
            Listing l = model.listingProperty().get();
            // a program of the user's has no Java twin: its own text alone
            List<Node> want = l != null && l.java().isBlank() && model.pythonRunProperty().get()
                    ? List.of(pythonPane) : List.of(javaPane, pythonPane);
            if (!sides.getItems().equals(want)) {
                sides.getItems().setAll(want);
                sides.setDividerPositions(0.5);
            }
        };
        model.listingProperty().addListener((o, a, b) -> {
            fill.run();
            panes.run();
        });
        model.pythonRunProperty().addListener((o, a, b) -> panes.run());
        fill.run();
        panes.run();
        this.java = java;
        this.javaTitle = (Region) javaPane.getChildren().get(0);
        sides.setOrientation(Orientation.HORIZONTAL);
        sides.setDividerPositions(0.5);
        root.setTop(bar);
        root.setCenter(sides);
        root.setId("code-view");
    }

    public Node root() {
        return root;
    }

    /** The height that shows {@value #LINES} lines of each language with the bar and the titles. */
    public double need() {
        double w = root.getWidth() > 0 ? root.getWidth() : 600;
        double cell = java.getFixedCellSize() > 0 ? java.getFixedCellSize() : LINE_HEIGHT;
        Insets in = root.getInsets();
        // the lines, and under them each list's sideways scrollbar (a long line scrolls)
        return Math.ceil(bar.prefHeight(w) + javaTitle.prefHeight(w / 2) + (LINES + 0.6) * cell + SIDEWAYS_BAR
                + in.getTop() + in.getBottom() + 8);
    }

    /** A pane's title: {@code key}, or {@code pythonKey} while a Python program's run is shown. */
    private static VBox titled(I18n i18n, CodeViewModel model, String key, String pythonKey, ListView<String> list) {
        Label t = new Label();
        t.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.pythonRunProperty().get() ? pythonKey : key),
                model.pythonRunProperty(), i18n.localeProperty()));
        t.getStyleClass().add("code-title");
        t.setWrapText(true);
        t.setMinHeight(Region.USE_PREF_SIZE);
        VBox v = new VBox(t, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return v;
    }

    private static ListView<String> lines(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getStyleClass().add("code-lines");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new Line());
        list.setFixedCellSize(LINE_HEIGHT);
        return list;
    }

    /**
     * Keeps the highlighted line marked and a few lines below the top: when it moves, and when
     * the list gets another height (the tab shown, a divider moved, another layout), since a
     * line placed for a hidden or shorter list ends above a taller one's top.
     */
    private void follow(ListView<String> list, ReadOnlyIntegerProperty line) {
        list.getProperties().put(CURRENT_LINE, line);
        line.addListener((o, a, b) -> {
            list.refresh();
            reveal(list, b.intValue());
        });
        list.heightProperty().addListener((o, a, h) -> reveal(list, line.get()));
    }

    private static void reveal(ListView<String> list, int line) {
        if (line > 0 && list.getHeight() > 0) {
            int rows = (int) (list.getHeight() / Math.max(1, list.getFixedCellSize()));
            list.scrollTo(Math.max(0, line - 1 - rows / 3));
        }
    }

    /** A numbered line; the current one is marked. */
    private static final class Line extends ListCell<String> {
        private final Label number = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(12, number, text);

        Line() {
            number.getStyleClass().add("line-number");
            number.setMinWidth(USE_PREF_SIZE);
            text.getStyleClass().add("line-text");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().remove(CURRENT_LINE_STYLE);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            int n = getIndex() + 1;
            number.setText(String.format("%3d", n));
            text.setText(s.isEmpty() ? " " : s);
            Object current = getListView().getProperties().get(CURRENT_LINE);
            if (current instanceof ReadOnlyIntegerProperty p && p.get() == n) {
                getStyleClass().add(CURRENT_LINE_STYLE);
            }
            setText(null);
            setGraphic(box);
        }
    }

    /** The lines of {@code code}, an empty last one included (as the listing's line numbers count them). */
    static List<String> linesOf(String code) {
        return TextParts.split(code, '\n');
    }
}
