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
     */
    public record LockRow(String id, ProcChip holder, List<ProcChip> waiters, boolean inCycle) {
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
     */
    public record Cycle(List<Link> links, String text, boolean live) {
    }

    private final ObservableList<LockRow> locks = FXCollections.observableArrayList();
    private final ObservableList<LockRow> locksView = FXCollections.unmodifiableObservableList(locks);
    private final ObservableList<ProcessLessonViewModel.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ProcessLessonViewModel.Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Cycle> cycle = new ReadOnlyObjectWrapper<>();

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

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        Deadlock d = m.deadlock();
        Cycle c = null;
        if (d != null && !d.cycle().isEmpty()) {
            List<Link> links = new ArrayList<>();
            int n = d.cycle().size();
            boolean live = true;
            for (int i = 0; i < n; i++) {
                ProcState ps = m.process(d.cycle().get(i).pid());
                String lock = d.waitsFor().get(i);
                live &= ps != null && lock != null && lock.equals(ps.waitingOn());
                links.add(new Link(ProcChip.of(d.cycle().get(i), palette), lock,
                        ProcChip.of(d.cycle().get((i + 1) % n), palette)));
            }
            c = new Cycle(List.copyOf(links), d.text(), live);
        }
        List<String> cycleLocks = d == null ? List.of() : d.waitsFor();
        List<LockRow> ls = new ArrayList<>();
        for (LockState l : m.locks()) {
            ls.add(new LockRow(l.id(), ProcChip.of(l.holder(), palette),
                    ProcessLessonViewModel.chips(l.waiters(), palette), cycleLocks.contains(l.id())));
        }
        List<ProcessLessonViewModel.Row> r = new ArrayList<>();
        for (ProcState p : m.processes()) {
            boolean holds = m.locks().stream().anyMatch(l -> l.holder() != null && l.holder().pid() == p.pid());
            String state = holds && p.activity() != ProcState.Activity.WAITING ? ProcessLessonViewModel.HOLDING : States.of(p);
            r.add(new ProcessLessonViewModel.Row(ProcChip.of(p.proc(), palette), state,
                    p.lastPrint() == null ? "" : p.lastPrint()));
        }
        Lists.replace(locks, ls);
        Lists.replace(rows, r);
        cycle.set(c);
    }

    @Override
    public void clear() {
        locks.clear();
        rows.clear();
        cycle.set(null);
    }
}
