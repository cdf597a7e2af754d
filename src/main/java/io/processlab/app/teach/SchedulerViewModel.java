package io.processlab.app.teach;

import io.processlab.app.model.Steerable;
import io.processlab.app.panels.DeadlockLessonViewModel;
import io.processlab.app.panels.ProcChip;
import io.processlab.app.style.ProcessPalette;
import io.processlab.trace.StepBook;
import io.processlab.view.objects.Deadlock;
import io.processlab.view.objects.HeldOps;
import io.processlab.view.objects.LockState;
import io.processlab.view.objects.ObjectsModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step mode, "you are the scheduler": while it is on, the run holds every operation on a shared
 * object in a {@link StepBook} (a lesson's broker, or each process of a Python program blocked in
 * its tracer); this lists the held ones and lets the user pick which goes
 * next ({@link #go}), take the oldest ({@link #next}), or let everything run freely again. The
 * processes are real and really wait. Use on the FX thread; {@link #frame} reads the list once
 * per frame.
 *
 * <p>The list has one source, live or replayed: the trace's {@code held}/{@code granted}/{@code freed}
 * events as the fold reads them ({@link io.processlab.view.objects.HeldOps}); the gate only says
 * which of them can still be let go. A replay (a saved run opened, a finished run, or a live one
 * whose scrubber the user took back) cannot be scheduled: when the run was stepped, the list then
 * shows, read-only, what the trace says was held at the scrubber's time.
 */
public final class SchedulerViewModel {
    /**
     * An operation that waits for the user.
     *
     * @param seq its number in the gate
     * @param who the process that asked
     * @param object the shared object (a lock, a queue...)
     * @param op what it wants to do (acquire, put, get...)
     * @param sinceUs when it was held, in microseconds since the run started
     * @param canGo whether the user can let it go now (false in a replay: the run is recorded)
     */
    public record Row(long seq, ProcChip who, String object, String op, long sinceUs, boolean canGo) {
    }

    private final ProcessPalette palette;
    private final BooleanProperty stepMode = new SimpleBooleanProperty();
    private final ObservableList<Row> pending = FXCollections.observableArrayList();
    private final ObservableList<Row> pendingView = FXCollections.unmodifiableObservableList(pending);
    private final ReadOnlyIntegerWrapper granted = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Deadlock> deadlock = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper replay = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper deadlockNote = new ReadOnlyStringWrapper();
    private final ReadOnlyLongWrapper replayTime = new ReadOnlyLongWrapper();
    private final ObservableList<LockLine> locks = FXCollections.observableArrayList();
    private final ObservableList<LockLine> locksView = FXCollections.unmodifiableObservableList(locks);

    /**
     * A lock as it stands beside the held operations (presenter mode leaves the lesson's panel out
     * while this tab is chosen): who holds it, or null when it is free, and how many processes the
     * scheduler let into acquire() that wait for it.
     */
    public record LockLine(String id, ProcChip holder, int waiting) {
    }
    private Steerable run;
    private StepBook gate;

    public SchedulerViewModel(ProcessPalette palette) {
        this.palette = palette;
        stepMode.addListener((o, was, on) -> {
            if (on) {
                hold();
            } else {
                letGo();
            }
        });
    }

    /** On: the next run (and the current one, from now) holds every operation for the user. */
    public BooleanProperty stepModeProperty() {
        return stepMode;
    }

    /** The held operations, oldest first. */
    public ObservableList<Row> pending() {
        return pendingView;
    }

    /** How many operations the user let through in this run. */
    public ReadOnlyIntegerProperty grantedProperty() {
        return granted.getReadOnlyProperty();
    }

    /** The deadlock the run ran into, or null. */
    public ReadOnlyObjectProperty<Deadlock> deadlockProperty() {
        return deadlock.getReadOnlyProperty();
    }

    /**
     * What is true of the deadlock now, from the fold ({@link DeadlockLessonViewModel#noteOf}, the
     * lesson panel's own answer): "live" (no operation can help), "broken" (a timeout broke it),
     * "broken_over" (a timeout broke it and the run has ended since), "ended" (the run ended with
     * it closed), or null with none.
     */
    public ReadOnlyStringProperty deadlockNoteProperty() {
        return deadlockNote.getReadOnlyProperty();
    }

    /** Whether the list shows a replay: what a recorded run held at {@link #replayTimeProperty}, read-only. */
    public ReadOnlyBooleanProperty replayProperty() {
        return replay.getReadOnlyProperty();
    }

    /** The scrubber's time the replayed list is for, in microseconds since the run started. */
    public ReadOnlyLongProperty replayTimeProperty() {
        return replayTime.getReadOnlyProperty();
    }

    /** A run began ({@code r}), or the views were cleared (null). */
    public void attach(Steerable r) {
        if (gate != null && run != null && run != r) {
            gate.release();
        }
        run = r;
        gate = null;
        granted.set(0);
        replay.set(false);
        deadlock.set(null);
        deadlockNote.set(null);
        pending.clear();
        if (r != null && stepMode.get()) {
            hold();
        }
    }

    /** Whether operations are being held now. */
    public boolean holding() {
        return gate != null && gate.isHolding();
    }

    private void hold() {
        if (run == null || run.isClosed() || holding()) {
            return;
        }
        StepBook g = new StepBook(run.trace());
        gate = g;
        run.holdIn(g);
    }

    private void letGo() {
        StepBook g = gate;
        gate = null;
        if (g != null) {
            if (run != null) {
                run.holdIn(null);
            }
            g.release();
        }
        pending.clear();
    }

    /** Lets the held operation {@code seq} through, and no other; false if it is not held. */
    public boolean go(long seq) {
        StepBook g = gate;
        if (replay.get() || g == null || !g.grant(seq)) {
            return false;
        }
        return true;
    }

    /** Lets the oldest held operation through; false if none is held. */
    public boolean next() {
        StepBook g = gate;
        if (g == null) {
            return false;
        }
        List<StepBook.Pending> now = g.pending();
        return !now.isEmpty() && go(now.get(0).seq());
    }

    /** Stops holding: every held operation goes, in arrival order, and step mode is off. */
    public void runFreely() {
        stepMode.set(false);
    }

    /**
     * Once per frame (FX thread). The list always comes from one source, the fold of the trace
     * ({@link HeldOps}): with a live run whose "now" is followed, the fold of the whole run so far,
     * and an operation the gate still holds can be let go; else, if the run was stepped, the
     * replay at the scrubber's time, read-only.
     *
     * @param whole the whole run so far (was it ever stepped?)
     * @param atCursor the run at the scrubber's time
     * @param cursorUs the scrubber's time
     * @param following whether the scrubber follows "now"
     */
    public void frame(ObjectsModel whole, ObjectsModel atCursor, long cursorUs, boolean following) {
        boolean live = run != null && !run.isClosed() && following;
        boolean replaying = !live && whole != null && atCursor != null && whole.steps().stepped();
        if (replaying) {
            replayTime.set(cursorUs);
        }
        replay.set(replaying);
        ObjectsModel m = replaying ? atCursor : whole;
        show(m, live ? gate : null);
        if (m != null && m.deadlock() != deadlock.get()) {
            deadlock.set(m.deadlock());
        }
        String note = m == null ? null : DeadlockLessonViewModel.noteOf(m);
        // broken by a timeout, and then the run ended: nothing waits for the user any more
        deadlockNote.set("broken".equals(note) && m.runOver() ? "broken_over" : note);
    }

    /** The run's locks as they stand (live, or at the scrubber's time in a replay), in the order the trace first names them. */
    public ObservableList<LockLine> locks() {
        return locksView;
    }

    /** The operations {@code m} says are held; those {@code g} still holds can be let go. */
    private void show(ObjectsModel m, StepBook g) {
        List<Row> rows = new ArrayList<>();
        java.util.Set<Long> inGate = new java.util.HashSet<>();
        if (g != null) {
            g.pending().forEach(p -> inGate.add(p.seq()));
        }
        if (m != null && (g != null || replay.get())) {
            for (HeldOps.Held h : m.steps().held()) {
                ProcChip who = ProcChip.of(h.who(), palette);
                rows.add(new Row(h.seq(), who, h.object(), h.op(), h.sinceUs(), inGate.contains(h.seq())));
            }
        }
        if (!rows.equals(pending)) {
            pending.setAll(rows);
        }
        granted.set(m == null ? 0 : m.steps().granted());
        List<LockLine> now = new ArrayList<>();
        if (m != null) {
            for (LockState l : m.locks()) {
                now.add(new LockLine(l.id(), ProcChip.of(l.holder(), palette), l.waiters().size()));
            }
        }
        if (!now.equals(locks)) {
            locks.setAll(now);
        }
    }
}
