package io.processlab.engine;

import com.google.gson.JsonElement;
import io.processlab.api.JoinableQueue;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.api.Targets;
import io.processlab.engine.internal.BrokerQueue;
import io.processlab.engine.internal.Phrase;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.wire.Handle;
import io.processlab.wire.Payloads;
import io.processlab.wire.RemoteError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Python's {@code multiprocessing.Pool}: a fixed number of worker processes that take chunks of
 * work from a task queue and put their results on a result queue. {@link #map} gives the results
 * in input order. Built on the same queues the lessons use.
 *
 * <p>Unlike Python's pool, a worker that dies in the middle of a chunk (it exits, crashes, or is
 * killed) does not make {@code map} hang: the task queue knows which chunks it took and did not
 * finish, the pool starts a replacement worker (at most {@code maxRestarts} times in its life),
 * and the lost chunks run again. When the budget is spent, or one chunk has ended
 * {@link #MAX_CHUNK_LOSSES} workers, {@code map} fails with what happened.
 */
public final class Pool implements AutoCloseable {
    /** The registered target every worker runs. */
    public static final String WORKER_TARGET = "pool.worker";
    /** A chunk whose workers ended this many times is not tried again. */
    public static final int MAX_CHUNK_LOSSES = 3;

    private final MainContext main;
    private final JoinableQueue tasks;
    private final Queue results;
    private final BrokerQueue taskQueue;
    private final BrokerQueue resultQueue;
    private final String initializer;
    private final int size;
    private final int maxRestarts;
    private final List<ChildProcess> workers = new ArrayList<>();
    private final ConcurrentLinkedQueue<ChildProcess> ended = new ConcurrentLinkedQueue<>();
    private int restarts;
    private int handledDeaths;
    private int jobs;
    private volatile boolean closed;

    Pool(MainContext main, int size, String initializer, int maxRestarts) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one worker");
        }
        if (maxRestarts < 0) {
            throw new IllegalArgumentException("maxRestarts cannot be negative");
        }
        if (initializer != null && Targets.get().target(initializer) == null) {
            throw new IllegalArgumentException("no registered target '" + initializer + "' for the initializer");
        }
        this.main = main;
        this.size = size;
        this.initializer = initializer;
        this.maxRestarts = maxRestarts;
        this.tasks = main.joinableQueue("pool-tasks");
        this.results = main.queue("pool-results");
        this.taskQueue = brokerSide(tasks);
        this.resultQueue = brokerSide(results);
        for (int i = 0; i < size; i++) {
            startWorker();
        }
    }

    private BrokerQueue brokerSide(Object proxy) {
        return (BrokerQueue) main.run().broker().object(((Handle.Shareable) proxy).handle().id());
    }

    private synchronized ChildProcess startWorker() {
        ChildProcess w = main.run().process("PoolWorker-" + (workers.size() + 1), WORKER_TARGET, "pool-worker",
                Arrays.asList(tasks, results, initializer));
        w.ended().thenRun(() -> {
            ended.add(w);
            resultQueue.wake(main.pid(), w.name() + " ended");
        });
        workers.add(w);
        w.start();
        return w;
    }

    /** Every worker started so far, replacements included. */
    public synchronized List<ChildProcess> workers() {
        return List.copyOf(workers);
    }

    /** How many workers were replaced so far. */
    public synchronized int restarts() {
        return restarts;
    }

    /** Python's default chunk size: the items spread over four chunks per worker. */
    public int defaultChunksize(int items) {
        int per = size * 4;
        return Math.max(1, items / per + (items % per == 0 ? 0 : 1));
    }

    public List<Object> map(String function, List<?> items) {
        return map(function, items, defaultChunksize(items.size()));
    }

    /**
     * Applies the registered {@code function} to every item in the workers and returns the results
     * in input order.
     *
     * @throws ProcessException when a worker fails on a chunk, when workers end more often than
     *     the pool may replace them, or when the run stops
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
        // how many chunks this map makes, told before the first is queued: a panel's "N of M done"
        main.metric(Kinds.POOL_CHUNKS_METRIC, (items.size() + (long) chunksize - 1) / chunksize, null);
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
        Map<Integer, Integer> losses = new HashMap<>();
        int got = 0;
        while (got < chunks) {
            recover(job, losses, chunks - got, chunks);
            Map<?, ?> r;
            try {
                r = (Map<?, ?>) results.get();
            } catch (ProcessException e) {
                if (RemoteError.WOKEN.equals(e.kind()) || RemoteError.DEADLOCK.equals(e.kind())) {
                    continue;
                }
                throw new ProcessException(e.kind(), say("pool.map_stopped", chunks - got, chunks, e.getMessage()));
            }
            if (((Number) r.get("job")).intValue() != job) {
                continue;
            }
            int chunk = ((Number) r.get("chunk")).intValue();
            if (r.containsKey("error")) {
                throw new ProcessException(RemoteError.FAILED, say("pool.chunk_failed", chunk, String.valueOf(r.get("error"))));
            }
            if (byChunk[chunk] == null) {
                byChunk[chunk] = ((List<?>) r.get("results")).toArray();
                got++;
            }
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object[] c : byChunk) {
            out.addAll(Arrays.asList(c));
        }
        return out;
    }

    /** Deals with workers that ended: takes back their lost chunks, replaces them, puts the chunks again. */
    private void recover(int job, Map<Integer, Integer> losses, int left, int chunks) {
        ChildProcess dead;
        while ((dead = ended.poll()) != null) {
            handledDeaths++;
            List<Map<?, ?>> again = new ArrayList<>();
            for (JsonElement e : taskQueue.reclaimLost(dead.pid())) {
                if (Payloads.decode(e) instanceof Map<?, ?> t && ((Number) t.get("job")).intValue() == job) {
                    again.add(t);
                }
            }
            Phrase failure = dead.failurePhrase();
            Phrase how = Phrase.of("pool.worker_ended", dead.name(), dead.pid(),
                    failure != null ? failure : Phrase.of("exit.code", dead.exitCode()));
            String which = again.stream().map(t -> String.valueOf(t.get("chunk"))).collect(Collectors.joining(", "));
            for (Map<?, ?> t : again) {
                int chunk = ((Number) t.get("chunk")).intValue();
                int n = losses.merge(chunk, 1, Integer::sum);
                if (n >= MAX_CHUNK_LOSSES) {
                    throw new ProcessException(RemoteError.FAILED, say("pool.chunk_lost", chunk, n, how));
                }
            }
            if (restarts >= maxRestarts) {
                throw new ProcessException(RemoteError.FAILED, again.isEmpty()
                        ? say("pool.gives_up", how, restarts, left, chunks)
                        : say("pool.gives_up_on", how, which, restarts, left, chunks));
            }
            restarts++;
            ChildProcess fresh = startWorker();
            main.run().trace().record(main.pid(), Run.MAIN, Kinds.RESTART, null, fresh.name() + " replaces "
                    + how.english() + (again.isEmpty() ? "" : "; chunk " + which + " runs again"),
                    new Fields.Restart(fresh.pid(), dead.pid()));
            for (Map<?, ?> t : again) {
                tasks.put(t);
            }
        }
        if (handledDeaths == workers.size()) {
            throw new ProcessException(RemoteError.FAILED, say("pool.all_ended", left, chunks));
        }
    }

    /** A text of the engine's bundle in the run's language (phrases among the arguments too). */
    private String say(String key, Object... args) {
        return Phrase.say(main.run().locale(), key, args);
    }

    /** No more work: each worker ends after the work already given. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            long live = workers.stream().filter(ChildProcess::isAlive).count();
            for (long i = 0; i < live; i++) {
                tasks.put(null);
            }
        }
    }

    /** Waits for every worker to end (after {@link #close()}). */
    public void join() {
        workers().forEach(ChildProcess::join);
    }

    /** Ends the workers at once. */
    public void terminate() {
        closed = true;
        workers().forEach(ChildProcess::kill);
    }
}
