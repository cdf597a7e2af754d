package io.processlab.app;

import io.processlab.app.files.FileActions;
import io.processlab.app.i18n.I18n;
import io.processlab.app.i18n.Tabs;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.Notice;
import io.processlab.app.model.RunState;
import io.processlab.app.model.SettingsViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.replay.Player;
import io.processlab.app.replay.ScrubberView;
import io.processlab.app.teach.Teaching;
import io.processlab.app.timeline.TimelineCanvas;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.timeline.Frame;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The main window's content: toolbar (File menu, Run, Stop, Reset; then tempo, step mode,
 * language, presenter mode and help); on the left the lesson list and the chosen lesson's settings (pick, set, run: one
 * column); in the centre a short explanation, then, in a split whose largest part is the
 * timeline, the lesson's panel, the timeline with its scrubber, and the console and wire tabs.
 * Panels, console and timeline cursor show the run at the scrubber's time.
 */
public final class MainView {
    /** Width of the left column (lessons and settings). */
    static final double SIDEBAR = 290;
    /** The least height of the lesson list: two lessons. */
    static final double LESSON_LIST_MIN = 130;
    /** The toolbar shows the name "ProcessLab" only when it is at least this wide. */
    static final double BRAND_ROOM = 1400;

    private final MainViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    /** The window's content: {@link #root} with the help overlay over it. */
    private final StackPane window = new StackPane(root);
    private final TimelineCanvas timeline = createTimeline();
    private final StackPane panelHolder = new StackPane();
    private final AnimationTimer frames;
    private final FileActions files;
    private final Teaching teaching;
    private LessonPage shown;
    private ObjectsModel shownModel;
    private int shownApplied = -1;
    private boolean timelineFollows;
    private boolean fitWhenEnded;

    public MainView(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.files = new FileActions(model, i18n);
        this.teaching = new Teaching(model, i18n);
        root.getStyleClass().add("main");
        root.setTop(toolbar());
        root.setLeft(lessonList());
        root.setCenter(centre());
        teaching.install(window, timeline);
        teaching.onExport(() -> {
            if (model.canSaveProperty().get()) {
                files.chooseAndExportPng(2);
            }
        });
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
        files.acceptDrops(root);
        files.panelIs(panelHolder);
        timeline.setOnSeek(t -> model.player().seek(t));
        model.traceProperty().addListener((o, a, t) -> {
            timeline.setTrace(t);
            if (t != null && model.isOpened()) {
                timeline.endRun();
            }
            timelineFollows = false;
            timeline.setFollowLive(false);
            timeline.setCursorTime(Frame.NO_CURSOR);
        });
        model.stateProperty().addListener((o, a, s) -> {
            if (!s.busy() && s != RunState.IDLE) {
                // fitted once the timeline has taken the run's last events (this frame's refresh)
                fitWhenEnded = true;
            }
        });
    }

    /** The timeline area, made in this one place. */
    private static TimelineCanvas createTimeline() {
        return new TimelineCanvas();
    }

    public Parent root() {
        return window;
    }

    /** Tempo, step mode, language, presenter mode, shortcuts and their tabs. */
    public Teaching teaching() {
        return teaching;
    }

    /** Open, save and export, as the File menu and a dropped file do them. */
    public FileActions files() {
        return files;
    }

    /** The timeline (for the screenshots). */
    TimelineCanvas timeline() {
        return timeline;
    }

    /** Starts taking the run's output once per frame. */
    public void startFrames() {
        frames.start();
    }

    public void stopFrames() {
        frames.stop();
    }

    /** One frame: new events into the models, the panel at the scrubber's time, the timeline redrawn. */
    void frame() {
        boolean changed = model.frame();
        LessonPage page = model.selected();
        ObjectsModel at = model.shown();
        if (page != null && (changed || page != shown || at != shownModel || at.applied() != shownApplied)) {
            page.show(at, model.palette());
            shown = page;
            shownModel = at;
            shownApplied = at.applied();
        }
        Player player = model.player();
        timeline.setLive(player.liveProperty().get());
        boolean follows = player.isFollowing() && player.liveProperty().get();
        if (follows != timelineFollows) {
            timelineFollows = follows;
            timeline.setFollowLive(follows);
        }
        if (!follows && player.readyProperty().get()) {
            timeline.setCursorTime(player.time());
            if (player.isPlaying()) {
                timeline.reveal(player.time());
            }
        }
        teaching.frame();
        timeline.refresh();
        if (fitWhenEnded) {
            fitWhenEnded = false;
            timeline.fitAll();
        }
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
        // a long status takes two lines (see .status), then is cut with an ellipsis, never pushed
        // into the toolbar's overflow menu
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setPrefWidth(0);

        Label brand = new Label("ProcessLab");
        brand.getStyleClass().add("brand");
        Separator afterBrand = new Separator(Orientation.VERTICAL);
        ToolBar bar = new ToolBar(brand, afterBrand, run, stop, reset,
                new Separator(Orientation.VERTICAL), status);
        bar.getItems().addAll(teachingControls());
        // on a narrow screen (a 1280-pixel projector) the name gives its room to the controls
        brand.visibleProperty().bind(bar.widthProperty().greaterThan(BRAND_ROOM));
        brand.managedProperty().bind(brand.visibleProperty());
        afterBrand.visibleProperty().bind(brand.visibleProperty());
        afterBrand.managedProperty().bind(brand.visibleProperty());
        bar.setId("toolbar");

        // the File menu (open, save, exports) right after the name
        bar.getItems().add(1, files.menu());
        return bar;
    }

    /** Tempo, step mode, language, presenter mode and help, at the toolbar's right end. */
    private java.util.List<Node> teachingControls() {
        return teaching.toolbarControls();
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
        list.setMinHeight(LESSON_LIST_MIN);
        VBox.setVgrow(list, Priority.ALWAYS);

        SettingsView settings = new SettingsView(i18n);
        settings.show(model.currentSettingsProperty().get());
        model.currentSettingsProperty().addListener((o, a, s) -> settings.show(s));
        VBox left = new VBox(8, title, list, settings.root(), runPythonButton(), hint);
        left.getStyleClass().add("sidebar");
        left.setPrefWidth(SIDEBAR);
        left.setMinWidth(SIDEBAR);
        left.setMaxWidth(SIDEBAR);
        return left;
    }

    /** "Run in Python": the chosen seed lesson's Python twin, with the sheet's settings (under the sheet). */
    private Button runPythonButton() {
        Button python = button("run-python", "toolbar.run_python", null);
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

    private Node centre() {
        showPanel(model.selected());
        model.selectedProperty().addListener((o, a, p) -> showPanel(p));
        ScrollPane panelScroll = new ScrollPane(panelHolder);
        panelScroll.setFitToWidth(true);
        panelScroll.getStyleClass().add("panel-scroll");
        panelScroll.setId("panel");

        ConsoleView console = new ConsoleView(model.console());
        TabPane tabs = new TabPane(tab("tab.console", console.root()),
                tab("tab.wire", new WireView(model.wire(), i18n).root()));
        tabs.getTabs().addAll(teaching.tabs());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("bottom-tabs");

        Region scrubber = (Region) new ScrubberView(model.player(), i18n).root();
        VBox timelineBox = new VBox(timeline, scrubber);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineBox.getStyleClass().add("timeline-box");
        timelineBox.setId("timeline-box");

        CentreSplit split = new CentreSplit(panelScroll, timelineBox, tabs);
        new TimelineRoom(model, timeline, scrubber, split, teaching.model().presenterProperty());
        LessonHeader header = new LessonHeader(i18n, model.selectedProperty());
        // presenter mode: large text on a small screen; the console stands beside the timeline
        // and the summary waits behind the header's link, so that panel, timeline and console
        // all keep a readable size
        teaching.model().presenterProperty().addListener((o, a, on) -> {
            split.setSide(on);
            console.setStacked(on);
            header.setCompact(on);
            model.pages().forEach(page -> page.setCompact(on));
        });
        // the notice lies over the top of the split, so that it never moves the dividers
        StackPane body = new StackPane(split.root(), noticeBar());
        StackPane.setAlignment(body.getChildren().get(1), Pos.TOP_CENTER);
        VBox centre = new VBox(header.root(), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        centre.getStyleClass().add("centre");
        return centre;
    }

    /** The message of the last file action, over the top of the panel; a confirmation goes away by itself. */
    private Node noticeBar() {
        Label text = new Label();
        text.setId("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.setId("notice-close");
        close.getStyleClass().add("notice-close");
        close.setOnAction(e -> model.showNotice(null));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("notice.close"));
        close.setTooltip(tip);
        HBox bar = new HBox(10, text, close);
        bar.setId("notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice");
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        PauseTransition fade = new PauseTransition(Duration.seconds(8));
        Runnable show = () -> {
            Notice n = model.noticeProperty().get();
            bar.setVisible(n != null);
            text.setText(n == null ? "" : n.text());
            bar.getStyleClass().removeAll("notice-error", "notice-info");
            fade.stop();
            if (n != null) {
                bar.getStyleClass().add(n.error() ? "notice-error" : "notice-info");
                if (!n.error()) {
                    fade.setOnFinished(e -> {
                        if (model.noticeProperty().get() == n) {
                            model.showNotice(null);
                        }
                    });
                    fade.playFromStart();
                }
            }
        };
        model.noticeProperty().addListener((o, a, n) -> show.run());
        show.run();
        return bar;
    }

    private Tab tab(String key, Node content) {
        return Tabs.of(i18n, key, content);
    }

    private void showPanel(LessonPage p) {
        Pane holder = panelHolder;
        holder.getChildren().setAll(p == null ? new Label() : p.view());
        shown = null;
    }
}
