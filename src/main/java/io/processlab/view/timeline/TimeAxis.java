package io.processlab.view.timeline;

import io.processlab.view.Units;
import java.util.Locale;

/**
 * Ticks at round times (1, 2 or 5 times a power of ten) and their labels. Every time written here
 * keeps its value and unit together ({@link Units}: a no-break space between them).
 */
public final class TimeAxis {
    private TimeAxis() {
    }

    /** A round step in microseconds so that ticks are about {@code targetPx} apart. */
    public static long step(long spanUs, double widthPx, double targetPx) {
        double raw = Math.max(1, spanUs) * targetPx / Math.max(1, widthPx);
        long p = 1;
        while (p <= Long.MAX_VALUE / 10 && p * 10 <= raw) {
            p *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (p > Long.MAX_VALUE / m) {
                break;
            }
            if (p * m >= raw) {
                return p * m;
            }
        }
        return p > Long.MAX_VALUE / 10 ? p : p * 10;
    }

    /**
     * A round step as {@link #step(long, double, double)} gives, made finer (2, 1, 0.5... of the
     * 1-2-5 steps) while fewer than {@code least} ticks would fit in the span: a narrow plot
     * (presenter mode) still reads a scale, not "0 s" alone.
     */
    public static long step(long spanUs, double widthPx, double targetPx, int least) {
        long step = step(spanUs, widthPx, targetPx);
        while (step > 1 && Math.max(1, spanUs) / step < least) {
            long lead = step;
            while (lead % 10 == 0) {
                lead /= 10;
            }
            step = lead == 5 ? step / 5 * 2 : step / 2; // 5 -> 2, 2 -> 1, 1 -> 0.5
        }
        return Math.max(1, step);
    }

    /** The next round step up from {@code step}: 1 to 2, 2 to 5, 5 to 10 (times its power of ten); the same where it would overflow. */
    public static long coarser(long step) {
        long lead = Math.max(1, step);
        long power = 1;
        while (lead % 10 == 0) {
            lead /= 10;
            power *= 10;
        }
        long next = lead == 1 ? 2 : lead == 2 ? 5 : 10;
        return power > Long.MAX_VALUE / next ? step : next * power;
    }

    /**
     * The ticks from {@code t0} to {@code t1}, {@code step} apart, at most {@code most} of them:
     * never a loop past the end of {@code long} (a crafted trace's times reach it).
     */
    public static long[] ticks(long t0, long t1, long step, int most) {
        long first = first(t0, step);
        if (first > t1) {
            return new long[0];
        }
        double n = Math.floor(((double) t1 - first) / step) + 1;
        int count = (int) Math.max(0, Math.min(most, n));
        long[] ticks = new long[count];
        long t = first;
        for (int i = 0; i < count; i++) {
            ticks[i] = t;
            if (t > Long.MAX_VALUE - step) {
                return java.util.Arrays.copyOf(ticks, i + 1);
            }
            t += step;
        }
        return ticks;
    }

    /** The first tick at or after {@code t0}. */
    public static long first(long t0, long step) {
        long f = Math.floorDiv(t0, step) * step;
        return f < t0 && f <= Long.MAX_VALUE - step ? f + step : f;
    }

    /**
     * A tick's label, in the unit that suits the visible range ({@code visibleEndUs}) with as
     * many decimals as the step needs: "0 s", "1.5 s", "250 ms", "40 µs".
     */
    public static String label(long t, long step, long visibleEndUs) {
        return label(t, step, visibleEndUs, Locale.ENGLISH);
    }

    /** A tick's label in {@code locale}'s way of writing decimals ("1,5 s" in Portuguese). */
    public static String label(long t, long step, long visibleEndUs, Locale locale) {
        if (t == 0) {
            return Units.of("0", visibleEndUs >= 1_000_000 ? "s" : visibleEndUs >= 1_000 ? "ms" : "\u00b5s");
        }
        if (visibleEndUs >= 1_000_000) {
            return Units.of(fixed(t / 1e6, decimals(step, 1_000_000), locale), "s");
        }
        if (visibleEndUs >= 1_000) {
            return Units.of(fixed(t / 1e3, decimals(step, 1_000), locale), "ms");
        }
        return Units.of(String.valueOf(t), "\u00b5s");
    }

    /**
     * A cursor's time in the axis's unit (chosen by {@code visibleEndUs}) with enough decimals for
     * a visible range of {@code spanUs}: "1.234 s", "0.7218 s", "12.35 ms".
     */
    public static String format(long us, long visibleEndUs, long spanUs) {
        return format(us, visibleEndUs, spanUs, Locale.ENGLISH);
    }

    /** A cursor's time in {@code locale}'s way of writing decimals ("2,425 s" in Portuguese). */
    public static String format(long us, long visibleEndUs, long spanUs, Locale locale) {
        if (visibleEndUs >= 1_000_000) {
            return Units.of(inSeconds(us, clampDecimals(spanUs / 1e6, 3, 6), locale), "s");
        }
        if (visibleEndUs >= 1_000) {
            return Units.of(fixed(us / 1e3, clampDecimals(spanUs / 1e3, 1, 3), locale), "ms");
        }
        return Units.of(String.valueOf(us), "\u00b5s");
    }

    /**
     * Microseconds as seconds with {@code decimals} decimals and no unit ("7.198", "7,198"): the
     * playhead's label and the scrubber's readout both write a time this way, so that the same
     * time reads the same in both.
     */
    public static String inSeconds(long us, int decimals, Locale locale) {
        return fixed(us / 1e6, decimals, locale);
    }

    private static int clampDecimals(double span, int least, int most) {
        int d = (int) Math.ceil(-Math.log10(Math.max(span, 1e-9))) + 2;
        return Math.max(least, Math.min(most, d));
    }

    /** A duration or time in words: "1.234 s", "12.3 ms". */
    public static String format(long us) {
        return format(us, Locale.ENGLISH);
    }

    /** A duration or time in words, in {@code locale}'s way of writing decimals: "1,234 s" in Portuguese. */
    public static String format(long us, Locale locale) {
        if (Math.abs(us) >= 1_000_000) {
            return Units.of(fixed(us / 1e6, 3, locale), "s");
        }
        if (Math.abs(us) >= 1_000) {
            return Units.of(fixed(us / 1e3, 1, locale), "ms");
        }
        return Units.of(String.valueOf(us), "\u00b5s");
    }

    /** Seconds as a lesson asked for them, with no more decimals than needed: "0.5 s", "0,1 s", "2 s". */
    public static String seconds(double s, Locale locale) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.######",
                java.text.DecimalFormatSymbols.getInstance(io.processlab.wire.Bundles.of(locale)));
        return Units.of(f.format(s), "s");
    }

    private static int decimals(long step, long unit) {
        int d = 0;
        long u = unit;
        while (step % u != 0 && d < 6) {
            u /= 10;
            d++;
        }
        return d;
    }

    private static String fixed(double v, int decimals, Locale locale) {
        return io.processlab.wire.Bundles.decimal(locale, v, decimals);
    }
}
