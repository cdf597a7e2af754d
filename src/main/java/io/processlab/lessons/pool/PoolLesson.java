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
    static final String START = "pool.start_process";

    /** The lesson's settings; size 0 means twice the number of CPUs, as the seed does. */
    public record Config(int items, int size, int chunksize) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.integer("items", 10, 0, 100_000),
                SettingSpec.integer("size", 0, 0, 64),
                SettingSpec.integer("chunksize", 0, 0, 100_000));

        static Config of(Settings s) {
            return new Config(s.getInt("items"), s.getInt("size"), s.getInt("chunksize"));
        }
    }

    public PoolLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.function(CALCULATE, PoolLesson::calculate);
        r.target(START, (self, args) -> {
            startProcess(self);
            return null;
        });
    }

    // snippet:calculate
    static Object calculate(Object x) {
        return ((Number) x).longValue() * 2;
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

        main.step("main.builtin");
        long t0 = System.nanoTime();
        List<Object> builtin = new ArrayList<>(inputs.size());
        for (Object x : inputs) {
            builtin.add(calculate(x));
        }
        double builtinMs = (System.nanoTime() - t0) / 1e6;
        main.say("pool.builtin", show(builtin));

        int size = cfg.size() > 0 ? cfg.size() : main.cpuCount() * 2;
        main.step("main.pool");
        long t1 = System.nanoTime();
        Pool pool = main.pool(size, START);
        List<Object> outputs = cfg.chunksize() > 0
                ? pool.map(CALCULATE, inputs, cfg.chunksize()) : pool.map(CALCULATE, inputs);
        pool.close();
        pool.join();
        double poolMs = (System.nanoTime() - t1) / 1e6;
        main.say("pool.result", show(outputs));
        main.say("pool.times", String.format(main.locale(), "%.2f", builtinMs),
                String.format(main.locale(), "%.0f", poolMs), size);
    }
    // end:main
}
