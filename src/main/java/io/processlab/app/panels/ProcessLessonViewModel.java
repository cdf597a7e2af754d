package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.LockState;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.Proc;
import io.processlab.view.objects.ProcState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Process + Lock: who holds the lock, who waits in order, who took it when, what each printed. */
public final class ProcessLessonViewModel implements PanelModel {
    /**
     * One process of the run.
     *
     * @param chip the process
     * @param state a key under {@code state.}: starting, running, waiting, holding, exited, failed
     * @param printed the last line it printed, or ""
     */
    public record Row(ProcChip chip, String state, String printed) {
    }

    static final String HOLDING = "holding";

    private final ReadOnlyStringWrapper lockName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProcChip> holder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProcChip> waiters = FXCollections.observableArrayList();
    private final ObservableList<ProcChip> waitersView = FXCollections.unmodifiableObservableList(waiters);
    private final ObservableList<ProcChip> order = FXCollections.observableArrayList();
    private final ObservableList<ProcChip> orderView = FXCollections.unmodifiableObservableList(order);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper heldBefore = new ReadOnlyIntegerWrapper();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);

    /** The lock's id, or "" before it exists. */
    public ReadOnlyStringProperty lockNameProperty() {
        return lockName.getReadOnlyProperty();
    }

    /** Who holds the lock, or null when it is free. */
    public ReadOnlyObjectProperty<ProcChip> holderProperty() {
        return holder.getReadOnlyProperty();
    }

    /**
     * How many acquire() of the lock step mode holds now, before they begin: they are not in
     * the lock's queue yet (the Scheduler tab lists them).
     */
    public ReadOnlyIntegerProperty heldBeforeProperty() {
        return heldBefore.getReadOnlyProperty();
    }

    /** Who waits for the lock, first come first. */
    public ObservableList<ProcChip> waiters() {
        return waitersView;
    }

    /** Who got the lock, in the order they got it. */
    public ObservableList<ProcChip> order() {
        return orderView;
    }

    /** Every process, parent first. */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        LockState lock = m.locks().stream().findFirst().orElse(null);
        lockName.set(lock == null ? "" : lock.id());
        holder.set(lock == null ? null : ProcChip.of(lock.holder(), palette));
        Lists.replace(waiters, lock == null ? List.of() : chips(lock.waiters(), palette));
        heldBefore.set(lock == null ? 0 : m.steps().acquiresHeld(lock.id()));
        Lists.replace(order, lock == null ? List.of() : chips(lock.history(), palette));
        List<Row> r = new ArrayList<>();
        for (ProcState p : m.processes()) {
            boolean holds = lock != null && lock.holder() != null && lock.holder().pid() == p.pid();
            String state = States.withLock(p, holds);
            r.add(new Row(ProcChip.of(p.proc(), palette), state, p.lastPrint() == null ? "" : p.lastPrint()));
        }
        Lists.replace(rows, r);
    }

    static List<ProcChip> chips(List<Proc> ps, ProcessPalette palette) {
        return ps.stream().map(p -> ProcChip.of(p, palette)).toList();
    }

    @Override
    public void clear() {
        lockName.set("");
        holder.set(null);
        waiters.clear();
        heldBefore.set(0);
        order.clear();
        rows.clear();
    }
}
