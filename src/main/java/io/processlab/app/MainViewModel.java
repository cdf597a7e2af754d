package io.processlab.app;

import io.processlab.app.panels.LessonPage;
import io.processlab.app.replay.Player;
import io.processlab.app.replay.ReplayFold;
import io.processlab.app.replay.Ticker;
import io.processlab.engine.Run;
import io.processlab.lessons.Lesson;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceFile;
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
 * produced since the last frame. The run shown is a live one or a saved one that was opened
 * ({@link #open}); either way the panels and the console show it at the scrubber's time
 * ({@link #player()}, {@link #shown()}), and {@link #objects()} is the whole run so far.
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
    private final ReadOnlyObjectWrapper<Run> currentRun = new ReadOnlyObjectWrapper<>();
    private final ProcessPalette palette = new ProcessPalette();
    private final ConsoleViewModel console = new ConsoleViewModel(palette);
    private final WireViewModel wire;
    private final ChangeListener<Object> recheck = (o, a, b) -> updateCommands();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> openedFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final Player player;
    private final ReplayFold replay = new ReplayFold(ReplayFold.Lines.of(console::accept, console::clear));
    /** Every event of the run shown, as taken so far (FX thread). */
    private List<TraceEvent> events = new ArrayList<>();
    private ObjectsModel objects = new ObjectsModel();
    private RunSession session;
    private TraceFile.Recording opened;
    private int index;
    private String failure;
    private String endNote;
    private boolean reverting;

    public MainViewModel(I18n i18n, List<LessonPage> pages) {
        this(i18n, pages, Ticker.SYSTEM);
    }

    /** @param ticker the clock the replay plays by (a test's own, to play without sleeping) */
    public MainViewModel(I18n i18n, List<LessonPage> pages, Ticker ticker) {
        this.i18n = i18n;
        this.wire = new WireViewModel(i18n);
        this.player = new Player(ticker);
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

    /**
     * The engine's run of the last Run, or null (no run, or a saved run opened). It is set before
     * the lesson starts, so that a listener can set its tempo and install step mode's gate first.
     */
    public ReadOnlyObjectProperty<Run> currentRunProperty() {
        return currentRun.getReadOnlyProperty();
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

    /** The run's objects and processes as of the last frame: the whole run so far. */
    public ObjectsModel objects() {
        return objects;
    }

    /** The run's objects at the scrubber's time: what the lesson panel shows. */
    public ObjectsModel shown() {
        return replay.objects();
    }

    /** The scrubber: play, pause, step, speed, following "now". */
    public Player player() {
        return player;
    }

    /** Whether there is a run (live or opened) that Save and the exports can write. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** The saved run that is shown, or null. */
    public ReadOnlyObjectProperty<Path> openedFileProperty() {
        return openedFile.getReadOnlyProperty();
    }

    /** The last message of a file action, or null. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void showNotice(Notice n) {
        notice.set(n);
    }

    /** Whether the run shown was opened from a file (it is over; its wire lines were not kept). */
    public boolean isOpened() {
        return opened != null;
    }

    /** The run shown (live or opened) as the trace file holds it, or null when there is none. */
    public TraceFile.Recording recording() {
        if (opened != null) {
            return opened;
        }
        RunSession s = session;
        return s == null ? null : new TraceFile.Recording(s.lesson().id(), s.settings().toJson(), s.trace());
    }

    /** The run's locale: the window's language. */
    public Locale runLocale() {
        return i18n.locale();
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
        player.load(events, true);
        wire.setSource(WireViewModel.Source.LIVE);
        state.set(RunState.RUNNING);
        currentRun.set(session.run());
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
        events = new ArrayList<>();
        index = 0;
        session = null;
        opened = null;
        openedFile.set(null);
        failure = null;
        endNote = null;
        player.clear();
        replay.reset(events);
        trace.set(null);
        currentRun.set(null);
        console.clear();
        wire.clear();
        for (LessonPage p : pages) {
            p.clear();
        }
    }

    /**
     * Takes what the run produced since the last frame, moves the scrubber, and folds the run up
     * to the scrubber's time (FX thread).
     *
     * @return whether what the panels show changed
     */
    public boolean frame() {
        RunSession s = session;
        if (s != null) {
            take(s);
        }
        if (!player.readyProperty().get()) {
            return false;
        }
        boolean live = s != null && state.get().busy();
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).tUs();
        player.update(live ? Math.max(last, s.trace().clock().nowMicros()) : last, live);
        player.frame();
        boolean changed = replay.moveTo(player.time());
        boolean atEnd = live ? player.isFollowing() : player.time() >= last;
        wire.showUntil(atEnd ? Long.MAX_VALUE : player.time());
        console.note("ProcessLab", !live && player.time() >= last ? endNote : null);
        return changed;
    }

    private void take(RunSession s) {
        RunSession.Outcome outcome = s.outcome();
        List<TraceEvent> batch = s.trace().since(index);
        index += batch.size();
        if (!batch.isEmpty()) {
            events.addAll(batch);
            objects.applyAll(batch);
            for (ProcState p : objects.processes()) {
                palette.colour(p.pid());
            }
        }
        List<WireLine> lines = s.drainWire(WIRE_PER_FRAME);
        if (!lines.isEmpty()) {
            List<WireLine> named = new ArrayList<>(lines.size());
            for (WireLine l : lines) {
                ProcState p = objects.process(l.pid());
                named.add(new WireLine(l.pid(), p == null ? "?" : p.name(), l.fromChild(), l.text(), l.tUs()));
            }
            wire.accept(named);
        }
        if (outcome != null && state.get().busy() && s.trace().size() == index) {
            finish(outcome);
        }
        updateStatus();
    }

    private void finish(RunSession.Outcome o) {
        failure = o.message();
        state.set(o.state());
        endNote = switch (o.state()) {
            case DONE -> i18n.get("console.done", seconds());
            case STOPPED -> i18n.get("console.stopped");
            default -> i18n.get("console.failed", o.message());
        };
        updateCommands();
    }

    /**
     * Shows a saved run: chooses its lesson, fills in its settings, and puts it in every view
     * with the scrubber at its end. Nothing changes when it cannot be shown (a run is going, or
     * the file's lesson is not one of this window's).
     *
     * @return whether it is shown; if not, the notice says why
     */
    public boolean open(TraceFile.Recording rec, Path file) {
        String name = file == null ? "?" : String.valueOf(file.getFileName());
        if (state.get().busy()) {
            notice.set(Notice.error(i18n.get("open.busy", name)));
            return false;
        }
        LessonPage page = pages.stream().filter(p -> p.id().equals(rec.lesson())).findFirst().orElse(null);
        if (page == null) {
            notice.set(Notice.error(i18n.get("open.unknown_lesson", name, rec.lesson())));
            return false;
        }
        selected.set(page);
        clearViews();
        state.set(RunState.IDLE);
        settings.get(page.id()).fill(rec.settings());
        opened = rec;
        openedFile.set(file);
        wire.setSource(WireViewModel.Source.OPENED);
        events = new ArrayList<>(rec.trace().events());
        objects = ObjectsModel.of(events);
        palette.reset(parentPid(rec.trace(), events));
        for (ProcState p : objects.processes()) {
            palette.colour(p.pid());
        }
        replay.reset(events);
        player.load(events, false);
        trace.set(rec.trace());
        notice.set(Notice.info(i18n.get("open.done", name)));
        frame();
        updateCommands();
        return true;
    }

    /** The parent's PID: the process listed as "main", else the one of the first event. */
    private static long parentPid(Trace t, List<TraceEvent> events) {
        for (ProcessInfo p : t.processes()) {
            if ("main".equals(p.role())) {
                return p.pid();
            }
        }
        return events.isEmpty() ? -1 : events.get(0).pid();
    }

    private String seconds() {
        RunSession s = session;
        long us = s != null && state.get().busy() ? s.trace().clock().nowMicros() : objects.timeUs();
        return String.format(i18n.locale(), "%.1f", us / 1e6);
    }

    private String openedStatus(String title) {
        long children = objects.processes().stream().filter(p -> p.target() != null).count();
        return i18n.get("status.opened", title, seconds(), children);
    }

    private void updateCommands() {
        SettingsViewModel sv = currentSettings.get();
        boolean busy = state.get().busy();
        boolean valid = sv != null && sv.validProperty().get();
        canRun.set(valid && !busy && selected.get() != null);
        canStop.set(state.get() == RunState.RUNNING);
        canReset.set(!busy);
        canChooseLesson.set(!busy);
        canSave.set(!busy && (opened != null || session != null && !events.isEmpty()));
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
            case IDLE -> openedFile.get() != null ? openedStatus(title)
                    : sv != null && !sv.validProperty().get()
                    ? i18n.get("status.invalid", sv.problemProperty().get())
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
