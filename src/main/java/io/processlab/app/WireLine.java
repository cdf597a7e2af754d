package io.processlab.app;

/**
 * One raw protocol line that crossed a child's pipe.
 *
 * @param pid the child
 * @param name its name
 * @param fromChild true for child to parent, false for parent to child
 * @param text the JSON line
 */
public record WireLine(long pid, String name, boolean fromChild, String text) {
}
