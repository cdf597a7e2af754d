package io.processlab.child;

import io.processlab.api.JoinableQueue;
import io.processlab.api.ProcessContext;
import io.processlab.api.Queue;
import io.processlab.api.Target;
import io.processlab.api.TargetCatalog;
import io.processlab.api.Targets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Targets that every run can use: the pool's worker loop (and the archive's training child). */
public final class BuiltinTargets implements TargetCatalog {
    /** Must equal the engine's {@code Pool.WORKER_TARGET}. */
    public static final String POOL_WORKER = "pool.worker";

    @Override
    public void register(Registrar r) {
        r.target(POOL_WORKER, BuiltinTargets::poolWorker);
        r.target(Training.TARGET, Training::run);
        r.function(Training.FUNCTION, x -> ((Number) x).longValue() * 2);
    }

    /**
     * Args: the task queue, the result queue, the initializer's target name (or null). Takes
     * chunks {@code {job, chunk, fn, items}} until it gets None; puts {@code {job, chunk, results}}.
     */
    static Object poolWorker(ProcessContext self, List<Object> args) throws Exception {
        JoinableQueue tasks = (JoinableQueue) args.get(0);
        Queue results = (Queue) args.get(1);
        String init = (String) args.get(2);
        if (init != null) {
            Target t = Targets.get().target(init);
            if (t == null) {
                throw new IllegalArgumentException("no registered initializer '" + init + "'");
            }
            t.run(self, List.of());
        }
        int done = 0;
        while (true) {
            Object task = tasks.get();
            if (task == null) {
                tasks.taskDone();
                return done;
            }
            Map<?, ?> chunk = (Map<?, ?>) task;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("job", chunk.get("job"));
            out.put("chunk", chunk.get("chunk"));
            try {
                Function<Object, Object> fn = Targets.get().function((String) chunk.get("fn"));
                if (fn == null) {
                    throw new IllegalArgumentException("no registered pool function '" + chunk.get("fn") + "'");
                }
                List<?> items = (List<?>) chunk.get("items");
                List<Object> res = new ArrayList<>(items.size());
                for (Object x : items) {
                    res.add(fn.apply(x));
                }
                out.put("results", res);
                done += items.size();
            } catch (RuntimeException e) {
                out.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            results.put(out);
            tasks.taskDone();
        }
    }
}
