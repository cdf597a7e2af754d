package io.processlab.app;

import io.processlab.app.timeline.TimelineCanvas;
import io.processlab.app.panels.LessonPage;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: toolbar (Run, Stop, Reset; room for tempo, step, export, language);
 * on the left the lesson list and the chosen lesson's settings (pick, set, run: one column); in
 * the centre the lesson's explanation, its live panel, the timeline, and the console and wire tabs.
 */
public final class MainView {
    /** Width of the left column (lessons and settings). */
    static final double SIDEBAR = 290;
    /** Height of a lesson in the list. */
    static final double LESSON_CELL = 62;

    private final MainViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TimelineCanvas timeline = createTimeline();
    private final StackPane panelHolder = new StackPane();
    private final AnimationTimer frames;
    private LessonPage shown;
    private int shownApplied = -1;

    public MainView(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("main");
        root.setTop(toolbar());
        root.setLeft(lessonList());
        root.setCenter(centre());
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
        model.traceProperty().addListener((o, a, t) -> {
            timeline.setTrace(t);
            timeline.setFollowLive(t != null);
        });
        model.stateProperty().addListener((o, a, s) -> {
            if (!s.busy() && s != RunState.IDLE) {
                timeline.setFollowLive(false);
                timeline.fitAll();
            }
        });
    }

    /** The timeline area, made in this one place. */
    private static TimelineCanvas createTimeline() {
        return new TimelineCanvas();
    }

    public Parent root() {
        return root;
    }

    /** Starts taking the run's output once per frame. */
    public void startFrames() {
        frames.start();
    }

    public void stopFrames() {
        frames.stop();
    }

    /** One frame: new events into the models, the panel and the timeline redrawn. */
    void frame() {
        boolean changed = model.frame();
        LessonPage page = model.selected();
        if (page != null && (changed || page != shown || model.objects().applied() != shownApplied)) {
            page.show(model.objects(), model.palette());
            shown = page;
            shownApplied = model.objects().applied();
        }
        timeline.refresh();
    }

    private Node toolbar() {
        Button run = button("run", "toolbar.run", "accent");
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.canRunProperty().not());
        run.setDefaultButton(false);
        Button stop = button("stop", "toolbar.stop", "danger");
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.canStopProperty().not());
        Button reset = button("reset", "toolbar.reset", null);
        reset.setOnAction(e -> model.reset());
        reset.disableProperty().bind(model.canResetProperty().not());

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        model.stateProperty().addListener((o, a, s) -> {
            status.getStyleClass().removeIf(c -> c.startsWith("status-"));
            status.getStyleClass().add("status-" + s.name().toLowerCase(java.util.Locale.ROOT));
        });
        model.currentSettingsProperty().addListener((o, a, s) -> markInvalid(status));
        model.statusProperty().addListener((o, a, s) -> markInvalid(status));
        markInvalid(status);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        Label brand = new Label("ProcessLab");
        brand.getStyleClass().add("brand");
        // Later issues put tempo, step, export and language here, between the separator and the status.
        ToolBar bar = new ToolBar(brand, new Separator(Orientation.VERTICAL), run, stop, reset,
                new Separator(Orientation.VERTICAL), status);
        bar.setId("toolbar");
        return bar;
    }

    private void markInvalid(Label status) {
        SettingsViewModel s = model.currentSettingsProperty().get();
        boolean bad = s != null && !s.validProperty().get() && !model.state().busy();
        status.getStyleClass().remove("status-invalid");
        if (bad) {
            status.getStyleClass().add("status-invalid");
        }
    }

    private Button button(String id, String key, String style) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.getStyleClass().add("tool-button");
        if (style != null) {
            b.getStyleClass().add(style);
        }
        return b;
    }

    private Node lessonList() {
        ListView<LessonPage> list = new ListView<>(model.pages());
        list.setId("lessons");
        list.getStyleClass().add("lesson-list");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(LessonPage p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(i18n.lesson(p.id(), "title"));
                title.getStyleClass().add("lesson-title");
                Label sub = new Label(i18n.getOr("lesson." + p.id() + ".subtitle", ""));
                sub.getStyleClass().add("lesson-subtitle");
                sub.setWrapText(true);
                VBox box = new VBox(2, title, sub);
                box.setId("lesson-" + p.id());
                setGraphic(box);
            }
        });
        list.getSelectionModel().select(model.selected());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.selectedProperty().set(p);
            }
        });
        model.selectedProperty().addListener((o, a, p) -> list.getSelectionModel().select(p));
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
        list.setFixedCellSize(LESSON_CELL);
        list.prefHeightProperty().bind(Bindings.size(list.getItems()).multiply(LESSON_CELL).add(4));
        list.setMinHeight(2 * LESSON_CELL);

        SettingsView settings = new SettingsView(i18n);
        settings.show(model.currentSettingsProperty().get());
        model.currentSettingsProperty().addListener((o, a, s) -> settings.show(s));
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox left = new VBox(8, title, list, settings.root(), gap, hint);
        left.getStyleClass().add("sidebar");
        left.setPrefWidth(SIDEBAR);
        left.setMinWidth(SIDEBAR);
        left.setMaxWidth(SIDEBAR);
        return left;
    }

    private Node centre() {
        Label title = new Label();
        title.getStyleClass().add("lesson-heading");
        title.setId("lesson-heading");
        Label text = new Label();
        text.getStyleClass().add("explanation");
        text.setId("explanation");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label watch = new Label();
        watch.getStyleClass().add("watch");
        watch.setWrapText(true);
        watch.setMinHeight(Region.USE_PREF_SIZE);
        Runnable explain = () -> {
            LessonPage p = model.selected();
            String id = p == null ? "" : p.id();
            title.setText(i18n.lesson(id, "title"));
            text.setText(i18n.lesson(id, "summary"));
            watch.setText(i18n.lesson(id, "watch") + "\n" + i18n.lesson(id, "try"));
        };
        model.selectedProperty().addListener((o, a, b) -> explain.run());
        i18n.localeProperty().addListener((o, a, b) -> explain.run());
        explain.run();
        VBox explanation = new VBox(6, title, text, watch);
        explanation.getStyleClass().add("explanation-box");

        VBox header = new VBox(explanation);
        header.getStyleClass().add("header");

        showPanel(model.selected());
        model.selectedProperty().addListener((o, a, p) -> showPanel(p));
        ScrollPane panelScroll = new ScrollPane(panelHolder);
        panelScroll.setFitToWidth(true);
        panelScroll.getStyleClass().add("panel-scroll");
        panelScroll.setId("panel");

        TabPane tabs = new TabPane(tab("tab.console", new ConsoleView(model.console()).root()),
                tab("tab.wire", new WireView(model.wire(), i18n).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("bottom-tabs");

        VBox timelineBox = new VBox(timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineBox.getStyleClass().add("timeline-box");

        SplitPane split = new SplitPane(panelScroll, timelineBox, tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5, 0.72);
        VBox centre = new VBox(header, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        centre.getStyleClass().add("centre");
        return centre;
    }

    private Tab tab(String key, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.text(key));
        t.setContent(content);
        t.setId(key.replace('.', '-'));
        return t;
    }

    private void showPanel(LessonPage p) {
        Pane holder = panelHolder;
        holder.getChildren().setAll(p == null ? new Label() : p.view());
        shown = null;
    }
}
