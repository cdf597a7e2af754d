package io.processlab.app.model;

/**
 * One raw protocol line that crossed a child's pipe.
 *
 * @param pid the child
 * @param name its name
 * @param fromChild true for child to parent, false for parent to child
 * @param text the JSON line
 * @param tUs when the parent saw it, on the run's clock (the trace's), in microseconds
 */
public record WireLine(long pid, String name, boolean fromChild, String text, long tUs) {
    /** A line at time 0 (when its time does not matter). */
    public WireLine(long pid, String name, boolean fromChild, String text) {
        this(pid, name, fromChild, text, 0);
    }
}
