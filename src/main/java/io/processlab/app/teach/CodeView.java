package io.processlab.app.teach;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.ProcChip;
import io.processlab.lessons.Listing;
import io.processlab.view.TextParts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * The Code tab: Java and Python side by side, monospace, numbered; the line the followed process
 * last reached is highlighted in both and kept whole in sight ({@link CodeLines}: a long line goes
 * on in further rows, nothing scrolls sideways). A list at the top picks the process.
 */
public final class CodeView {
    /** The rows of each language the tab makes room for. */
    static final int LINES = 10;
    /**
     * The least characters a pane holds with both languages side by side (its line numbers
     * included); fewer, and Python stands alone ({@link CodeViewModel#setNarrow}). The normal
     * window's tab holds some 57 at 1280x720; presenter mode's column some 33 to 37 below 1920.
     */
    static final int PANE_COLUMNS = 42;
    /**
     * A code list's property that holds its highlighted line (1-based, 0: none), and the style
     * class of that line's cell: what the layout audit looks for.
     */
    public static final String CURRENT_LINE = "processlab.current-line";
    public static final String CURRENT_LINE_STYLE = "current-line";

    private final BorderPane root = new BorderPane();
    private final Region bar;
    private final ListView<CodeLines.Row> java;
    private final Region javaTitle;

    public CodeView(CodeViewModel model, I18n i18n) {
        model.languageProperty().bind(i18n.localeProperty());
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
        SegmentedButton shown = shownChoice(model, i18n);
        // a narrow column (presenter mode) puts the marker under the process: nothing is cut
        FlowPane bar = new FlowPane(10, 4, follow, who, at, shown, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("code-bar");
        this.bar = bar;

        CodeLines java = new CodeLines("code-java", model.javaLineProperty());
        CodeLines python = new CodeLines("code-python", model.pythonLineProperty());
        Runnable fill = () -> {
            Listing l = model.listingProperty().get();
            java.show(l == null ? List.of() : linesOf(l.java()));
            python.show(l == null ? List.of() : linesOf(l.python()));
        };
        VBox javaPane = titled(i18n, model, "code.java", "code.java_twin", java.list());
        VBox pythonPane = titled(i18n, model, "code.python", "code.python_run", python.list());
        // measured in the lines' own style (presenter mode's too), never shown
        root.getChildren().addAll(java.probes());
        root.getChildren().addAll(python.probes());
        SplitPane sides = new SplitPane(javaPane, pythonPane);
        Runnable panes = () -> {
            // a program of the user's has no Java twin: its own text alone, and nothing to choose
            shown.setVisible(model.hasJava());
            shown.setManaged(model.hasJava());
            List<Node> want = new ArrayList<>();
            if (model.showsJava()) {
                want.add(javaPane);
            }
            if (model.showsPython()) {
                want.add(pythonPane);
            }
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
        model.shownProperty().addListener((o, a, b) -> panes.run());
        fill.run();
        panes.run();
        // too narrow for two panes of PANE_COLUMNS characters: Python alone, unless the user chose
        root.widthProperty().addListener((o, a, w) -> {
            if (w.doubleValue() > 0) {
                model.setNarrow(w.doubleValue() / 2 < PANE_COLUMNS * java.charWidth());
            }
        });
        this.java = java.list();
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

    /**
     * The height that shows {@value #LINES} rows of each language with the bar and the titles (a
     * long line goes on in further rows: nothing scrolls sideways).
     */
    public double need() {
        double w = root.getWidth() > 0 ? root.getWidth() : 600;
        double cell = java.getFixedCellSize() > 0 ? java.getFixedCellSize() : CodeLines.ROW_HEIGHT;
        Insets in = root.getInsets();
        return Math.ceil(bar.prefHeight(w) + javaTitle.prefHeight(w / 2) + (LINES + 0.6) * cell
                + in.getTop() + in.getBottom() + 8);
    }

    /** Both languages, Java alone or Python alone: one of them always chosen. */
    private static SegmentedButton shownChoice(CodeViewModel model, I18n i18n) {
        ToggleButton both = shownButton(model, i18n.text("code.both"), CodeViewModel.Shown.BOTH, "code-both");
        ToggleButton java = shownButton(model, new SimpleStringProperty("Java"), CodeViewModel.Shown.JAVA, "code-java-only");
        ToggleButton python = shownButton(model, new SimpleStringProperty("Python"), CodeViewModel.Shown.PYTHON, "code-python-only");
        SegmentedButton choice = new SegmentedButton(both, java, python);
        choice.setId("code-shown");
        choice.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("code.shown.tip"));
        for (ToggleButton b : choice.getButtons()) {
            b.setTooltip(tip);
        }
        Runnable mark = () -> {
            for (ToggleButton b : choice.getButtons()) {
                b.setSelected(b.getUserData() == model.shownProperty().get());
            }
        };
        choice.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                mark.run(); // pressing the chosen one again keeps it chosen
            } else if (b.getUserData() != model.shownProperty().get()) {
                // (marking the model's choice selects its button: only the user selects another)
                model.choose((CodeViewModel.Shown) b.getUserData());
            }
        });
        model.shownProperty().addListener((o, a, b) -> mark.run());
        mark.run();
        return choice;
    }

    private static ToggleButton shownButton(CodeViewModel model, javafx.beans.value.ObservableValue<String> text,
                                            CodeViewModel.Shown which, String id) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(text);
        b.setUserData(which);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A pane's title: {@code key}, or {@code pythonKey} while a Python program's run is shown. */
    private static VBox titled(I18n i18n, CodeViewModel model, String key, String pythonKey, ListView<?> list) {
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

    /** The lines of {@code code}, an empty last one included (as the listing's line numbers count them). */
    static List<String> linesOf(String code) {
        return TextParts.split(code, '\n');
    }
}
