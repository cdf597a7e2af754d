package io.processlab.app.model;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.replay.Player;
import io.processlab.app.replay.Ticker;
import io.processlab.app.style.ProcessPalette;
import io.processlab.engine.Run;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceFile;
import io.processlab.view.objects.ObjectsModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;

/**
 * The window's state: the chosen lesson and its settings ({@link LessonChoice}), the run and its
 * commands (Run, Stop, Reset) with the status line ({@link RunStatus}), and the run shown, live
 * or opened from a file ({@link ShownRun}: the console and wire view, and the fold of the run's
 * objects that the lesson panels show). {@link #frame()} is called once per frame on the FX
 * thread and takes what the run produced since the last frame. Either way the panels and the
 * console show the run at the scrubber's time ({@link #player()}, {@link #shown()}), and
 * {@link #objects()} is the whole run so far.
 */
public final class MainViewModel {
    /** Wire lines taken per frame at most, so that a flood never freezes the window. */
    static final int WIRE_PER_FRAME = 5_000;

    private final I18n i18n;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Run> currentRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Steerable> steerable = new ReadOnlyObjectWrapper<>();
    private java.util.function.BooleanSupplier steppedFromStart = () -> false;
    private final ChangeListener<Object> recheck = (o, a, b) -> updateCommands();
    private final ReadOnlyObjectWrapper<Path> openedFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    /** The notice that says a Python program runs, while it is the one shown; null: none. */
    private Notice runningNotice;
    private final ShownRun shown;
    private final LessonChoice lessons;
    private final RunStatus commands;
    private Session session;
    private final ReadOnlyObjectWrapper<PythonProgram> program = new ReadOnlyObjectWrapper<>();
    private TraceFile.Recording opened;
    private String failure;

    public MainViewModel(I18n i18n, List<LessonPage> pages) {
        this(i18n, pages, Ticker.SYSTEM);
    }

    /** @param ticker the clock the replay plays by (a test's own, to play without sleeping) */
    public MainViewModel(I18n i18n, List<LessonPage> pages, Ticker ticker) {
        this.i18n = i18n;
        this.shown = new ShownRun(i18n, ticker);
        this.commands = new RunStatus(i18n);
        this.lessons = new LessonChoice(i18n, pages, () -> state.get().busy(), recheck, () -> {
            clearViews();
            state.set(RunState.IDLE);
            updateCommands();
        });
        state.addListener(recheck);
        i18n.localeProperty().addListener(recheck);
        lessons.chooseFirst();
        updateCommands();
    }

    public ObservableList<LessonPage> pages() {
        return lessons.pages();
    }

    /** The chosen lesson page; may change only while no run goes. */
    public ObjectProperty<LessonPage> selectedProperty() {
        return lessons.selectedProperty();
    }

    public LessonPage selected() {
        return lessons.selected();
    }

    /** Chooses the lesson with this id. */
    public void select(String id) {
        LessonPage page = lessons.page(id);
        if (page != null) {
            lessons.selectedProperty().set(page);
        }
    }

    public SettingsViewModel settingsOf(String lessonId) {
        return lessons.settingsOf(lessonId);
    }

    public ReadOnlyObjectProperty<SettingsViewModel> currentSettingsProperty() {
        return lessons.currentProperty();
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RunState state() {
        return state.get();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return commands.canRunProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return commands.canStopProperty();
    }

    public ReadOnlyBooleanProperty canResetProperty() {
        return commands.canResetProperty();
    }

    public ReadOnlyBooleanProperty canChooseLessonProperty() {
        return commands.canChooseLessonProperty();
    }

    /** One line for the status bar: what is going on, or what to do next. */
    public ReadOnlyStringProperty statusProperty() {
        return commands.statusProperty();
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

    /**
     * What step mode can hold in the run going now (a lesson's or a Python program's), or null.
     * A lesson's is set before the lesson starts; a Python program started in step mode
     * ({@link #holdFromStart}) holds its first operations until a book is given.
     */
    public ReadOnlyObjectProperty<Steerable> steerableProperty() {
        return steerable.getReadOnlyProperty();
    }

    /** Asked when a Python program starts: whether it starts in step mode. */
    public void holdFromStart(java.util.function.BooleanSupplier stepped) {
        this.steppedFromStart = stepped;
    }

    public ConsoleViewModel console() {
        return shown.console();
    }

    public WireViewModel wire() {
        return shown.wire();
    }

    public ProcessPalette palette() {
        return shown.palette();
    }

    /** The run's objects and processes as of the last frame: the whole run so far. */
    public ObjectsModel objects() {
        return shown.objects();
    }

    /** The run's objects at the scrubber's time: what the lesson panel shows. */
    public ObjectsModel shown() {
        return shown.shown();
    }

    /** The scrubber: play, pause, step, speed, following "now". */
    public Player player() {
        return shown.player();
    }

    /** Whether there is a run (live or opened) that Save and the exports can write. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return commands.canSaveProperty();
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
        Session s = session;
        return s == null ? null : new TraceFile.Recording(s.lessonId(), s.settingsJson(), s.trace(), s.header());
    }

    /** The run's locale: the window's language. */
    public Locale runLocale() {
        return i18n.locale();
    }

    /** Starts the chosen lesson with its settings, on a background thread. */
    public void run() {
        if (!commands.canRun()) {
            return;
        }
        LessonPage page = lessons.selected();
        clearViews();
        session = new RunSession(page.lesson(), lessons.current().settings(), runLocale());
        shown.palette().reset(ProcessHandle.current().pid());
        trace.set(session.trace());
        failure = null;
        shown.startLive();
        state.set(RunState.RUNNING);
        currentRun.set(session.run());
        steerable.set(session.steerable());
        session.start();
        updateCommands();
    }

    /**
     * Runs a Python program, unmodified, traced live; {@code lessonId}'s page shows it (null: the
     * page that suits what the program uses). It runs its code, as the user asked.
     */
    public void runPython(Path file, List<String> args, String lessonId) {
        if (!commands.canRun()) {
            return;
        }
        String source;
        try {
            source = java.nio.file.Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            source = "";
        }
        String id = lessonId != null ? lessonId : PythonPages.forSource(source);
        LessonPage page = lessons.page(id);
        if (page != null && page != lessons.selected()) {
            lessons.selectedProperty().set(page);
        }
        clearViews();
        PythonSession ps = new PythonSession(new io.processlab.python.PythonRun.Options(null, file, args,
                file.toAbsolutePath().getParent()), id, e -> PythonPages.problem(i18n, e),
                code -> i18n.get("python.exit_code", code), steppedFromStart.getAsBoolean());
        session = ps;
        shown.palette().reset(ProcessHandle.current().pid());
        failure = null;
        ps.start();
        steerable.set(ps.steerable());
        trace.set(ps.trace());
        shown.startLive();
        state.set(RunState.RUNNING);
        program.set(new PythonProgram(file, source, lessonId));
        if (lessonId == null) {
            // a program the user chose: say it runs, until it ends
            runningNotice = Notice.info(i18n.get("drop.python", file.getFileName()));
            notice.set(runningNotice);
        }
        for (String f : ps.shadowing()) {
            notice.set(Notice.error(i18n.get("python.shadowing", f)));
        }
        updateCommands();
    }

    /** Runs the chosen lesson's Python twin (resources/python/lesson_ID.py) with the sheet's settings, printing in the run's language. */
    public void runTwin() {
        LessonPage page = lessons.selected();
        if (page == null || !PythonPages.hasTwin(page.id())) {
            return;
        }
        try {
            Path twin = PythonSession.twin(page.id(), runLocale());
            runPython(twin, List.of(lessons.current().settings().toJson().toString()), page.id());
        } catch (java.io.IOException e) {
            notice.set(Notice.error(i18n.get("python.no_twin", page.id())));
        }
    }

    /** Whether the chosen lesson has a Python twin to run. */
    public boolean hasTwin() {
        LessonPage page = lessons.selected();
        return page != null && PythonPages.hasTwin(page.id());
    }

    /** The Python program shown (its file and text), or null when the run shown is a lesson's. */
    public ReadOnlyObjectProperty<PythonProgram> programProperty() {
        return program.getReadOnlyProperty();
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
        shown.clear();
        session = null;
        opened = null;
        openedFile.set(null);
        failure = null;
        trace.set(null);
        currentRun.set(null);
        steerable.set(null);
        program.set(null);
        lessons.clearPages();
    }

    /**
     * Takes what the run produced since the last frame, moves the scrubber, and folds the run up
     * to the scrubber's time (FX thread).
     *
     * @return whether what the panels show changed
     */
    public boolean frame() {
        Session s = session;
        if (s != null) {
            take(s);
        }
        return shown.frame(s != null && state.get().busy() ? s.trace().clock().nowMicros() : -1);
    }

    private void take(Session s) {
        Session.Outcome outcome = s.outcome();
        boolean all = shown.take(s, WIRE_PER_FRAME);
        if (outcome != null && state.get().busy() && all) {
            finish(outcome);
        }
        commands.updateStatus(facts());
    }

    private void finish(Session.Outcome o) {
        if (runningNotice != null && notice.get() == runningNotice) {
            notice.set(null); // the status bar says how it ended
        }
        runningNotice = null;
        failure = o.message();
        state.set(o.state());
        shown.endNote(switch (o.state()) {
            case DONE -> i18n.get("console.done", commands.seconds(facts().nowUs()));
            case STOPPED -> i18n.get("console.stopped");
            default -> i18n.get("console.failed", o.message());
        });
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
        return open(rec, file, file == null ? "?" : String.valueOf(file.getFileName()));
    }

    /** The same, {@code name} saying which run in the notices (a run of a series has no file). */
    public boolean open(TraceFile.Recording rec, Path file, String name) {
        if (state.get().busy()) {
            notice.set(Notice.error(i18n.get("open.busy", name)));
            return false;
        }
        LessonPage page = lessons.page(PythonPages.PYTHON.equals(rec.lesson())
                ? PythonPages.forTrace(rec.trace()) : rec.lesson());
        if (page == null) {
            notice.set(Notice.error(i18n.get("open.unknown_lesson", name, rec.lesson())));
            return false;
        }
        lessons.selectedProperty().set(page);
        clearViews();
        state.set(RunState.IDLE);
        lessons.settingsOf(page.id()).fill(rec.settings());
        opened = rec;
        openedFile.set(file);
        shown.load(rec.trace());
        trace.set(rec.trace());
        notice.set(Notice.info(i18n.get("open.done", name)));
        frame();
        updateCommands();
        return true;
    }

    /** What the commands and the status line depend on, now. */
    private RunStatus.Facts facts() {
        Session s = session;
        long nowUs = s != null && state.get().busy() ? s.trace().clock().nowMicros() : shown.objects().timeUs();
        return new RunStatus.Facts(state.get(), lessons.selected(), lessons.current(),
                opened != null || s != null && !shown.isEmpty(), openedFile.get() != null, shown.objects(), failure, nowUs);
    }

    private void updateCommands() {
        commands.update(facts());
    }

    /** Ends a running run and every child, waiting up to three seconds (window closing). */
    public void shutdown() {
        Session s = session;
        if (s != null && s.outcome() == null) {
            s.stopNow(3_000);
        }
    }
}
