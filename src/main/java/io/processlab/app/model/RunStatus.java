package io.processlab.app.model;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import io.processlab.view.objects.ObjectsModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window's commands may do now (Run, Stop, Reset, choosing a lesson, Save) and the
 * status bar's line in the window's language, worked out from the {@link Facts} of
 * {@link MainViewModel} each time one of them changes (a language switch too).
 */
final class RunStatus {
    /**
     * What the commands and the status depend on.
     *
     * @param sheet the chosen lesson's settings, or null
     * @param saveable whether there is a run (opened, or live with events) to save
     * @param opened whether the run shown is a saved one
     * @param failure why the last run failed, or null
     * @param nowUs the live run's clock while it goes, else the time of the run shown
     */
    record Facts(RunState state, LessonPage selected, SettingsViewModel sheet, boolean saveable, boolean opened,
                 ObjectsModel objects, String failure, long nowUs) {
    }

    private final I18n i18n;
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canChooseLesson = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    RunStatus(I18n i18n) {
        this.i18n = i18n;
    }

    ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    boolean canRun() {
        return canRun.get();
    }

    ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canResetProperty() {
        return canReset.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canChooseLessonProperty() {
        return canChooseLesson.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The commands, then the status line. */
    void update(Facts f) {
        boolean busy = f.state().busy();
        boolean valid = f.sheet() != null && f.sheet().validProperty().get();
        canRun.set(valid && !busy && f.selected() != null);
        canStop.set(f.state() == RunState.RUNNING);
        canReset.set(!busy);
        canChooseLesson.set(!busy);
        canSave.set(!busy && f.saveable());
        updateStatus(f);
    }

    /** The status line only (once per frame while a run goes). */
    void updateStatus(Facts f) {
        String title = f.selected() == null ? "" : i18n.lesson(f.selected().lesson().id(), "title");
        long children = f.objects().processes().stream().filter(p -> p.target() != null).count();
        long alive = f.objects().processes().stream().filter(p -> p.target() != null && !p.ended()).count();
        String seconds = seconds(f.nowUs());
        status.set(switch (f.state()) {
            case RUNNING -> i18n.get("status.running", title, seconds, alive, children);
            case STOPPING -> i18n.get("status.stopping");
            // a deadlock that a timeout broke is no run that "ended well", though every exit code is 0
            case DONE -> f.objects().deadlock() != null && f.objects().deadlockTimedOut()
                    ? i18n.get("status.done_deadlock", title, seconds, children)
                    : i18n.get("status.done", title, seconds, children);
            case FAILED -> i18n.get("status.failed", f.failure() == null ? "?" : f.failure());
            case STOPPED -> i18n.get("status.stopped");
            case IDLE -> f.opened() ? i18n.get("status.opened", title, seconds, children)
                    : f.sheet() != null && !f.sheet().validProperty().get()
                    ? i18n.get("status.invalid", f.sheet().problemProperty().get())
                    // no lesson to name: what to do first
                    : f.selected() == null ? i18n.get("lessons.hint") : i18n.get("status.idle", title);
        });
    }

    /** Microseconds as seconds with one decimal, in the window's language: "2.5" or "2,5". */
    String seconds(long us) {
        return String.format(i18n.locale(), "%.1f", us / 1e6);
    }
}
