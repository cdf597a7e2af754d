package io.processlab.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changes from run to run that a series looks at, per lesson: the order in which the
 * children printed (process, and any lesson or program with nothing better), which consumer
 * took which task (queue), how many chunks each pool worker took (pool), how each event waiter
 * woke (event), whether the deadlock happened (deadlock). {@link #outcome} reads it from one
 * run's {@link RunFacts}.
 */
public enum Aspect {
    ORDER, TAKERS, CHUNKS, WAITS, DEADLOCK;

    /** The aspect of a lesson; for a Python program ({@code python}), the one its first run shows. */
    public static Aspect of(String lesson, RunFacts first) {
        return switch (lesson) {
            case "process" -> ORDER;
            case "queue" -> TAKERS;
            case "pool" -> CHUNKS;
            case "event" -> WAITS;
            case "deadlock" -> DEADLOCK;
            default -> "python".equals(lesson) && first != null ? ofFacts(first) : ORDER;
        };
    }

    private static Aspect ofFacts(RunFacts f) {
        if (f.deadlock().isPresent()) {
            return DEADLOCK;
        }
        if (!f.chunks().isEmpty()) {
            return CHUNKS;
        }
        if (!tasks(f).isEmpty()) {
            return TAKERS;
        }
        return f.waits().isEmpty() ? ORDER : WAITS;
    }

    /** The values the children took from queues (not the poison pills, {@code None}), by the place of their put. */
    static List<RunFacts.Take> tasks(RunFacts f) {
        List<RunFacts.Take> out = new ArrayList<>();
        for (RunFacts.Take t : f.takes()) {
            if (t.pid() != f.mainPid() && t.index() >= 0 && !"None".equals(t.item())) {
                out.add(t);
            }
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    /** What one run shows of this aspect. */
    public Outcome outcome(RunFacts f) {
        return switch (this) {
            case ORDER -> new Outcome.Order(f.childPrintOrder());
            case TAKERS -> new Outcome.Takers(tasks(f).stream().map(RunFacts.Take::name).toList());
            case CHUNKS -> {
                Map<String, Integer> per = new TreeMap<>();
                f.children().stream().filter(c -> "pool-worker".equals(c.role())).forEach(c -> per.put(c.name(), 0));
                f.chunksByWorker().forEach((w, cs) -> per.put(w, cs.size()));
                yield new Outcome.Chunks(per);
            }
            case WAITS -> new Outcome.Waits(f.waits().stream()
                    .map(w -> new Outcome.Woke(w.name(), w.sawSet(), w.byTimeout()))
                    .sorted(java.util.Comparator.comparing(Outcome.Woke::name)).toList());
            case DEADLOCK -> f.deadlock().map(d -> new Outcome.Deadlocked(true, d.tUs(), d.brokenByTimeout()))
                    .orElse(new Outcome.Deadlocked(false, 0, false));
        };
    }

    /** The heading of the outcome's column, in {@code locale}. */
    public String heading(Locale locale) {
        return io.processlab.api.Texts.from(Summary.BUNDLE, locale, "study.aspect." + name().toLowerCase(Locale.ROOT));
    }
}
