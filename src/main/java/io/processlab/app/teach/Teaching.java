package io.processlab.app.teach;

import io.processlab.app.i18n.I18n;
import io.processlab.app.i18n.Tabs;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.timeline.TimelineCanvas;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * The teaching layer, put into the main window in three places: {@link #toolbarControls()} (tempo,
 * step mode, language, presenter, help), {@link #tabs()} (Code and Scheduler, beside the console)
 * and {@link #install} (keyboard shortcuts, the help overlay, presenter mode). The window calls
 * {@link #frame()} once per frame.
 */
public final class Teaching {
    private final TeachViewModel model;
    private final I18n i18n;
    private final Shortcuts shortcuts = new Shortcuts();
    private final HelpOverlay help;
    private final CodeView codeView;
    private final SchedulerView schedulerView;
    private final Tab code;
    private final Tab scheduler;
    /** Tabs other screens add after Code and Scheduler (the Predict tab), with the room each needs. */
    private final java.util.Map<Tab, java.util.function.DoubleSupplier> more = new java.util.LinkedHashMap<>();
    private Runnable export;
    private boolean fullScreen = true;
    private StackPane window;
    private TimelineCanvas timeline;

    public Teaching(MainViewModel main, I18n i18n) {
        this.model = new TeachViewModel(main, i18n);
        this.i18n = i18n;
        defineShortcuts(main);
        this.help = new HelpOverlay(i18n, shortcuts);
        this.codeView = new CodeView(model.code(), i18n);
        this.schedulerView = new SchedulerView(model.scheduler(), i18n);
        this.code = tab("tab.code", codeView.root());
        this.scheduler = tab("tab.scheduler", schedulerView.root());
        model.scheduler().stepModeProperty().addListener((o, a, on) -> {
            if (on && scheduler.getTabPane() != null) {
                scheduler.getTabPane().getSelectionModel().select(scheduler);
            }
        });
        model.presenterProperty().addListener((o, a, on) -> presenter(on));
    }

    public TeachViewModel model() {
        return model;
    }

    /** The toolbar's teaching controls, in order. */
    public List<Node> toolbarControls() {
        return new TeachingControls(model, i18n).create(help::toggle);
    }

    /** A tab after Code and Scheduler (the Predict tab), whose content needs {@code need} px (0: its share). */
    public void addTab(Tab tab, java.util.function.DoubleSupplier need) {
        more.put(tab, need);
    }

    /** The Code and Scheduler tabs, then those added. */
    public List<Tab> tabs() {
        List<Tab> all = new java.util.ArrayList<>(List.of(code, scheduler));
        all.addAll(more.keySet());
        return all;
    }

    /** Whether presenter mode puts the window full screen (the screenshot grid sizes it itself). */
    public void fullScreen(boolean allowed) {
        fullScreen = allowed;
    }

    /**
     * The height {@code tab}'s content needs (the Code tab: ten lines of each language; the
     * Scheduler: its buttons and a few held operations), or 0 for a tab that takes its share.
     * The window's split makes the room (it alone moves its dividers).
     */
    public double room(Tab tab) {
        if (tab == code) {
            return codeView.need();
        }
        if (tab == scheduler) {
            return schedulerView.need();
        }
        if (more.containsKey(tab)) {
            return more.get(tab).getAsDouble();
        }
        return 0;
    }

    /** What Ctrl+E does (the export of the run); until it is set, Ctrl+E does nothing. */
    public void onExport(Runnable action) {
        this.export = action;
    }

    /**
     * Puts the help overlay over {@code window}'s content, catches the keyboard shortcuts there,
     * and lets presenter mode enlarge {@code timeline}; the timeline follows the language.
     */
    public void install(StackPane window, TimelineCanvas timeline) {
        this.window = window;
        this.timeline = timeline;
        window.getChildren().add(help.node());
        shortcuts.install(window);
        if (timeline != null) {
            timeline.setLocale(i18n.locale());
            i18n.localeProperty().addListener((o, a, l) -> timeline.setLocale(l));
        }
    }

    /** Once per frame, after the main model took the run's events. */
    public void frame() {
        model.frame();
    }

    /** Shows or hides the help overlay (F1 toggles it). */
    public void help(boolean on) {
        if (on != help.showing()) {
            help.toggle();
        }
    }

    boolean helpShowing() {
        return help.showing();
    }

    private void presenter(boolean on) {
        if (window != null) {
            Presenter.apply(on, window, timeline, i18n.get("presenter.exit_hint"), fullScreen);
        }
    }

    private void defineShortcuts(MainViewModel main) {
        KeyCombination ctrlPeriod = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);
        shortcuts
                .add("F1", "help.key.help", () -> help.toggle(), Shortcuts.key(KeyCode.F1))
                .add("F5 / Ctrl+R", "help.key.run", () -> act(main.canRunProperty().get(), main::run),
                        Shortcuts.key(KeyCode.F5), Shortcuts.ctrl(KeyCode.R))
                .add("Esc / Ctrl+.", "help.key.stop", () -> escape(main), Shortcuts.key(KeyCode.ESCAPE), ctrlPeriod)
                .add("F10", "help.key.step", () -> act(true, model::step), Shortcuts.key(KeyCode.F10))
                .add("F9", "help.key.step_mode", () -> act(true, () -> model.scheduler().stepModeProperty()
                        .set(!model.scheduler().stepModeProperty().get())), Shortcuts.key(KeyCode.F9))
                .add("Ctrl+L", "help.key.reset", () -> act(main.canResetProperty().get(), main::reset),
                        Shortcuts.ctrl(KeyCode.L))
                .add("Ctrl+\u2212", "help.key.slower", () -> act(true, model::slower),
                        Shortcuts.ctrl(KeyCode.MINUS), Shortcuts.ctrl(KeyCode.SUBTRACT))
                .add("Ctrl++", "help.key.faster", () -> act(true, model::faster),
                        Shortcuts.ctrl(KeyCode.PLUS), Shortcuts.ctrl(KeyCode.EQUALS), Shortcuts.ctrl(KeyCode.ADD))
                .add("F11", "help.key.presenter", () -> act(true, () -> model.presenterProperty()
                        .set(!model.presenterProperty().get())), Shortcuts.key(KeyCode.F11))
                .add("Ctrl+Shift+L", "help.key.language", () -> act(true, model::toggleLanguage),
                        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .add("Ctrl+E", "help.key.export", () -> act(export != null, () -> export.run()),
                        Shortcuts.ctrl(KeyCode.E))
                // listed only: the File menu's own accelerators do these
                .add("Ctrl+O", "help.key.open", () -> false)
                .add("Ctrl+S", "help.key.save", () -> false)
                .add("Ctrl+Shift+C", "help.key.copy", () -> false);
    }

    private Tab tab(String key, Node content) {
        return Tabs.of(i18n, key, content);
    }

    /** Esc closes the help first; else it stops a run; else it goes on to the controls. */
    private boolean escape(MainViewModel main) {
        if (help.showing()) {
            help.hide();
            return true;
        }
        return act(main.canStopProperty().get(), main::stop);
    }

    private static boolean act(boolean when, Runnable r) {
        if (when) {
            r.run();
        }
        return when;
    }
}
