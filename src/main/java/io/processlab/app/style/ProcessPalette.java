package io.processlab.app.style;

import java.util.HashMap;
import java.util.Map;

/**
 * One colour per process, the same in the console, the wire view and the panels: the parent gets
 * the neutral colour 0, children get 1..{@value #COLOURS} in order of appearance (the
 * Okabe-Ito palette, safe for colour-blind viewers; every chip also carries the name and PID).
 */
public final class ProcessPalette {
    /** How many distinct child colours the style sheet defines ({@code .proc-1} .. {@code .proc-8}). */
    public static final int COLOURS = 8;

    private final Map<Long, Integer> index = new HashMap<>();
    private long parent = -1;

    /** Forgets every assignment (a new run). */
    public void reset(long parentPid) {
        index.clear();
        parent = parentPid;
    }

    /** The colour number of {@code pid}: 0 for the parent, else 1..8 in order of first appearance. */
    public int colour(long pid) {
        if (pid == parent) {
            return 0;
        }
        int n = index.computeIfAbsent(pid, k -> index.size());
        return n % COLOURS + 1;
    }

    /** The style class of {@code pid}'s colour: {@code proc-0} .. {@code proc-8}. */
    public String styleClass(long pid) {
        return "proc-" + colour(pid);
    }
}
