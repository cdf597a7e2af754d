package io.processlab.view.timeline;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up but well-formed run for tests and the UI bench at scale: a parent (pid 1000) spawns {@code workers}
 * workers that loop get (blocking), lock, print, release, put a result, sleep; the parent feeds
 * the task queue and takes the results; one worker fails at the end. Exactly {@code total} events.
 */
public final class SyntheticTrace {
    public static final long MAIN = 1000;

    private SyntheticTrace() {
    }

    public static Trace trace(int workers, int total, long seed) {
        List<ProcessInfo> procs = new ArrayList<>();
        procs.add(new ProcessInfo(MAIN, ProcessStates.MAIN_NAME, "main", null));
        for (int w = 1; w <= workers; w++) {
            procs.add(new ProcessInfo(MAIN + w, "Worker-" + w, "pool-worker", "pool.worker"));
        }
        return Trace.of(procs, events(workers, total, seed));
    }

    public static List<TraceEvent> events(int workers, int total, long seed) {
        Random r = new Random(seed);
        List<TraceEvent> out = new ArrayList<>(total);
        long[] t = {0};
        long[] msg = {0};
        int[] phase = new int[workers + 1];
        long[] pending = new long[workers + 1];
        Emitter e = (pid, kind, object, detail, text, m, fields) -> {
            t[0] += 1 + r.nextInt(1200);
            String name = pid == MAIN ? ProcessStates.MAIN_NAME : "Worker-" + (pid - MAIN);
            out.add(new TraceEvent(t[0], pid, name, kind, object, detail, text, m, fields));
        };
        e.emit(MAIN, Kinds.CREATE, "tasks", "JoinableQueue", null, 0, new Fields.Create("JoinableQueue"));
        for (int w = 1; w <= workers; w++) {
            e.emit(MAIN, Kinds.SPAWN, null, "Worker-" + w + " (" + (MAIN + w) + "): pool.worker", null, 0, worker(w));
        }
        for (int w = 1; w <= workers; w++) {
            e.emit(MAIN + w, Kinds.START, null, "pid " + (MAIN + w), null, 0, worker(w));
        }
        int ending = 2 * workers + 2;
        while (out.size() < total - ending) {
            int w = 1 + r.nextInt(workers);
            long pid = MAIN + w;
            switch (phase[w]) {
                case 0 -> e.emit(pid, Kinds.GET_WAIT, "tasks", null, null, 0);
                case 1 -> {
                    pending[w] = ++msg[0];
                    e.emit(MAIN, Kinds.PUT, "tasks", "task " + pending[w], null, pending[w]);
                }
                case 2 -> e.emit(pid, Kinds.GET, "tasks", "task " + pending[w], null, pending[w]);
                case 3 -> e.emit(pid, Kinds.ACQUIRE_WAIT, "lock", null, null, 0);
                case 4 -> e.emit(pid, Kinds.ACQUIRED, "lock", null, null, 0);
                case 5 -> e.emit(pid, Kinds.PRINT, null, null, "worker " + w + " did task " + pending[w], 0);
                case 6 -> e.emit(pid, Kinds.RELEASED, "lock", null, null, 0);
                case 7 -> {
                    pending[w] = ++msg[0];
                    e.emit(pid, Kinds.PUT, "results", "result " + pending[w], null, pending[w]);
                }
                case 8 -> e.emit(MAIN, Kinds.GET, "results", "result " + pending[w], null, pending[w]);
                case 9 -> e.emit(pid, Kinds.SLEEP, null, "0.01 s", null, 0, new Fields.Sleep(0.01));
                default -> e.emit(pid, Kinds.WAKE, null, null, null, 0);
            }
            phase[w] = (phase[w] + 1) % 11;
        }
        for (int w = 1; w <= workers; w++) {
            e.emit(MAIN, Kinds.PROCESS_JOIN_WAIT, null, "Worker-" + w + " (" + (MAIN + w) + ")", null, 0, worker(w));
            e.emit(MAIN + w, Kinds.EXIT, null, w == workers ? "code 1: failed on purpose" : "code 0", null, 0,
                    w == workers ? new Fields.Exit(1, null, Fields.Exit.ERROR) : new Fields.Exit(0, null, Fields.Exit.EXITED));
        }
        e.emit(MAIN, Kinds.PROCESS_JOINED, null, "Worker-" + workers + " (" + (MAIN + workers) + ")", null, 0,
                worker(workers));
        while (out.size() < total) {
            e.emit(MAIN, Kinds.PRINT, null, null, "done", 0);
        }
        return out;
    }

    private static Fields worker(int w) {
        return new Fields.Child(MAIN + w, "Worker-" + w, "pool.worker");
    }

    @FunctionalInterface
    private interface Emitter {
        void emit(long pid, String kind, String object, String detail, String text, long msg, Fields fields);

        default void emit(long pid, String kind, String object, String detail, String text, long msg) {
            emit(pid, kind, object, detail, text, msg, Fields.NONE);
        }
    }
}
