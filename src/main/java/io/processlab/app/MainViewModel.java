package io.processlab.app;

import io.processlab.app.panels.LessonPage;
import io.processlab.lessons.Lesson;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.ProcState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's state: the chosen lesson and its settings, the run and its commands (Run, Stop,
 * Reset), the console and wire view, and the fold of the run's objects that the lesson panels
 * show. {@link #frame()} is called once per frame on the FX thread and takes what the run
 * produced since the last frame.
 */
public final class MainViewModel {
    /** Wire lines taken per frame at most, so that a flood never freezes the window. */
    static final int WIRE_PER_FRAME = 5_000;

    private final I18n i18n;
    private final ObservableList<LessonPage> pages;
    private final ObjectProperty<LessonPage> selected = new SimpleObjectProperty<>();
    private final Map<String, SettingsViewModel> settings = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<SettingsViewModel> currentSettings = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canChooseLesson = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>();
    private final ProcessPalette palette = new ProcessPalette();
    private final ConsoleViewModel console = new ConsoleViewModel(palette);
    private final WireViewModel wire = new WireViewModel();
    private final ChangeListener<Object> recheck = (o, a, b) -> updateCommands();
    private ObjectsModel objects = new ObjectsModel();
    private RunSession session;
    private int index;
    private String failure;
    private Path traceToOpen;
    private boolean reverting;

    public MainViewModel(I18n i18n, List<LessonPage> pages) {
        this.i18n = i18n;
        this.pages = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(pages));
        for (LessonPage p : pages) {
            settings.put(p.id(), new SettingsViewModel(p.lesson(), i18n));
        }
        selected.addListener((o, old, page) -> selectionChanged(old, page));
        state.addListener(recheck);
        i18n.localeProperty().addListener(recheck);
        if (!pages.isEmpty()) {
            selected.set(pages.get(0));
        }
        updateCommands();
    }

    public ObservableList<LessonPage> pages() {
        return pages;
    }

    /** The chosen lesson page; may change only while no run goes. */
    public ObjectProperty<LessonPage> selectedProperty() {
        return selected;
    }

    public LessonPage selected() {
        return selected.get();
    }

    /** Chooses the lesson with this id. */
    public void select(String id) {
        pages.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    public SettingsViewModel settingsOf(String lessonId) {
        return settings.get(lessonId);
    }

    public ReadOnlyObjectProperty<SettingsViewModel> currentSettingsProperty() {
        return currentSettings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RunState state() {
        return state.get();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResetProperty() {
        return canReset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canChooseLessonProperty() {
        return canChooseLesson.getReadOnlyProperty();
    }

    /** One line for the status bar: what is going on, or what to do next. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The run's trace (for the timeline), or null before the first run. */
    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public ConsoleViewModel console() {
        return console;
    }

    public WireViewModel wire() {
        return wire;
    }

    public ProcessPalette palette() {
        return palette;
    }

    /** The run's objects and processes as of the last frame. */
    public ObjectsModel objects() {
        return objects;
    }

    /** The run's locale: the window's language. */
    public Locale runLocale() {
        return i18n.locale();
    }

    /** A saved run given on the command line; opening it comes with the replay issue. */
    public void keepTraceToOpen(Path file) {
        this.traceToOpen = file;
        updateCommands();
    }

    public Path traceToOpen() {
        return traceToOpen;
    }

    private void selectionChanged(LessonPage old, LessonPage page) {
        if (reverting) {
            return;
        }
        if (state.get().busy() && old != null && page != old) {
            reverting = true;
            selected.set(old);
            reverting = false;
            return;
        }
        SettingsViewModel before = currentSettings.get();
        if (before != null) {
            before.validProperty().removeListener(recheck);
            before.problemProperty().removeListener(recheck);
        }
        SettingsViewModel now = page == null ? null : settings.get(page.id());
        currentSettings.set(now);
        if (now != null) {
            now.validProperty().addListener(recheck);
            now.problemProperty().addListener(recheck);
        }
        clearViews();
        state.set(RunState.IDLE);
        updateCommands();
    }

    /** Starts the chosen lesson with its settings, on a background thread. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        LessonPage page = selected.get();
        clearViews();
        session = new RunSession(page.lesson(), currentSettings.get().settings(), runLocale());
        palette.reset(ProcessHandle.current().pid());
        trace.set(session.trace());
        failure = null;
        state.set(RunState.RUNNING);
        session.start();
        updateCommands();
    }

    /** Ends the run and all its children at once (on a background thread). */
    public void stop() {
        if (session != null && state.get() == RunState.RUNNING) {
            state.set(RunState.STOPPING);
            session.stop();
            updateCommands();
        }
    }

    /** Clears the views of the last run. */
    public void reset() {
        if (!state.get().busy()) {
            clearViews();
            state.set(RunState.IDLE);
            updateCommands();
        }
    }

    private void clearViews() {
        objects = new ObjectsModel();
        index = 0;
        session = null;
        failure = null;
        trace.set(null);
        console.clear();
        wire.clear();
        for (LessonPage p : pages) {
            p.clear();
        }
    }

    /**
     * Takes what the run produced since the last frame (FX thread).
     *
     * @return whether the objects changed
     */
    public boolean frame() {
        RunSession s = session;
        if (s == null) {
            return false;
        }
        RunSession.Outcome outcome = s.outcome();
        List<TraceEvent> batch = s.trace().since(index);
        index += batch.size();
        if (!batch.isEmpty()) {
            objects.applyAll(batch);
            for (ProcState p : objects.processes()) {
                palette.colour(p.pid());
            }
            console.accept(batch);
        }
        List<WireLine> lines = s.drainWire(WIRE_PER_FRAME);
        if (!lines.isEmpty()) {
            List<WireLine> named = new ArrayList<>(lines.size());
            for (WireLine l : lines) {
                ProcState p = objects.process(l.pid());
                named.add(new WireLine(l.pid(), p == null ? "?" : p.name(), l.fromChild(), l.text()));
            }
            wire.accept(named);
        }
        if (outcome != null && state.get().busy() && s.trace().size() == index) {
            finish(outcome);
        }
        updateStatus();
        return !batch.isEmpty();
    }

    private void finish(RunSession.Outcome o) {
        failure = o.message();
        String tag = "ProcessLab";
        switch (o.state()) {
            case DONE -> console.system(tag, i18n.get("console.done", seconds()));
            case STOPPED -> console.system(tag, i18n.get("console.stopped"));
            default -> console.system(tag, i18n.get("console.failed", o.message()));
        }
        state.set(o.state());
        updateCommands();
    }

    private String seconds() {
        RunSession s = session;
        long us = s != null && state.get().busy() ? s.trace().clock().nowMicros() : objects.timeUs();
        return String.format(i18n.locale(), "%.1f", us / 1e6);
    }

    private void updateCommands() {
        SettingsViewModel sv = currentSettings.get();
        boolean busy = state.get().busy();
        boolean valid = sv != null && sv.validProperty().get();
        canRun.set(valid && !busy && selected.get() != null);
        canStop.set(state.get() == RunState.RUNNING);
        canReset.set(!busy);
        canChooseLesson.set(!busy);
        updateStatus();
    }

    private void updateStatus() {
        SettingsViewModel sv = currentSettings.get();
        Lesson lesson = selected.get() == null ? null : selected.get().lesson();
        String title = lesson == null ? "" : i18n.lesson(lesson.id(), "title");
        long children = objects.processes().stream().filter(p -> p.target() != null).count();
        long alive = objects.processes().stream().filter(p -> p.target() != null && !p.ended()).count();
        status.set(switch (state.get()) {
            case RUNNING -> i18n.get("status.running", title, seconds(), alive, children);
            case STOPPING -> i18n.get("status.stopping");
            case DONE -> i18n.get("status.done", title, seconds(), children);
            case FAILED -> i18n.get("status.failed", failure == null ? "?" : failure);
            case STOPPED -> i18n.get("status.stopped");
            case IDLE -> sv != null && !sv.validProperty().get()
                    ? i18n.get("status.invalid", sv.problemProperty().get())
                    : traceToOpen != null ? i18n.get("status.trace_later", traceToOpen.getFileName())
                    : i18n.get("status.idle", title);
        });
    }

    /** Ends a running run and every child, waiting up to three seconds (window closing). */
    public void shutdown() {
        RunSession s = session;
        if (s != null && s.outcome() == null) {
            s.stopNow(3_000);
        }
    }
}
