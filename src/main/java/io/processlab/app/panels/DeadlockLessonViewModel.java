package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.Deadlock;
import io.processlab.view.objects.LockState;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.ProcState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Deadlock: each lock with its holder and its waiters, each worker with what it holds and what it
 * waits for, and, once the broker found one, the cycle of processes waiting for each other.
 */
public final class DeadlockLessonViewModel implements PanelModel {
    /**
     * A lock.
     *
     * @param id its name (A, B)
     * @param holder who holds it, or null
     * @param waiters who waits for it, first come first
     * @param inCycle whether it is one of the locks of the deadlock
     * @param heldBefore how many acquire() of it step mode holds before they begin
     */
    public record LockRow(String id, ProcChip holder, List<ProcChip> waiters, boolean inCycle, int heldBefore) {
    }

    /**
     * One arrow of the cycle: {@code who} waits for {@code lock}, which {@code heldBy} holds.
     */
    public record Link(ProcChip who, String lock, ProcChip heldBy) {
    }

    /**
     * The deadlock.
     *
     * @param links the arrows, in the cycle's order (the last one points back to the first process)
     * @param text the broker's words
     * @param live whether every process of the cycle still waits (no timeout has broken it yet)
     * @param note the bundle key of what the panel says of it: it holds, a timeout broke it, or
     *     the run ended with it still closed ({@link #noteOf})
     */
    public record Cycle(List<Link> links, String text, boolean live, String note) {
    }

    /**
     * What is said of the deadlock {@code m} holds, as a key of the bundle (the same for the
     * panel's {@code deadlock.*} and the Scheduler tab's {@code scheduler.deadlock*}): {@code live}
     * while every process of the cycle still waits, {@code broken} once a timeout broke it,
     * {@code ended} when the run ended with it still closed (Stop); null with no deadlock.
     */
    public static String noteOf(ObjectsModel m) {
        if (m.deadlock() == null) {
            return null;
        }
        if (m.deadlockHolds()) {
            return "live";
        }
        return m.deadlockTimedOut() ? "broken" : "ended";
    }

    private final ObservableList<LockRow> locks = FXCollections.observableArrayList();
    private final ObservableList<LockRow> locksView = FXCollections.unmodifiableObservableList(locks);
    private final ObservableList<ProcessLessonViewModel.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ProcessLessonViewModel.Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Cycle> cycle = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper noCycle = new ReadOnlyStringWrapper(NONE);

    /** What the panel says while there is no deadlock: keys of the bundle, from the run's own trace. */
    public static final String NONE = "deadlock.none";
    /** The run is in step mode (the gate held an operation): the user can steer into the cycle. */
    public static final String STEER = "deadlock.steer";
    /** The run ended with no deadlock. */
    public static final String NONE_ENDED = "deadlock.none_ended";

    public ObservableList<LockRow> locks() {
        return locksView;
    }

    /** Every process, parent first, with its state ({@code holding} while it holds a lock). */
    public ObservableList<ProcessLessonViewModel.Row> rows() {
        return rowsView;
    }

    /** The deadlock, or null while there is none. */
    public ReadOnlyObjectProperty<Cycle> cycleProperty() {
        return cycle.getReadOnlyProperty();
    }

    /**
     * The bundle key of what the panel says while there is no cycle: how to steer into one
     * ({@link #NONE}); in step mode, that the user is the scheduler now ({@link #STEER}); after
     * the run ended without one, so ({@link #NONE_ENDED}). Read from the fold: whether the gate
     * held an operation ({@code HeldOps}), whether the parent's life ended ({@code ProcessLife}).
     */
    public ReadOnlyStringProperty noCycleProperty() {
        return noCycle.getReadOnlyProperty();
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        Deadlock d = m.deadlock();
        Cycle c = null;
        if (d != null && !d.cycle().isEmpty()) {
            List<Link> links = new ArrayList<>();
            int n = d.cycle().size();
            for (int i = 0; i < n; i++) {
                String lock = d.waitsFor().get(i);
                links.add(new Link(ProcChip.of(d.cycle().get(i), palette), lock,
                        ProcChip.of(d.cycle().get((i + 1) % n), palette)));
            }
            c = new Cycle(List.copyOf(links), d.text(), m.deadlockHolds(), "deadlock." + noteOf(m));
        }
        List<String> cycleLocks = d == null ? List.of() : d.waitsFor();
        List<LockRow> ls = new ArrayList<>();
        for (LockState l : m.locks()) {
            ls.add(new LockRow(l.id(), ProcChip.of(l.holder(), palette),
                    ProcessLessonViewModel.chips(l.waiters(), palette), cycleLocks.contains(l.id()),
                    m.steps().acquiresHeld(l.id())));
        }
        List<ProcessLessonViewModel.Row> r = new ArrayList<>();
        for (ProcState p : m.processes()) {
            boolean holds = m.locks().stream().anyMatch(l -> l.holder() != null && l.holder().pid() == p.pid());
            String state = States.withLock(p, holds);
            r.add(new ProcessLessonViewModel.Row(ProcChip.of(p.proc(), palette), state,
                    p.lastPrint() == null ? "" : p.lastPrint()));
        }
        Lists.replace(locks, ls);
        Lists.replace(rows, r);
        cycle.set(c);
        noCycle.set(noCycleKey(m));
    }

    private static String noCycleKey(ObjectsModel m) {
        if (m.runOver()) {
            return NONE_ENDED;
        }
        return m.steps().stepped() ? STEER : NONE;
    }

    @Override
    public void clear() {
        locks.clear();
        rows.clear();
        cycle.set(null);
        noCycle.set(NONE);
    }
}
