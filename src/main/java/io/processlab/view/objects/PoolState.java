package io.processlab.view.objects;

import io.processlab.trace.Fields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pool: its workers, the chunks of the current map (who took which items) and the results in
 * input order. Read from the typed fields of the pool's queue traffic ({@code Fields.PoolWork}):
 * a chunk of work or its results.
 */
public final class PoolState {
    /** Where a chunk is. */
    public enum ChunkPhase { QUEUED, TAKEN, DONE }

    /** One chunk of the input. */
    public static final class Chunk {
        private final int index;
        private final List<String> items;
        private final int count;
        private ChunkPhase phase = ChunkPhase.QUEUED;
        private Proc worker;
        private List<String> results = List.of();

        Chunk(int index, List<String> items, int count) {
            this.index = index;
            this.items = items;
            this.count = count;
        }

        public int index() {
            return index;
        }

        /** Its items as printed (the first ones only when the trace shortened them). */
        public List<String> items() {
            return items;
        }

        /** False when the trace gives only the first items. */
        public boolean itemsComplete() {
            return items.size() == count;
        }

        /** How many items it has, or -1 when the trace does not say (a version-1 file that cut them). */
        public int count() {
            return count;
        }

        public ChunkPhase phase() {
            return phase;
        }

        /** The worker that took it, or null. */
        public Proc worker() {
            return worker;
        }

        /** Its results once done (possibly shortened), else empty. */
        public List<String> results() {
            return results;
        }
    }

    /** One input position: the item, its result once known, the worker that computed it. */
    public record Slot(int chunk, String input, String result, Proc worker) {
    }

    /** A worker and the chunks it took. */
    public static final class Worker {
        private final Proc proc;
        private final List<Chunk> taken = new ArrayList<>();

        Worker(Proc proc) {
            this.proc = proc;
        }

        public Proc proc() {
            return proc;
        }

        /** The chunks it took, in order. */
        public List<Chunk> taken() {
            return Collections.unmodifiableList(taken);
        }

        /** How many items it took, or -1 when the trace does not say for some chunk. */
        public int items() {
            return taken.stream().anyMatch(c -> c.count < 0) ? -1 : taken.stream().mapToInt(c -> c.count).sum();
        }

        /** The chunk it works on now, or null. */
        public Chunk current() {
            return taken.isEmpty() || taken.get(taken.size() - 1).phase == ChunkPhase.DONE ? null : taken.get(taken.size() - 1);
        }
    }

    private final Map<Long, Worker> workers = new LinkedHashMap<>();
    private final TreeMap<Integer, Chunk> chunks = new TreeMap<>();
    private int job;

    PoolState() {
    }

    /** The map call the chunks belong to (1 for the first). */
    public int job() {
        return job;
    }

    public List<Worker> workers() {
        return List.copyOf(workers.values());
    }

    public Worker worker(long pid) {
        return workers.get(pid);
    }

    /** The chunks of the current map, in input order. */
    public List<Chunk> chunks() {
        return List.copyOf(chunks.values());
    }

    /** How many chunks have their results. */
    public int chunksDone() {
        return (int) chunks.values().stream().filter(c -> c.phase == ChunkPhase.DONE).count();
    }

    /** Every known input position in order, with its result once known. */
    public List<Slot> slots() {
        List<Slot> out = new ArrayList<>();
        for (Chunk c : chunks.values()) {
            for (int i = 0; i < c.items.size(); i++) {
                String r = c.phase == ChunkPhase.DONE && i < c.results.size() ? c.results.get(i) : null;
                out.add(new Slot(c.index, c.items.get(i), r, c.worker));
            }
        }
        return out;
    }

    void worker(Proc p) {
        workers.computeIfAbsent(p.pid(), k -> new Worker(p));
    }

    void forget(long pid) {
        // workers stay listed with what they did
    }

    /** A put or get on any queue; only the pool's own traffic ({@code m} not null) is taken. */
    void queued(Proc p, Fields.PoolWork m, boolean put) {
        if (m == null) {
            return;
        }
        if (m.job() > job) {
            job = m.job();
            chunks.clear();
            workers.values().forEach(w -> w.taken.clear());
        } else if (m.job() < job) {
            return;
        }
        if (!m.results() && put) {
            chunks.put(m.chunk(), new Chunk(m.chunk(), m.values(), m.items()));
        } else if (!m.results()) {
            Chunk c = chunks.computeIfAbsent(m.chunk(), k -> new Chunk(k, m.values(), m.items()));
            c.phase = ChunkPhase.TAKEN;
            c.worker = p;
            worker(p);
            workers.get(p.pid()).taken.add(c);
        } else if (put) {
            Chunk c = chunks.get(m.chunk());
            if (c != null) {
                c.phase = ChunkPhase.DONE;
                c.results = m.values();
                if (c.worker == null) {
                    c.worker = p;
                }
            }
        }
    }
}
