package io.processlab.view.timeline;

import java.util.Arrays;

/**
 * An append-only list of time intervals, each with a {@link State} and a short label, in time
 * order and not overlapping. The last one may be open (still going on). Kept in parallel arrays
 * so that a lane of 100,000 intervals costs little and is searched by bisection.
 */
public final class Segments {
    /** The end of an interval that is still going on. */
    public static final long OPEN = Long.MAX_VALUE;

    private long[] start = new long[16];
    private long[] end = new long[16];
    private byte[] state = new byte[16];
    private String[] label = new String[16];
    private int size;

    public int size() {
        return size;
    }

    public long start(int i) {
        check(i);
        return start[i];
    }

    /** The end of interval {@code i}, or {@link #OPEN}. */
    public long end(int i) {
        check(i);
        return end[i];
    }

    public State state(int i) {
        check(i);
        return State.of(state[i]);
    }

    /** A short text for the interval (e.g. "get tasks"), or null. */
    public String label(int i) {
        check(i);
        return label[i];
    }

    public boolean isOpen() {
        return size > 0 && end[size - 1] == OPEN;
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
    }

    /**
     * Starts an open interval at {@code t}, ending the open one at {@code t}. An interval that
     * would last no time is replaced, and one equal to its predecessor is merged into it.
     */
    void begin(long t, State s, String text) {
        if (size > 0 && end[size - 1] == OPEN) {
            int last = size - 1;
            if (state[last] == s.ordinal() && java.util.Objects.equals(label[last], text)) {
                return;
            }
            if (start[last] >= t) {
                size--;
                if (size > 0 && end[size - 1] == start[last] && state[size - 1] == s.ordinal()
                        && java.util.Objects.equals(label[size - 1], text)) {
                    end[size - 1] = OPEN;
                    return;
                }
                t = start[last];
            } else {
                end[last] = t;
            }
        }
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            state = Arrays.copyOf(state, n);
            label = Arrays.copyOf(label, n);
        }
        start[size] = t;
        end[size] = OPEN;
        state[size] = (byte) s.ordinal();
        label[size] = text;
        size++;
    }

    /** Renames the open interval if its label is {@code was} (a wait that gave up says so). */
    void relabelOpen(String was, String now) {
        if (isOpen() && java.util.Objects.equals(label[size - 1], was)) {
            label[size - 1] = now;
        }
    }

    /** Ends the open interval at {@code t} (one that would last no time is dropped). */
    void close(long t) {
        if (!isOpen()) {
            return;
        }
        if (start[size - 1] >= t) {
            size--;
        } else {
            end[size - 1] = t;
        }
    }

    /** The index of the last interval starting at or before {@code t}, or -1. */
    public int floor(long t) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The index of the interval containing {@code t} (start inclusive, end exclusive), or -1. */
    public int indexAt(long t) {
        int i = floor(t);
        return i >= 0 && end[i] > t ? i : -1;
    }

    /** The index of the first interval that ends after {@code t}: where drawing from t begins. */
    public int firstEndingAfter(long t) {
        int i = floor(t);
        if (i < 0) {
            return 0;
        }
        return end[i] > t ? i : i + 1;
    }
}
