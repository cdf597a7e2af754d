package io.processlab.python;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts what the traced processes sent back in the order it happened. Each process stamps its
 * events with the shared monotonic clock when they happen (before a put or send, after a get or
 * recv), but the app reads the processes' connections on separate threads, so a get can be read
 * before its put. Items wait here {@code hold} nanoseconds and leave in time order; an item that
 * comes later than that still leaves, stamped no earlier than the last one out, so that times
 * never go back.
 */
final class Reorder<T> {
    /** One item and its time (nanoseconds, the app's clock). */
    record Item<T>(long nanos, long seq, T value) {
    }

    private final PriorityQueue<Item<T>> queue = new PriorityQueue<>((a, b) -> a.nanos != b.nanos
            ? Long.compare(a.nanos, b.nanos) : Long.compare(a.seq, b.seq));
    private long seq;
    private long last = Long.MIN_VALUE;

    synchronized void add(long nanos, T value) {
        queue.add(new Item<>(nanos, seq++, value));
    }

    /** The items stamped at most {@code now - hold}, in time order. */
    synchronized List<Item<T>> due(long now, long hold) {
        return take(now - hold);
    }

    /** Every item, in time order (the run is over). */
    synchronized List<Item<T>> all() {
        return take(Long.MAX_VALUE);
    }

    synchronized boolean isEmpty() {
        return queue.isEmpty();
    }

    private List<Item<T>> take(long upTo) {
        List<Item<T>> out = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().nanos <= upTo) {
            Item<T> i = queue.poll();
            long t = Math.max(i.nanos, last);
            last = t;
            out.add(t == i.nanos ? i : new Item<>(t, i.seq, i.value));
        }
        return out;
    }
}
