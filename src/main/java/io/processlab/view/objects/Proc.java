package io.processlab.view.objects;

/**
 * A process as the panels name it.
 *
 * @param pid its operating-system id
 * @param name its name ("MainProcess" for the parent)
 */
public record Proc(long pid, String name) {
    /** "Consumer-1 (4242)". */
    public String label() {
        return name + " (" + pid + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
