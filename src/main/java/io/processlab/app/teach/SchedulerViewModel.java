package io.processlab.app.teach;

import io.processlab.app.ProcessPalette;
import io.processlab.app.panels.ProcChip;
import io.processlab.engine.Run;
import io.processlab.engine.StepGate;
import io.processlab.view.objects.Deadlock;
import io.processlab.view.objects.ObjectsModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step mode, "you are the scheduler": while it is on, the run's broker holds every operation on
 * a shared object ({@link StepGate}); this lists the held ones and lets the user pick which goes
 * next ({@link #go}), take the oldest ({@link #next}), or let everything run freely again. The
 * processes are real and really wait. Use on the FX thread; the gate tells of changes from engine
 * threads, and {@link #frame} takes them once per frame.
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
     */
    public record Row(long seq, ProcChip who, String object, String op, long sinceUs) {
    }

    private final ProcessPalette palette;
    private final BooleanProperty stepMode = new SimpleBooleanProperty();
    private final ObservableList<Row> pending = FXCollections.observableArrayList();
    private final ObservableList<Row> pendingView = FXCollections.unmodifiableObservableList(pending);
    private final ReadOnlyIntegerWrapper granted = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Deadlock> deadlock = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private Run run;
    private StepGate gate;

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

    /** A run began ({@code r}), or the views were cleared (null). */
    public void attach(Run r) {
        if (gate != null && run != null && run != r) {
            gate.release();
        }
        run = r;
        gate = null;
        granted.set(0);
        deadlock.set(null);
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
        StepGate g = new StepGate(run.trace());
        g.addListener(() -> changed.set(true));
        gate = g;
        run.broker().gate(g);
        changed.set(true);
    }

    private void letGo() {
        StepGate g = gate;
        gate = null;
        if (g != null) {
            if (run != null) {
                run.broker().gate(null);
            }
            g.release();
        }
        pending.clear();
    }

    /** Lets the held operation {@code seq} through, and no other; false if it is not held. */
    public boolean go(long seq) {
        StepGate g = gate;
        if (g == null || !g.grant(seq)) {
            return false;
        }
        granted.set(granted.get() + 1);
        refresh();
        return true;
    }

    /** Lets the oldest held operation through; false if none is held. */
    public boolean next() {
        StepGate g = gate;
        if (g == null) {
            return false;
        }
        List<StepGate.Pending> now = g.pending();
        return !now.isEmpty() && go(now.get(0).seq());
    }

    /** Stops holding: every held operation goes, in arrival order, and step mode is off. */
    public void runFreely() {
        stepMode.set(false);
    }

    /** Takes the gate's changes and the run's deadlock, once per frame (FX thread). */
    public void frame(ObjectsModel m) {
        if (changed.getAndSet(false)) {
            refresh();
        }
        if (m != null && m.deadlock() != deadlock.get()) {
            deadlock.set(m.deadlock());
        }
    }

    /** Reads the held operations from the gate now. */
    public void refresh() {
        StepGate g = gate;
        List<Row> rows = new ArrayList<>();
        if (g != null) {
            for (StepGate.Pending p : g.pending()) {
                ProcChip who = new ProcChip(p.caller().pid(), p.caller().name(), palette.colour(p.caller().pid()));
                rows.add(new Row(p.seq(), who, p.object(), p.op(), p.sinceUs()));
            }
        }
        if (!rows.equals(pending)) {
            pending.setAll(rows);
        }
    }
}
