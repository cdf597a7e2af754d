package io.processlab.app.model;

import io.processlab.app.style.ProcessPalette;

/**
 * One line of the console.
 *
 * @param pid who printed it (0 for ProcessLab's own messages)
 * @param name the process's name
 * @param text what it printed
 * @param kind a print, a line on the child's stderr, or a message from ProcessLab
 * @param colour the process's colour number (see {@link ProcessPalette})
 */
public record ConsoleLine(long pid, String name, String text, Kind kind, int colour) {
    /** Where a line came from. */
    public enum Kind { PRINT, STDERR, SYSTEM }

    /** The tag shown before the text: "Consumer-1 4242". */
    public String tag() {
        return kind == Kind.SYSTEM ? name : name + " " + pid;
    }
}
