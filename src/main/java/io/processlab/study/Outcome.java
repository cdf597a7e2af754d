package io.processlab.study;

import io.processlab.api.Texts;
import io.processlab.wire.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run showed of an {@link Aspect}, as facts. Two runs with equal {@link #key()}s had the
 * same outcome (a deadlock's time is left out of it: how long it took is a histogram of its own);
 * {@link #words} says it in a language.
 */
public sealed interface Outcome {
    /** What two runs with the same outcome share. */
    Object key();

    String words(Locale locale);

    /** {@code parts} joined by {@code sep}, or the text {@code none} of the study bundle when there is none. */
    private static String listed(List<String> parts, String sep, Locale locale, String none) {
        return parts.isEmpty() ? Texts.from(Summary.BUNDLE, locale, none) : String.join(sep, parts);
    }

    /** The children in the order they first printed. */
    record Order(List<String> names) implements Outcome {
        public Order {
            names = List.copyOf(names);
        }

        @Override
        public Object key() {
            return names;
        }

        @Override
        public String words(Locale locale) {
            return listed(shortened(names), " \u2192 ", locale, "study.order.none");
        }
    }

    /**
     * Names that share a prefix up to a dash ({@code Process-1}, {@code Process-3}, ...): the first
     * in full, the others by what follows it ({@code Process-1, 3, ...}), so that an order reads at a glance.
     */
    static List<String> shortened(List<String> names) {
        if (names.size() < 2) {
            return names;
        }
        String first = names.get(0);
        int dash = first.lastIndexOf('-');
        String prefix = dash > 0 ? first.substring(0, dash + 1) : null;
        if (prefix == null || names.stream().anyMatch(n -> !n.startsWith(prefix) || n.length() == prefix.length())) {
            return names;
        }
        List<String> out = new ArrayList<>();
        out.add(first);
        names.subList(1, names.size()).forEach(n -> out.add(n.substring(prefix.length())));
        return out;
    }

    /** Who took each task, task 0 first. */
    record Takers(List<String> byTask) implements Outcome {
        public Takers {
            byTask = List.copyOf(byTask);
        }

        @Override
        public Object key() {
            return byTask;
        }

        @Override
        public String words(Locale locale) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < byTask.size(); i++) {
                parts.add(i + "\u2192" + byTask.get(i));
            }
            return listed(parts, "  ", locale, "study.takers.none");
        }
    }

    /** How many chunks each pool worker took, by its name. */
    record Chunks(Map<String, Integer> perWorker) implements Outcome {
        public Chunks {
            perWorker = new TreeMap<>(perWorker);
        }

        @Override
        public Object key() {
            return perWorker;
        }

        @Override
        public String words(Locale locale) {
            List<String> parts = new ArrayList<>();
            perWorker.forEach((w, n) -> parts.add(w + ": " + n));
            return listed(parts, "  ", locale, "study.chunks.none");
        }
    }

    /** How one waiter of an event woke: what wait() returned, and whether its timeout ended it. */
    record Woke(String name, boolean sawSet, boolean timedOut) {
    }

    /** How each waiter woke, by the waiters' names. */
    record Waits(List<Woke> waiters) implements Outcome {
        public Waits {
            waiters = List.copyOf(waiters);
        }

        @Override
        public Object key() {
            return waiters;
        }

        @Override
        public String words(Locale locale) {
            List<String> parts = new ArrayList<>();
            for (Woke w : waiters) {
                parts.add(Texts.from(Summary.BUNDLE, locale, w.timedOut() ? "study.waits.timeout" : "study.waits.woke",
                        w.name(), w.sawSet() ? "True" : "False"));
            }
            return listed(parts, "  ", locale, "study.waits.none");
        }
    }

    /** Whether the deadlock happened, after how long, and whether a timeout broke it. */
    record Deadlocked(boolean happened, long afterUs, boolean broken) implements Outcome {
        @Override
        public Object key() {
            return List.of(happened, broken);
        }

        @Override
        public String words(Locale locale) {
            if (!happened) {
                return Texts.from(Summary.BUNDLE, locale, "study.deadlock.no");
            }
            return Texts.from(Summary.BUNDLE, locale, broken ? "study.deadlock.broken" : "study.deadlock.yes",
                    Bundles.decimal(locale, afterUs / 1e6, 2));
        }

        /** The same outcome without the time: how a row of the counts says it. */
        public String kindWords(Locale locale) {
            return Texts.from(Summary.BUNDLE, locale, !happened ? "study.deadlock.no"
                    : broken ? "study.deadlock.broken_kind" : "study.deadlock.yes_kind");
        }
    }
}
