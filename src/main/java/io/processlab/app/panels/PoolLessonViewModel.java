package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PoolState;
import io.processlab.view.objects.Printed;
import io.processlab.view.objects.ProcState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pool: each worker with the chunks it took, the results filling in input order, and the time
 * of the sequential map beside the pool's (read from the parent's last printed line).
 */
public final class PoolLessonViewModel implements PanelModel {
    /**
     * A worker.
     *
     * @param chip the process
     * @param chunks the items of each chunk it took, as printed ("[0, 1]")
     * @param items how many items it took, or -1 when the trace shows only the start of some chunks
     *     (a trace keeps the first 80 characters of a value), so that only the chunks can be counted
     * @param state a key under {@code state.}
     */
    public record Worker(ProcChip chip, List<String> chunks, int items, String state) {
    }

    /**
     * One input position.
     *
     * @param input the item
     * @param result its result, or null while not known
     * @param colour the colour of the worker that took it, or 0
     */
    public record Slot(String input, String result, int colour) {
    }


    private final ObservableList<Worker> workers = FXCollections.observableArrayList();
    private final ObservableList<Worker> workersView = FXCollections.unmodifiableObservableList(workers);
    private final ObservableList<Slot> slots = FXCollections.observableArrayList();
    private final ObservableList<Slot> slotsView = FXCollections.unmodifiableObservableList(slots);
    private final ReadOnlyIntegerWrapper chunksDone = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper chunks = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper idle = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper sequentialMs = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper poolMs = new ReadOnlyStringWrapper("");

    public ObservableList<Worker> workers() {
        return workersView;
    }

    /** Every input position, in input order. */
    public ObservableList<Slot> slots() {
        return slotsView;
    }

    public ReadOnlyIntegerProperty chunksDoneProperty() {
        return chunksDone.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty chunksProperty() {
        return chunks.getReadOnlyProperty();
    }

    /**
     * Once every chunk is done, how many workers took none (0 before that): with work this short
     * the first workers to start take every chunk while the others still start.
     */
    public ReadOnlyIntegerProperty idleWorkersProperty() {
        return idle.getReadOnlyProperty();
    }

    /** The sequential map's time in ms as printed, or "" until known. */
    public ReadOnlyStringProperty sequentialMsProperty() {
        return sequentialMs.getReadOnlyProperty();
    }

    /** The pool's time in ms as printed (with the workers' start), or "" until known. */
    public ReadOnlyStringProperty poolMsProperty() {
        return poolMs.getReadOnlyProperty();
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        PoolState pool = m.poolOrNull();
        List<Worker> ws = new ArrayList<>();
        List<Slot> ss = new ArrayList<>();
        if (pool != null) {
            for (PoolState.Worker w : pool.workers()) {
                ProcState ps = m.process(w.proc().pid());
                List<String> cs = w.taken().stream().map(c -> "[" + String.join(", ", c.items())
                        + (c.itemsComplete() ? "]" : ", \u2026]")).toList();
                ws.add(new Worker(ProcChip.of(w.proc(), palette), cs, w.items(),
                        ps == null ? States.STARTING : States.of(ps)));
            }
            for (PoolState.Slot s : pool.slots()) {
                ss.add(new Slot(s.input(), s.result(), s.worker() == null ? 0 : palette.colour(s.worker().pid())));
            }
            chunksDone.set(pool.chunksDone());
            // the whole map's count, told as it starts (the chunks seen so far are only those queued yet)
            chunks.set(m.poolChunks());
        } else {
            chunksDone.set(0);
            chunks.set(0);
        }
        Lists.replace(workers, ws);
        Lists.replace(slots, ss);
        boolean allDone = chunks.get() > 0 && chunksDone.get() >= chunks.get();
        idle.set(allDone ? (int) ws.stream().filter(w -> w.chunks().isEmpty()).count() : 0);
        readTimes(m);
    }

    private void readTimes(ObjectsModel m) {
        String seq = "";
        String par = "";
        for (Printed p : m.prints()) {
            var times = p.args("pool.times");
            if (times.isPresent() && times.get().size() >= 2) {
                seq = times.get().get(0);
                par = times.get().get(1);
            }
        }
        sequentialMs.set(seq);
        poolMs.set(par);
    }

    @Override
    public void clear() {
        workers.clear();
        slots.clear();
        chunksDone.set(0);
        chunks.set(0);
        idle.set(0);
        sequentialMs.set("");
        poolMs.set("");
    }
}
