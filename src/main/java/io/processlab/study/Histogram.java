package io.processlab.study;

import io.processlab.api.Texts;
import io.processlab.wire.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Durations (microseconds) counted in bins of one round width (1, 2 or 5 times a power of ten,
 * at least 1 ms), at most {@link #MAX_BINS} of them, from the smallest value's bin to the largest's.
 */
public record Histogram(List<Bin> bins, long minUs, long medianUs, long maxUs, int count) {
    public static final int MAX_BINS = 12;
    private static final long MS = 1000;

    public Histogram {
        bins = List.copyOf(bins);
    }

    /** How many values fell in {@code [lowUs, highUs)}. */
    public record Bin(long lowUs, long highUs, int count) {
        /** "120–140 ms" (in seconds from 1 s up). */
        public String words(Locale locale) {
            return Texts.from(Summary.BUNDLE, locale, "study.range", time(locale, lowUs, highUs), time(locale, highUs, highUs));
        }
    }

    public static Histogram of(List<Long> valuesUs) {
        if (valuesUs.isEmpty()) {
            return new Histogram(List.of(), 0, 0, 0, 0);
        }
        List<Long> sorted = valuesUs.stream().sorted().toList();
        long min = sorted.get(0);
        long max = sorted.get(sorted.size() - 1);
        long width = width(max - min);
        long start = Math.floorDiv(min, width) * width;
        int n = (int) (Math.floorDiv(max - start, width) + 1);
        int[] counts = new int[n];
        for (long v : sorted) {
            counts[(int) ((v - start) / width)]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bins.add(new Bin(start + i * width, start + (i + 1) * width, counts[i]));
        }
        return new Histogram(bins, min, sorted.get((sorted.size() - 1) / 2), max, sorted.size());
    }

    /** The least round width that puts {@code span} in at most {@link #MAX_BINS} bins. */
    static long width(long span) {
        for (long unit = MS; ; unit *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (span / (unit * m) < MAX_BINS) {
                    return unit * m;
                }
            }
        }
    }

    /** The largest count of a bin. */
    public int highest() {
        return bins.stream().mapToInt(Bin::count).max().orElse(0);
    }

    /** A time in milliseconds, or in seconds when {@code scale} is a second or more. */
    public static String time(Locale locale, long us, long scaleUs) {
        return scaleUs >= 1_000_000 ? Texts.from(Summary.BUNDLE, locale, "study.seconds", Bundles.decimal(locale, us / 1e6, 2))
                : Texts.from(Summary.BUNDLE, locale, "study.ms", String.valueOf(Math.round(us / 1e3)));
    }
}
