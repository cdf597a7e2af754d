package io.processlab.app.bench;

import com.google.gson.JsonObject;
import java.util.Arrays;

/** Durations in nanoseconds, summarized in milliseconds (p50, p95, max, mean). */
final class Series {
    private long[] ns;
    private int n;

    Series(int capacity) {
        ns = new long[Math.max(1, capacity)];
    }

    void add(long v) {
        if (n == ns.length) {
            ns = Arrays.copyOf(ns, n * 2);
        }
        ns[n++] = v;
    }

    int size() {
        return n;
    }

    JsonObject summary() {
        if (n == 0) {
            return new JsonObject();
        }
        long[] s = Arrays.copyOf(ns, n);
        Arrays.sort(s);
        JsonObject o = new JsonObject();
        o.addProperty("p50", ms(s[(int) Math.floor((n - 1) * 0.50)]));
        o.addProperty("p95", ms(s[(int) Math.floor((n - 1) * 0.95)]));
        o.addProperty("max", ms(s[n - 1]));
        double sum = 0;
        for (long v : s) {
            sum += v;
        }
        o.addProperty("mean", ms(Math.round(sum / n)));
        return o;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
