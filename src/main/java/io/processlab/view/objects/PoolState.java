package io.processlab.view.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pool: its workers, the chunks of the current map (who took which items) and the results in
 * input order. Read from the pool's queue traffic: a task is {@code {'job', 'chunk', 'fn', 'items'}},
 * a result {@code {'job', 'chunk', 'results'}}.
 */
public final class PoolState {
    /** Where a chunk is. */
    public enum ChunkPhase { QUEUED, TAKEN, DONE }

    /** One chunk of the input. */
    public static final class Chunk {
        private final int index;
        private final List<String> items;
        private final boolean itemsComplete;
        private ChunkPhase phase = ChunkPhase.QUEUED;
        private Proc worker;
        private List<String> results = List.of();

        Chunk(int index, List<String> items, boolean itemsComplete) {
            this.index = index;
            this.items = items;
            this.itemsComplete = itemsComplete;
        }

        public int index() {
            return index;
        }

        /** Its items as printed (the first ones only when the trace shortened them). */
        public List<String> items() {
            return items;
        }

        /** False when the trace shortened the item list. */
        public boolean itemsComplete() {
            return itemsComplete;
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

        /** How many items it took. */
        public int items() {
            return taken.stream().mapToInt(c -> c.items.size()).sum();
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

    /** A put or get on any queue; only the pool's own traffic is taken. */
    void queued(Proc p, String detail, boolean put) {
        Repr.PoolMessage m = Repr.poolMessage(detail);
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
        if (m.items() != null && put) {
            chunks.put(m.chunk(), new Chunk(m.chunk(), m.items(), m.complete()));
        } else if (m.items() != null) {
            Chunk c = chunks.computeIfAbsent(m.chunk(), k -> new Chunk(k, m.items(), m.complete()));
            c.phase = ChunkPhase.TAKEN;
            c.worker = p;
            worker(p);
            workers.get(p.pid()).taken.add(c);
        } else if (m.results() != null && put) {
            Chunk c = chunks.get(m.chunk());
            if (c != null) {
                c.phase = ChunkPhase.DONE;
                c.results = m.results();
                if (c.worker == null) {
                    c.worker = p;
                }
            }
        }
    }
}
