package io.processlab.app;

import io.processlab.app.files.FileActions;
import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPage;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's left column (pick, set, run): the lesson list, the chosen lesson's settings
 * (they scroll in a short window), "Run in Python" and the hint under them, always whole. Choosing another
 * lesson while a run that would be lost is shown asks first.
 */
final class LessonColumn {
    /** Width of the column. */
    static final double SIDEBAR = 290;
    /** The least height of the lesson list: two lessons, with two-line titles (it scrolls below it). */
    static final double LESSON_LIST_MIN = 170;
    /** The least height of the settings (they scroll below it, their scrollbar the cue). */
    static final double SHEET_MIN = 150;

    private final MainViewModel model;
    private final I18n i18n;
    private final FileActions files;
    private final VBox root;
    private boolean reverting;

    LessonColumn(MainViewModel model, I18n i18n, FileActions files) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        this.root = build();
    }

    Node root() {
        return root;
    }

    /**
     * Before another lesson is chosen: a run shown that was opened from a file, or that ran and
     * was not saved, would be thrown away; the user says whether (or saves it first).
     */
    private boolean mayDiscardShownRun() {
        return mayDiscardShownRun(false);
    }

    /**
     * Whether the run shown may go: before another lesson is chosen, or before the window
     * quits ({@code quitting}). An opened run is not lost by quitting (its file stays), so only
     * an unsaved one asks then. After "Save first" the run goes only if it was saved.
     */
    boolean mayDiscardShownRun(boolean quitting) {
        if (model.state().busy() || model.recording() == null || model.recording().trace().events().isEmpty()
                || files.shownRunSaved() && !model.isOpened() || quitting && model.isOpened()) {
            return true;
        }
        String what = quitting ? "discard.quit." : "discard.";
        ButtonType go = new ButtonType(i18n.get(what + "go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType save = new ButtonType(i18n.get("discard.save"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(i18n.get("discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = model.isOpened()
                ? i18n.get("discard.opened", model.openedFileProperty().get() == null ? ""
                        : model.openedFileProperty().get().getFileName())
                : i18n.get(what + "unsaved");
        Alert ask = model.isOpened() ? new Alert(Alert.AlertType.CONFIRMATION, text, go, keep)
                : new Alert(Alert.AlertType.CONFIRMATION, text, go, save, keep);
        ask.setTitle(i18n.get("discard.title"));
        ask.setHeaderText(i18n.get("discard.title"));
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
            ask.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        ask.getDialogPane().lookupButton(go).setId("discard-go");
        ask.getDialogPane().lookupButton(keep).setId("discard-keep");
        ButtonType chosen = ask.showAndWait().orElse(keep);
        if (chosen == save) {
            files.chooseAndSave();
            return quitting && files.shownRunSaved();
        }
        return chosen == go;
    }

    /**
     * Scrolls the list so that {@code p} shows whole, with the lesson above it, unless it
     * already does (a list that shows it is left as it is), and so that no lesson is cut at the
     * list's top edge.
     */
    private static void reveal(ListView<LessonPage> list, LessonPage p) {
        int i = list.getItems().indexOf(p);
        // laid out at once after each scroll: the cells' heights are known only then, and a
        // scroll by estimated heights can stop short, or leave the lesson above cut at the top
        // (its subtitle alone showing, "Workers share a map" over the deadlock at 1366x768); a
        // list too short for two lessons gets the chosen one at its top (the third try)
        for (int tries = 0; tries < 3 && i >= 0 && !(shownWhole(list, i) && topWhole(list)); tries++) {
            list.scrollTo(tries < 2 ? Math.max(0, i - 1) : i);
            list.applyCss();
            list.layout();
        }
    }

    /** Whether the list's first lesson in sight is whole: none is cut at its top edge. */
    private static boolean topWhole(ListView<LessonPage> list) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null) {
            return true;
        }
        IndexedCell<?> cell = flow.getFirstVisibleCell();
        Bounds c = cell.localToScene(cell.getBoundsInLocal());
        Bounds f = flow.localToScene(flow.getBoundsInLocal());
        return c.getMinY() >= f.getMinY() - 1;
    }

    private static boolean shownWhole(ListView<LessonPage> list, int i) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> cell = flow.getVisibleCell(i);
        if (cell == null || !cell.isVisible()) {
            return false;
        }
        Bounds c = cell.localToScene(cell.getBoundsInLocal());
        Bounds f = flow.localToScene(flow.getBoundsInLocal());
        return c.getMinY() >= f.getMinY() - 1 && c.getMaxY() <= f.getMaxY() + 1;
    }

    private VBox build() {
        ListView<LessonPage> list = new ListView<>(model.pages());
        list.setId("lessons");
        list.getStyleClass().add("lesson-list");
        list.setCellFactory(v -> new ListCell<>() {
            private final Label title = new Label();
            private final Label sub = new Label();
            private final VBox box = new VBox(2, title, sub);

            {
                setPrefWidth(0);
                title.getStyleClass().add("lesson-title");
                title.setWrapText(true);
                sub.getStyleClass().add("lesson-subtitle");
                sub.setWrapText(true);
            }

            @Override
            protected void updateItem(LessonPage p, boolean empty) {
                super.updateItem(p, empty);
                title.textProperty().unbind();
                sub.textProperty().unbind();
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                // bound to the language, so that every cell (shown, cached or reused) follows a switch
                title.textProperty().bind(Bindings.createStringBinding(() -> i18n.lesson(p.id(), "title"),
                        i18n.localeProperty()));
                sub.textProperty().bind(Bindings.createStringBinding(
                        () -> i18n.getOr("lesson." + p.id() + ".subtitle", ""), i18n.localeProperty()));
                box.setId("lesson-" + p.id());
                setGraphic(box);
            }
        });
        list.getSelectionModel().select(model.selected());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p == null || p == model.selected() || reverting) {
                return;
            }
            if (!mayDiscardShownRun()) {
                // the run stays: so does the lesson it belongs to
                reverting = true;
                Platform.runLater(() -> {
                    list.getSelectionModel().select(model.selected());
                    reverting = false;
                });
                return;
            }
            model.selectedProperty().set(p);
        });
        model.selectedProperty().addListener((o, a, p) -> {
            if (list.getSelectionModel().getSelectedItem() != p) {
                // chosen otherwise than by a click here (the last lesson at start, the tour):
                // the list shows it
                list.getSelectionModel().select(p);
                // and once more after the cells' layout: their heights (wrapped titles) are
                // only estimates before it, and the first scroll can stop a row or two short
                reveal(list, p);
                Platform.runLater(() -> reveal(list, p));
            }
        });
        // a window made smaller (or larger: the titles wrap anew) keeps the chosen lesson in view
        Runnable keepChosen = () -> Platform.runLater(() -> {
            if (model.selected() != null) {
                reveal(list, model.selected());
            }
        });
        list.heightProperty().addListener((o, a, h) -> keepChosen.run());
        list.widthProperty().addListener((o, a, w) -> keepChosen.run());
        list.disableProperty().bind(model.canChooseLessonProperty().not());
        i18n.localeProperty().addListener((o, a, b) -> list.refresh());

        Label title = new Label();
        title.textProperty().bind(i18n.text("lessons.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label();
        hint.textProperty().bind(Bindings.when(model.canChooseLessonProperty())
                .then(i18n.text("lessons.hint")).otherwise(i18n.text("lessons.locked")));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        list.setMinHeight(LESSON_LIST_MIN);
        VBox.setVgrow(list, Priority.ALWAYS);

        SettingsView settings = new SettingsView(i18n);
        settings.show(model.currentSettingsProperty().get());
        model.currentSettingsProperty().addListener((o, a, s) -> settings.show(s));
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // the settings scroll when a short window has no room for them all: never cut; "Run in
        // Python" and the hint stay under them, always in sight
        VBox sheet = new VBox(8, settings.root());
        ScrollPane sheetScroll = new ScrollPane(sheet);
        sheetScroll.setFitToWidth(true);
        sheetScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sheetScroll.getStyleClass().add("sheet-scroll");
        sheetScroll.setId("sheet-scroll");
        sheetScroll.setMinHeight(SHEET_MIN);
        sheetScroll.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> sheet.prefHeight(SIDEBAR - 20) + 4, sheet.layoutBoundsProperty(), sheet.needsLayoutProperty()));
        list.setPrefHeight(LESSON_LIST_MIN);
        Button python = runPythonButton();
        python.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, title, list, sheetScroll, python, hint);
        left.getStyleClass().add("sidebar");
        left.setPrefWidth(SIDEBAR);
        left.setMinWidth(SIDEBAR);
        left.setMaxWidth(SIDEBAR);
        return left;
    }

    /** "Run in Python": the chosen seed lesson's Python twin, with the sheet's settings (under the sheet). */
    private Button runPythonButton() {
        Button python = MainView.button(i18n, "run-python", "toolbar.run_python", null);
        python.setOnAction(e -> model.runTwin());
        python.disableProperty().bind(model.canRunProperty().not());
        python.visibleProperty().bind(Bindings.createBooleanBinding(model::hasTwin, model.selectedProperty()));
        python.managedProperty().bind(python.visibleProperty());
        python.setMaxWidth(Double.MAX_VALUE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("toolbar.run_python.tip"));
        python.setTooltip(tip);
        return python;
    }
}
