package io.processlab.view.export;

import io.processlab.view.timeline.Hatch;
import io.processlab.view.timeline.Painter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A painter in front of another: writes each call down as a line of text, then passes it on. */
final class CallLog implements Painter {
    final List<String> calls = new ArrayList<>();
    private final Painter to;

    CallLog(Painter to) {
        this.to = to;
    }

    private void log(String name, Object... args) {
        StringBuilder b = new StringBuilder(name);
        for (Object a : args) {
            b.append(' ').append(a instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : a);
        }
        calls.add(b.toString());
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        log("fillRect", x, y, w, h, Integer.toHexString(argb));
        to.fillRect(x, y, w, h, argb);
    }

    @Override
    public void fillHatch(double x, double y, double w, double h, Hatch hatch, int argb) {
        log("fillHatch", x, y, w, h, hatch, Integer.toHexString(argb));
        to.fillHatch(x, y, w, h, hatch, argb);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        log("strokeRect", x, y, w, h, Integer.toHexString(argb), lineWidth);
        to.strokeRect(x, y, w, h, argb, lineWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        log("line", x1, y1, x2, y2, Integer.toHexString(argb), lineWidth);
        to.line(x1, y1, x2, y2, argb, lineWidth);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        log("fillPolygon", n, xs[0], ys[0], Integer.toHexString(argb));
        to.fillPolygon(xs, ys, n, argb);
    }

    @Override
    public void text(String s, double x, double y, int argb, double size, boolean bold, Align align) {
        log("text", s, x, y, Integer.toHexString(argb), size, bold, align);
        to.text(s, x, y, argb, size, bold, align);
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        return to.textWidth(s, size, bold);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        log("clip", x, y, w, h);
        to.clip(x, y, w, h);
    }

    @Override
    public void unclip() {
        log("unclip");
        to.unclip();
    }

    @Override
    public void group(String id, String title) {
        log("group", id, title);
        to.group(id, title);
    }

    @Override
    public void endGroup() {
        log("endGroup");
        to.endGroup();
    }
}
