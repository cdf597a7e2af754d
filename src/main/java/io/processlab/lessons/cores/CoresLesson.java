package io.processlab.lessons.cores;

import com.google.gson.JsonElement;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.Measure;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts the primes below a limit with 1, 2, ... N processes, each taking every k-th number, and
 * measures the speed-up. Where Linux tells it, each process also reports the cores it ran on.
 */
public final class CoresLesson extends BaseLesson {
    public static final String ID = "cores";
    static final String COUNT = "cores.count_primes";
    /** The numbers are dealt out in blocks this long (every k-th number would give one process all the even ones). */
    static final int BLOCK = 1000;

    /** The lesson's settings; processes 0 means as many as this machine has cores. */
    public record Config(int processes, int limit) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.integer("processes", 0, 0, 16),
                SettingSpec.integer("limit", 1_500_000, 1_000, 20_000_000));

        static Config of(Settings s) {
            return new Config(s.getInt("processes"), s.getInt("limit"));
        }
    }

    public CoresLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(COUNT, (self, args) -> countPrimes(((Number) args.get(0)).intValue(),
                ((Number) args.get(1)).intValue(), ((Number) args.get(2)).intValue()));
    }

    // snippet:count
    static Map<String, Object> countPrimes(int limit, int part, int parts) {
        TreeSet<Integer> cpus = new TreeSet<>();
        long count = 0;
        int blocks = 0;
        // every parts-th block of BLOCK numbers: each process gets its share of the large, slow ones //pt: um de cada parts blocos de BLOCK números: cada processo recebe sua parte dos números grandes e lentos
        for (int start = 2 + part * BLOCK; start < limit; start += parts * BLOCK) {
            for (int n = start; n < Math.min(limit, start + BLOCK); n++) {
                if (isPrime(n)) {
                    count++;
                }
            }
            if (blocks++ % 16 == 0) {
                Measure.cpu().ifPresent(cpus::add);
            }
        }
        Measure.cpu().ifPresent(cpus::add);
        return Map.of("count", count, "cpus", new ArrayList<>(cpus));
    }

    static boolean isPrime(int n) {
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
    // end:count

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        int max = cfg.processes() > 0 ? cfg.processes() : main.cpuCount();
        main.say("cores.machine", main.cpuCount());
        // what the panel needs to say why a speed-up may not show: the cores this JVM may use and the machine's load //pt: aquilo de que o painel precisa para dizer por que um ganho pode não aparecer: os núcleos que esta JVM pode usar e a carga da máquina
        main.metric("cores.available", main.cpuCount(), null);
        main.metric("cores.load_start", loadAverage(), null);
        double first = 0;
        for (int k = 1; k <= max; k++) {
            main.step("main.round");
            long t0 = System.nanoTime();
            List<ChildProcess> ps = new ArrayList<>();
            for (int part = 0; part < k; part++) {
                ChildProcess p = main.process("primes-" + k + "." + part, COUNT, cfg.limit(), part, k);
                p.start();
                ps.add(p);
            }
            long total = 0;
            TreeSet<Long> cpus = new TreeSet<>();
            for (ChildProcess p : ps) {
                p.join();
                JsonElement r = p.result();
                if (r == null || !r.isJsonObject()) {
                    throw new IllegalStateException("process " + p.name() + " failed: " + p.failure());
                }
                total += r.getAsJsonObject().get("count").getAsLong();
                r.getAsJsonObject().getAsJsonArray("cpus").forEach(c -> cpus.add(c.getAsLong()));
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            first = k == 1 ? secs : first;
            // the count as the language writes it (114,155 / 114.155), as the setting shows the limit
            main.say("cores.round", k, total, String.format(main.locale(), "%.2f", secs),
                    String.format(main.locale(), "%.2f", first / secs),
                    cpus.isEmpty() ? main.text("cores.unknown") : cpus.toString(),
                    java.text.NumberFormat.getIntegerInstance(main.locale()).format(total));
            main.metric("speedup." + k, first / secs, "x");
        }
        main.metric("cores.load_end", loadAverage(), null);
    }
    // end:main

    /** The system's load average over the last minute (programs running or wanting a core), or -1 where unknown. */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
