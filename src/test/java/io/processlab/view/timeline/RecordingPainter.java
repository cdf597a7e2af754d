package io.processlab.view.timeline;

import java.util.ArrayList;
import java.util.List;

/** A painter that draws nothing and keeps what it was asked: counts, rectangles and texts. */
final class RecordingPainter implements Painter {
    int rects;
    int hatches;
    int lines;
    int polygons;
    final List<String> texts = new ArrayList<>();
    /** Each text's left and right edge and its baseline, as drawn (its alignment applied). */
    final List<double[]> textBoxes = new ArrayList<>();
    final List<double[]> rectList = new ArrayList<>();
    final List<Integer> rectColors = new ArrayList<>();
    /** Each line's colour, in the order drawn. */
    final List<Integer> lineColors = new ArrayList<>();
    /** Everything drawn, in order: "rect ARGB", "line ARGB" (colours in hex) and "text WORDS". */
    final List<String> ops = new ArrayList<>();
    private int depth;

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        rects++;
        rectList.add(new double[] {x, y, w, h});
        rectColors.add(argb);
        ops.add("rect " + Integer.toHexString(argb));
    }

    @Override
    public void fillHatch(double x, double y, double w, double h, Hatch hatch, int argb) {
        hatches++;
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        lines++;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        lines++;
        lineColors.add(argb);
        ops.add("line " + Integer.toHexString(argb));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        polygons++;
    }

    @Override
    public void text(String s, double x, double y, int argb, double size, boolean bold, Align align) {
        texts.add(s);
        ops.add("text " + s);
        double w = textWidth(s, size, bold);
        double left = align == Align.CENTER ? x - w / 2 : align == Align.RIGHT ? x - w : x;
        textBoxes.add(new double[] {left, left + w, y});
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        return s.length() * size * 0.55;
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        depth++;
    }

    @Override
    public void unclip() {
        depth--;
        if (depth < 0) {
            throw new IllegalStateException("unclip without clip");
        }
    }

    int clipDepth() {
        return depth;
    }

    /** How many rectangles of this colour were filled. */
    long count(int argb) {
        return rectColors.stream().filter(c -> c == argb).count();
    }
}
