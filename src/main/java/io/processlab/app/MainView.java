package io.processlab.app;

import io.processlab.app.files.FileActions;
import io.processlab.app.fx.PanelCut;
import io.processlab.app.i18n.I18n;
import io.processlab.app.i18n.Tabs;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.model.SettingsViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.replay.Player;
import io.processlab.app.replay.ScrubberView;
import io.processlab.app.study.PredictViewModel;
import io.processlab.app.study.StudyTools;
import io.processlab.app.teach.Presenter;
import io.processlab.app.teach.SchedulerViewModel;
import io.processlab.app.teach.Teaching;
import io.processlab.app.timeline.LegendBar;
import io.processlab.app.timeline.TimelineCanvas;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.timeline.Frame;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: toolbar (File menu, Run, Stop, Reset; then tempo, step mode,
 * language, presenter mode and help); on the left the lesson list and the chosen lesson's settings (pick, set, run: one
 * column); in the centre a short explanation, then, in a split whose largest part is the
 * timeline, the lesson's panel, the timeline with its scrubber, and the console and wire tabs.
 * Panels, console and timeline cursor show the run at the scrubber's time. The left column is
 * {@link LessonColumn}, the file notice {@link NoticeBar}; the teaching layer ({@link Teaching})
 * and self-study ({@link StudyTools}: the Predict tab, Run ×N) give their controls and tabs.
 */
public final class MainView {
    /** A window shorter than this shows the lesson's title only (the summary behind its link). */
    static final double FULL_HEADER_HEIGHT = 1000;
    /**
     * A window lower than this (on a 1280x720 or a 1366x768 screen) has its panel laid out low
     * ({@link LessonPage#setLow}): its split gives the panel some 220-300 px, where the lock
     * lesson's cards asked for 381 (523 in presenter mode).
     */
    static final double LOW_HEIGHT = 820;

    /**
     * The height under which the panel is laid out low: {@link #LOW_HEIGHT}; in presenter mode, whose
     * type is larger, {@link #FULL_HEADER_HEIGHT} (a 1440x900 screen too: the lock lesson's cards
     * asked 562 px of its 385 there).
     */
    static double lowHeight(boolean presenter) {
        return presenter ? FULL_HEADER_HEIGHT : LOW_HEIGHT;
    }

    /** Whether the window is short for its mode (see {@link #lowHeight}). */
    private boolean lowWindow(boolean presenter) {
        Scene scene = root.getScene();
        return scene != null && scene.getHeight() < lowHeight(presenter);
    }
    /** The panel's scroll pane's border and the divider's place, over its content's height. */
    static final double PANEL_INSETS = 6;
    /** Room kept beside the panel's cards for its vertical scrollbar. */
    static final double PANEL_SCROLLBAR = 16;
    /** The panel's height is measured again at least this often (frames), as its cards change. */
    static final int FIT_EVERY = 15;
    /** The timeline's canvas may shrink to this before its scrubber is cut. */
    static final double TIMELINE_LEAST = 60;
    /** One press of zoom in or out. */
    static final double ZOOM_STEP = 1.5;
    /** The toolbar shows the name "ProcessLab" only when it is at least this wide. */
    static final double BRAND_ROOM = 1400;

    private final MainViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    /** The window's content: {@link #root} with the help overlay over it. */
    private final StackPane window = new StackPane(root);
    private final TimelineCanvas timeline = createTimeline();
    private final StackPane panelHolder = new StackPane();
    private final ScrollPane panelScroll = new ScrollPane(panelHolder);
    private final Map<LessonPage, Boolean> compacted = new HashMap<>();
    /** Each page's wide layout's width, as the normal window measures it. */
    private final Map<LessonPage, Double> wideWidth = new HashMap<>();
    /** Presenter mode: for each page and panel width (in steps of {@link #CHOICE_STEP}), whether compact shows it lower. */
    private final Map<LessonPage, Map<Long, Boolean>> presenterChoice = new HashMap<>();
    /** The panel widths that share a presenter choice. */
    static final double CHOICE_STEP = 8;
    private CentreSplit split;
    private int framesSinceFit;
    private final AnimationTimer frames;
    private final FileActions files;
    private final Teaching teaching;
    private final StudyTools study;
    private TabPane bottomTabs;
    private final LessonColumn lessons;
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
        // the Predict tab (added to Teaching's tabs) and Run xN
        this.study = new StudyTools(model, i18n, teaching, timeline::reveal, () -> window.getScene().getWindow());
        root.getStyleClass().add("main");
        root.setTop(toolbar());
        lessons = new LessonColumn(model, i18n, files);
        root.setLeft(lessons.root());
        root.setCenter(centre());
        root.setBottom(statusBar());
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
        // cards moved side by side (or back) as the panel's width changed: its need is measured
        // again, smaller too (while a run goes the need only grows, and the one-under-another
        // height measured first had kept a 1440x900 window's panel scrolling)
        panelHolder.addEventHandler(io.processlab.app.panels.LessonPage.REARRANGED,
                e -> javafx.application.Platform.runLater(() -> panelNeed(false)));
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
                // the cards the run drew decide presenter mode's layout: measured again once
                LessonPage page = model.selected();
                if (page != null && presenterChoice.remove(page) != null) {
                    Platform.runLater(this::fitPanel);
                }
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

    /** The Predict tab's model: the lesson's questions, their verdicts, the challenges. */
    public PredictViewModel predict() {
        return study.predict();
    }

    /** Open, save and export, as the File menu and a dropped file do them. */
    /**
     * Whether the window may quit now: a run shown that ran and was not saved would be lost,
     * so the user is asked first (quit, save first, or keep it).
     */
    public boolean mayQuit() {
        return lessons.mayDiscardShownRun(true);
    }

    public FileActions files() {
        return files;
    }

    /** The console, wire, Code and Scheduler tabs. */
    TabPane bottomTabs() {
        return bottomTabs;
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
        boolean redrawn = false;
        if (page != null && (changed || page != shown || at != shownModel || at.applied() != shownApplied)) {
            page.show(at, model.palette());
            redrawn = true;
            shown = page;
            shownModel = at;
            shownApplied = at.applied();
        }
        Player player = model.player();
        timeline.setLive(player.liveProperty().get());
        // the clock as this frame's scrubber read it: the playhead and the readout show one time
        timeline.setPresent(player.liveProperty().get() ? player.end() : Frame.NO_CURSOR);
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
        // a panel drawn anew (a seek in a replay too: a consumer holding a task widened the queue's
        // wide layout past a 1440x900 window's panel) is measured in the same frame
        if (changed || redrawn || ++framesSinceFit >= FIT_EVERY) {
            framesSinceFit = 0;
            panelNeed(model.state().busy());
        }
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

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Label brand = new Label("ProcessLab");
        brand.getStyleClass().add("brand");
        Separator afterBrand = new Separator(Orientation.VERTICAL);
        ToolBar bar = new ToolBar(brand, afterBrand, run, study.repeatControls(), stop, reset, gap);
        bar.getItems().addAll(teachingControls());
        // on a narrow screen (a 1280-pixel projector) the name gives its room to the controls
        brand.visibleProperty().bind(bar.widthProperty().greaterThan(BRAND_ROOM));
        brand.managedProperty().bind(brand.visibleProperty());
        afterBrand.visibleProperty().bind(brand.visibleProperty());
        afterBrand.managedProperty().bind(brand.visibleProperty());
        bar.setId("toolbar");

        // the File menu (open, save, exports, quit) right after the name
        bar.getItems().add(1, files.menu());
        return bar;
    }

    /** Tempo, step mode, language, presenter mode and help, at the toolbar's right end. */
    private java.util.List<Node> teachingControls() {
        return teaching.toolbarControls();
    }

    /**
     * The status line under the window, the whole width (it was cut in the toolbar): what the run
     * is doing or how it ended, and, while work goes on (a run, a file read or written), progress.
     */
    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.getStyleClass().add("status");
        bar.textProperty().bind(model.statusProperty());
        Runnable mark = () -> {
            bar.getStyleClass().removeIf(c -> c.startsWith("status-"));
            bar.getStyleClass().add("status-" + model.state().name().toLowerCase(java.util.Locale.ROOT));
            SettingsViewModel s = model.currentSettingsProperty().get();
            if (s != null && !s.validProperty().get() && !model.state().busy()) {
                bar.getStyleClass().add("status-invalid");
            }
            // a run held by step mode is not working: it waits for the user's Go
            boolean working = model.state().busy() && !teaching.model().scheduler().stepModeProperty().get();
            bar.setProgress(working || files.busyProperty().get() ? ProgressBar.INDETERMINATE_PROGRESS : 0);
        };
        teaching.model().scheduler().stepModeProperty().addListener((o, a, on) -> mark.run());
        model.stateProperty().addListener((o, a, s) -> mark.run());
        model.currentSettingsProperty().addListener((o, a, s) -> mark.run());
        model.statusProperty().addListener((o, a, s) -> mark.run());
        files.busyProperty().addListener((o, a, b) -> mark.run());
        mark.run();
        return bar;
    }

    private Button button(String id, String key, String style) {
        return button(i18n, id, key, style);
    }

    /** A toolbar-style button whose text is the bundle's {@code key}. */
    static Button button(I18n i18n, String id, String key, String style) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.getStyleClass().add("tool-button");
        if (style != null) {
            b.getStyleClass().add(style);
        }
        return b;
    }

    private Node centre() {
        showPanel(model.selected());
        model.selectedProperty().addListener((o, a, p) -> showPanel(p));
        panelScroll.setFitToWidth(true);
        panelScroll.getStyleClass().add("panel-scroll");
        panelScroll.setId("panel");

        ConsoleView console = new ConsoleView(model.console());
        TabPane tabs = new TabPane(tab("tab.console", console.root()),
                tab("tab.wire", new WireView(model.wire(), i18n).root()));
        tabs.getTabs().addAll(teaching.tabs());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("bottom-tabs");
        Tabs.contentWhenChosen(tabs);
        bottomTabs = tabs;

        ScrubberView bar = new ScrubberView(model.player(), i18n);
        bar.addToEnd(zoomControls()); // zoom out, in and fit at the scrubber's end
        Region scrubber = bar.root();
        // the legend is a row under the whole centre, in every mode: it never gives way
        LegendBar legend = new LegendBar(i18n.locale());
        i18n.localeProperty().addListener((o, a, l) -> legend.setLocale(l));
        model.traceProperty().addListener((o, a, t) -> legend.setRuntime(t == null ? null : t.runtime()));
        timeline.setLegend(false);
        timeline.setMinHeight(TIMELINE_LEAST);
        VBox timelineBox = new VBox(timeline, scrubber);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineBox.getStyleClass().add("timeline-box");
        timelineBox.setId("timeline-box");

        split = new CentreSplit(panelScroll, timelineBox, tabs);
        split.setPanelCut(h -> PanelCut.below(panelScroll, h));
        split.setTabRow(this::tabRowWidth);
        new TimelineRoom(model, timeline, scrubber, split, teaching.model().presenterProperty());
        LessonHeader header = new LessonHeader(i18n, model.selectedProperty());
        // presenter mode: large text on a small screen; the console stands beside the timeline
        // and the summary waits behind the header's link, so that panel, timeline and console
        // all keep a readable size; a short window keeps only the title too
        Runnable mode = () -> {
            boolean on = teaching.model().presenterProperty().get();
            split.setSide(on);
            console.setStacked(on);
            Scene scene = root.getScene();
            header.setCompact(on || scene != null && scene.getHeight() < FULL_HEADER_HEIGHT);
            fitPanel();
            tabsNeed();
        };
        teaching.model().presenterProperty().addListener((o, a, on) -> mode.run());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.heightProperty().addListener((x, y, h) -> mode.run());
                mode.run();
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> tabsNeed());
        // the Predict tab grows after a run (its verdict and why) and shrinks with "Predict again":
        // its need is asked again once it has drawn itself anew
        study.predict().revisionProperty().addListener((o, a, r) -> Platform.runLater(this::tabsNeed));
        panelScroll.widthProperty().addListener((o, a, w) -> fitPanel());
        // a language's words wrap otherwise: the panel's and the chosen tab's needs are asked anew
        // (the Predict tab kept its English height in Portuguese, its last choices below the edge)
        i18n.localeProperty().addListener((o, a, l) -> Platform.runLater(() -> {
            fitPanel();
            tabsNeed();
        }));
        tabs.widthProperty().addListener((o, a, w) -> Platform.runLater(this::tabsNeed));
        // the Scheduler's line of locks comes with the run's first lock (the tab was chosen before it)
        teaching.model().scheduler().locks().addListener(
                (javafx.collections.ListChangeListener<SchedulerViewModel.LockLine>) c -> Platform.runLater(this::tabsNeed));
        VBox centre = new VBox(header.root(), NoticeBar.of(model, i18n), split.root(), legend.root());
        VBox.setVgrow(split.root(), Priority.ALWAYS);
        centre.getStyleClass().add("centre");
        return centre;
    }

    /** Zoom out, zoom in and fit, beside the legend (the wheel does the same over the lanes). */
    private Node zoomControls() {
        Button out = zoomButton("zoom-out", "\u2212", "zoom.out");
        out.setOnAction(e -> timeline.zoomBy(1 / ZOOM_STEP));
        Button in = zoomButton("zoom-in", "+", "zoom.in");
        in.setOnAction(e -> timeline.zoomBy(ZOOM_STEP));
        Button fit = zoomButton("zoom-fit", null, "zoom.fit");
        fit.textProperty().bind(i18n.text("zoom.fit"));
        fit.setOnAction(e -> timeline.fitAll());
        HBox box = new HBox(4, out, in, fit);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setId("zoom");
        return box;
    }

    private Button zoomButton(String id, String text, String tipKey) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("zoom-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey + ".tip"));
        b.setTooltip(tip);
        return b;
    }

    /**
     * The shown lesson's panel in the room it has: compact (its cards stacked for a narrow room)
     * when its wide layout is wider than the panel, wide again when there is room (in presenter mode
     * too: the panel has the window's width there); then tells the split the height that shows it whole.
     */
    void fitPanel() {
        LessonPage page = model.selected();
        double room = panelScroll.getWidth() - PANEL_SCROLLBAR;
        if (page == null || room <= 0) {
            return;
        }
        boolean presenter = teaching.model().presenterProperty().get();
        Scene scene = root.getScene();
        page.setTypeSize(presenter && scene != null
                ? Presenter.PANEL_TYPE * Presenter.scale(scene.getWidth(), scene.getHeight()) : 1);
        boolean low = lowWindow(presenter);
        page.setLow(low);
        if (presenter) {
            presenterLayout(page, room, low);
        } else if (!compacted.getOrDefault(page, false)) {
            double wide = wideWidth(page);
            wideWidth.put(page, wide);
            if (wide > room) {
                layOut(page, true);
            }
        } else if (wideWidth.getOrDefault(page, 0.0) <= room) {
            // (a width not measured yet is measured by laying the page out wide once)
            layOut(page, false);
        }
        panelNeed(false);
    }

    /**
     * Presenter mode: the page's compact or wide layout, whichever shows it lower at this width (the
     * wide one only where it fits, and where it shows whole), measured both ways once for a width and
     * again when a run ends.
     * Neither wins everywhere in large type: after a run at 1920x1080 the queue's wide layout (its
     * task queue a narrow column) needed 456 px where its compact one needed 219, the lock lesson's
     * compact one 611 where its wide one needed 440; the isolation lesson's wide one was the lower at
     * 1280x720 and the higher at 1920x1080.
     */
    private void presenterLayout(LessonPage page, double room, boolean low) {
        Map<Long, Boolean> chosen = presenterChoices(page);
        long key = choiceKey(room, low);
        Boolean compact = chosen.get(key);
        if (compact == null) {
            double wide = heightFor(page, false, room);
            double narrow = heightFor(page, true, room);
            // where neither shows whole, the compact one, made to put the lesson's objects first in
            // a presenter's short panel (the lock's wide card, a narrow column at 1280x720, hid its
            // second waiter under the edge where the compact one has them on the lock's line)
            // (a page laid out low has its wide layout made for a short panel: the lower of the two)
            boolean lower = low && page.hasLowLayout();
            compact = narrow <= wide || !lower && split.panelFor(wide + PANEL_INSETS) < wide + PANEL_INSETS;
            chosen.put(key, compact);
        }
        layOut(page, compact);
    }

    /** Presenter mode's choices for {@code page}, by panel width and the window's lowness (see {@link #choiceKey}). */
    private Map<Long, Boolean> presenterChoices(LessonPage page) {
        return presenterChoice.computeIfAbsent(page, p -> new HashMap<>());
    }

    /**
     * The panel widths that share a presenter choice: in steps of {@link #CHOICE_STEP}, in a short
     * window apart from a tall one (the page's wide layout is its low one there: a choice made
     * at 1080 px was kept at 720 px of the same width).
     */
    private static long choiceKey(double room, boolean low) {
        return Math.round(room / CHOICE_STEP) * 2 + (low ? 1 : 0);
    }

    /** The panel's height at {@code room} pixels wide in one of the page's layouts (none: too wide for it). */
    private double heightFor(LessonPage page, boolean compact, double room) {
        layOut(page, compact);
        double width = wideWidth(page); // (which styles the cards just built, compact too)
        if (!compact && width > room) {
            return Double.MAX_VALUE;
        }
        return panelHolder.prefHeight(room);
    }

    private void layOut(LessonPage page, boolean compact) {
        if (compacted.getOrDefault(page, false) != compact) {
            compacted.put(page, compact);
            page.setCompact(compact);
        }
    }

    /**
     * The width the page's layout needs, its cards styled first: its preferred width, or its least
     * where that is more. Measured before the cards drawn since the last pulse had their style, the
     * queue's wide layout, two consumers holding a task, asked for less than a 1440x900 window's
     * panel and then stood 1,153 px wide in it, scrolling sideways (4 single shots of 4 here).
     */
    private double wideWidth(LessonPage page) {
        panelHolder.applyCss(); // cards drawn since the last pulse measure in their own font
        Node v = page.view();
        return Math.max(v.prefWidth(-1), v.minWidth(-1));
    }

    /** Tells the split how tall the panel is at its width; while a run goes, only when it grew. */
    private void panelNeed(boolean onlyGrow) {
        LessonPage page = model.selected();
        double w = panelScroll.getWidth() - PANEL_SCROLLBAR;
        if (page == null || w <= 0 || split == null) {
            return;
        }
        if (!compacted.getOrDefault(page, false) && wideWidth(page) > w) {
            // what the run drew (a long printed line) no longer fits the wide layout: the
            // compact one, as a narrower window would have chosen (fitPanel tells the need)
            if (teaching.model().presenterProperty().get()) {
                // (presenter mode: compact is its choice at this width from now on)
                presenterChoices(page).put(choiceKey(w, lowWindow(true)), true);
            }
            fitPanel();
            return;
        }
        Insets in = panelScroll.getInsets();
        panelHolder.applyCss();
        // (2 px for the scroll pane's border, 1 for the divider's place rounded down to a pixel)
        double need = Math.ceil(panelHolder.prefHeight(w) + in.getTop() + in.getBottom() + 3);
        if (!onlyGrow || need > split.needs().panel()) {
            split.setPanelNeed(need);
        }
        // the rows moved (new cards) while the need stayed: the panel's edge between two of them again
        split.recut();
    }

    /** What the chosen tab needs (Code: ten lines of each language; Scheduler: its rows), told to the split. */
    private void tabsNeed() {
        Tab t = bottomTabs.getSelectionModel().getSelectedItem();
        double need = teaching.room(t);
        // the Code tab's two listings and the Wire's long JSON lines take the wide column; the
        // Scheduler's rows and the Predict tab's questions wrap in half the width
        boolean wire = t != null && "tab-wire".equals(t.getId());
        boolean wideTab = wire || t != null && "tab-code".equals(t.getId());
        split.setWideShare(wideTab ? CentreSplit.SIDE_WIDE_SHARE : CentreSplit.SIDE_TAB_SHARE);
        // side by side, the Predict tab (which asks for no room there) is read at length: its column
        // as tall as the split (beside the timeline alone it showed 101 of its first question's 230 px)
        split.setColumnTall(t != null && "tab-predict".equals(t.getId()));
        if (need <= 0 && wire) {
            // the wire's bar and a few of its JSON lines (each often two rows): on a short screen
            // the panel leaves the split for it, as for the Code tab
            split.setTabsNeed(CentreSplit.WIRE_ROOM);
            return;
        }
        if (need > 0) {
            Node header = bottomTabs.lookup(".tab-header-area");
            need += header instanceof Region r ? r.prefHeight(-1) : 40;
        }
        split.setTabsNeed(need);
    }

    /**
     * How wide the console column must be for its five tabs: the column's least at 1280x720, times
     * presenter mode's scale (the tabs' font grows with it).
     */
    private double tabRowWidth() {
        Scene scene = root.getScene();
        return scene == null ? CentreSplit.SIDE_MIN
                : CentreSplit.SIDE_MIN * Presenter.scale(scene.getWidth(), scene.getHeight());
    }

    private Tab tab(String key, Node content) {
        return Tabs.of(i18n, key, content);
    }

    private void showPanel(LessonPage p) {
        Pane holder = panelHolder;
        holder.getChildren().setAll(p == null ? new Label() : p.view());
        shown = null;
        Platform.runLater(this::fitPanel);
    }

    /** The centre's split (for the window's remembered dividers). */
    CentreSplit split() {
        return split;
    }
}
