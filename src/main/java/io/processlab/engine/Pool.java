package io.processlab.engine;

import io.processlab.api.JoinableQueue;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.api.Targets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code multiprocessing.Pool}: a fixed number of worker processes that take chunks of
 * work from a task queue and put their results on a result queue. {@link #map} gives the results
 * in input order. Built on the same queues the lessons use.
 */
public final class Pool implements AutoCloseable {
    /** The registered target every worker runs. */
    public static final String WORKER_TARGET = "pool.worker";

    private final MainContext main;
    private final JoinableQueue tasks;
    private final Queue results;
    private final List<ChildProcess> workers = new ArrayList<>();
    private int jobs;
    private boolean closed;

    Pool(MainContext main, int size, String initializer) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one worker");
        }
        if (initializer != null && Targets.get().target(initializer) == null) {
            throw new IllegalArgumentException("no registered target '" + initializer + "' for the initializer");
        }
        this.main = main;
        this.tasks = main.joinableQueue("pool-tasks");
        this.results = main.queue("pool-results");
        for (int i = 1; i <= size; i++) {
            ChildProcess w = main.run().process("PoolWorker-" + i, WORKER_TARGET, "pool-worker",
                    Arrays.asList(tasks, results, initializer));
            workers.add(w);
        }
        workers.forEach(ChildProcess::start);
    }

    public List<ChildProcess> workers() {
        return List.copyOf(workers);
    }

    /** Python's default chunk size: the items spread over four chunks per worker. */
    public int defaultChunksize(int items) {
        int per = workers.size() * 4;
        return Math.max(1, items / per + (items % per == 0 ? 0 : 1));
    }

    public List<Object> map(String function, List<?> items) {
        return map(function, items, defaultChunksize(items.size()));
    }

    /**
     * Applies the registered {@code function} to every item in the workers and returns the results
     * in input order.
     *
     * @throws ProcessException when a worker fails on a chunk or every worker has died
     */
    public synchronized List<Object> map(String function, List<?> items, int chunksize) {
        if (closed) {
            throw new IllegalStateException("the pool is closed");
        }
        if (Targets.get().function(function) == null) {
            throw new IllegalArgumentException("no registered pool function '" + function + "'");
        }
        if (chunksize < 1) {
            throw new IllegalArgumentException("chunksize must be at least 1");
        }
        int job = ++jobs;
        int chunks = 0;
        for (int from = 0; from < items.size(); from += chunksize) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("job", job);
            task.put("chunk", chunks++);
            task.put("fn", function);
            task.put("items", items.subList(from, Math.min(items.size(), from + chunksize)));
            tasks.put(task);
        }
        Object[][] byChunk = new Object[chunks][];
        int got = 0;
        while (got < chunks) {
            Map<?, ?> r;
            try {
                r = (Map<?, ?>) results.get(true, 1.0);
            } catch (ProcessException.EmptyException e) {
                if (workers.stream().noneMatch(ChildProcess::isAlive)) {
                    throw new ProcessException("failed", "every pool worker has ended; "
                            + (chunks - got) + " of " + chunks + " chunks were not done");
                }
                continue;
            }
            if (((Number) r.get("job")).intValue() != job) {
                continue;
            }
            int chunk = ((Number) r.get("chunk")).intValue();
            if (r.containsKey("error")) {
                throw new ProcessException("failed", "a pool worker failed on chunk " + chunk + ": " + r.get("error"));
            }
            byChunk[chunk] = ((List<?>) r.get("results")).toArray();
            got++;
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object[] c : byChunk) {
            out.addAll(Arrays.asList(c));
        }
        return out;
    }

    /** No more work: each worker ends after the work already given. */
    public synchronized void close() {
        if (!closed) {
            closed = true;
            for (int i = 0; i < workers.size(); i++) {
                tasks.put(null);
            }
        }
    }

    /** Waits for every worker to end (after {@link #close()}). */
    public void join() {
        workers.forEach(ChildProcess::join);
    }

    /** Ends the workers at once. */
    public void terminate() {
        closed = true;
        workers.forEach(ChildProcess::kill);
    }
}
