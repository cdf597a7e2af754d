package io.processlab.lessons.pool;

import io.processlab.api.ProcessContext;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.MainContext;
import io.processlab.engine.Pool;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import io.processlab.wire.PyRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The parent maps x -> 2x over a list twice: once by itself, once with a pool of worker
 * processes, each of which prints its name when it starts. The results are the same and in the
 * same order.
 */
public final class PoolLesson extends BaseLesson {
    public static final String ID = "pool";
    static final String CALCULATE = "pool.calculate";
    static final String CALCULATE_SLOWLY = "pool.calculate_slowly";
    static final String START = "pool.start_process";

    /**
     * The lesson's settings; size 0 means twice the number of CPUs, as the seed does; work is how
     * long each item takes a worker, in seconds (0: as fast as it goes), so that a class can watch
     * the workers share the chunks.
     */
    public record Config(int items, int size, int chunksize, double work) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.integer("items", 10, 0, 100_000),
                SettingSpec.integer("size", 0, 0, 64),
                SettingSpec.integer("chunksize", 0, 0, 100_000),
                SettingSpec.decimal("work", 0, 0, 5));

        static Config of(Settings s) {
            return new Config(s.getInt("items"), s.getInt("size"), s.getInt("chunksize"), s.getDouble("work"));
        }
    }

    public PoolLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.function(CALCULATE, PoolLesson::calculate);
        r.function(CALCULATE_SLOWLY, PoolLesson::calculateSlowly);
        r.target(START, (self, args) -> {
            startProcess(self);
            return null;
        });
    }

    // snippet:calculate
    static Object calculate(Object x) {
        return ((Number) x).longValue() * 2;
    }

    /** The same, taking {@code [x, seconds]}: the worker works that long on the item first. */
    static Object calculateSlowly(Object pair) {
        List<?> xs = (List<?>) pair;
        long ms = Math.round(((Number) xs.get(1)).doubleValue() * 1000);
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return calculate(xs.get(0));
    }
    // end:calculate

    // snippet:start_process
    static void startProcess(ProcessContext self) {
        self.say("pool.starting", self.name());
    }
    // end:start_process

    /** What an item list prints as: the whole list, or its ends when long. */
    static String show(List<?> xs) {
        if (xs.size() <= 20) {
            return PyRepr.repr(xs);
        }
        return PyRepr.repr(xs.subList(0, 10)).replace("]", ", ..., ")
                + PyRepr.repr(xs.subList(xs.size() - 3, xs.size())).substring(1) + " (" + xs.size() + ")";
    }

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        List<Object> inputs = new ArrayList<>();
        IntStream.range(0, cfg.items()).forEach(i -> inputs.add((long) i));
        main.say("pool.input", show(inputs));

        // with a work time, each item goes with it: [x, seconds] (in Python: functools.partial) //pt: com um tempo de trabalho, cada item vai com ele: [x, segundos] (em Python: functools.partial)
        boolean slow = cfg.work() > 0;
        List<Object> work = slow ? inputs.stream().map(x -> (Object) List.of(x, cfg.work())).toList() : inputs;
        String function = slow ? CALCULATE_SLOWLY : CALCULATE;
        main.step("main.builtin");
        long t0 = System.nanoTime();
        List<Object> builtin = new ArrayList<>(inputs.size());
        for (Object x : work) {
            builtin.add(slow ? calculateSlowly(x) : calculate(x));
        }
        double builtinMs = (System.nanoTime() - t0) / 1e6;
        main.say("pool.builtin", show(builtin));

        int size = cfg.size() > 0 ? cfg.size() : main.cpuCount() * 2;
        main.step("main.pool");
        long t1 = System.nanoTime();
        Pool pool = main.pool(size, START);
        List<Object> outputs = cfg.chunksize() > 0
                ? pool.map(function, work, cfg.chunksize()) : pool.map(function, work);
        pool.close();
        pool.join();
        double poolMs = (System.nanoTime() - t1) / 1e6;
        main.say("pool.result", show(outputs));
        main.say("pool.times", String.format(main.locale(), "%.2f", builtinMs),
                String.format(main.locale(), "%.0f", poolMs), size);
    }
    // end:main
}
