package io.processlab.view.timeline;

/**
 * What the timeline needs from a drawing surface, in logical pixels (the surface scales them),
 * with colours as ARGB ints and font sizes in pixels. Implemented with Java2D for the PNG export,
 * as SVG elements for the vector export and with a JavaFX canvas for the window.
 */
public interface Painter {
    /** Horizontal alignment of a text at its x. */
    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(double x, double y, double w, double h, int argb);

    /** Overlays the rectangle with a repeating {@link Hatch} drawn in {@code argb}. */
    void fillHatch(double x, double y, double w, double h, Hatch hatch, int argb);

    void strokeRect(double x, double y, double w, double h, int argb, double lineWidth);

    void line(double x1, double y1, double x2, double y2, int argb, double lineWidth);

    void fillPolygon(double[] xs, double[] ys, int n, int argb);

    /** Draws {@code s} with its baseline at {@code y}, in the sans-serif font. */
    void text(String s, double x, double y, int argb, double size, boolean bold, Align align);

    double textWidth(String s, double size, boolean bold);

    /** Restricts drawing to the rectangle (inside any clip already set) until {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    /** Undoes the latest {@link #clip}. */
    void unclip();

    /**
     * What follows, up to the matching {@link #endGroup()}, is one part of the picture (a process's
     * lane): a vector surface keeps it as a group named {@code id} with the title {@code title};
     * pixel surfaces ignore it. Groups and clips nest.
     */
    default void group(String id, String title) {
    }

    /** Ends the latest {@link #group}. */
    default void endGroup() {
    }

    /** A line from (x1, y1) to (x2, y2) with a filled head of length {@code head} at (x2, y2). */
    default void arrow(double x1, double y1, double x2, double y2, int argb, double lineWidth, double head) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.hypot(dx, dy);
        if (len < 0.5) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double h = Math.min(head, len * 0.6);
        double bx = x2 - ux * h;
        double by = y2 - uy * h;
        line(x1, y1, bx, by, argb, lineWidth);
        double w = h * 0.45;
        fillPolygon(new double[] {x2, bx - uy * w, bx + uy * w}, new double[] {y2, by + ux * w, by - ux * w}, 3, argb);
    }
}
