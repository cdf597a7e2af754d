package io.processlab.view.timeline;

import java.util.Arrays;

/** Moments on a lane (prints, errors), in time order, each with a text; searched by bisection. */
public final class Marks {
    private long[] time = new long[8];
    private String[] text = new String[8];
    private int size;

    public int size() {
        return size;
    }

    public long time(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return time[i];
    }

    public String text(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return text[i];
    }

    void add(long t, String s) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            text = Arrays.copyOf(text, size * 2);
        }
        time[size] = t;
        text[size] = s;
        size++;
    }

    /** The index of the first mark at or after {@code t} ({@link #size()} if none). */
    public int ceiling(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
