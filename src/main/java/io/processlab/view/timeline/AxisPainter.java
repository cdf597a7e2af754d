package io.processlab.view.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The time axis (round ticks and their labels), the grid lines under the lanes, and the cursor:
 * a red line across the lanes with its time in a box on the axis. The box touches its line and
 * sits where it leaves out the fewest tick labels (a centred box on a narrow plot hid two of
 * them), the first one counted twice; a label it would cover is left out, its tick stays.
 */
final class AxisPainter {
    /** Ticks drawn at most on the axis (a round step makes about one per 120 px). */
    static final int MAX_TICKS = 1000;
    /** The fewest ticks the axis shows across its span (a narrow plot gets a finer step). */
    static final int LEAST_TICKS = 3;
    /** The least room between two tick labels. */
    static final double TICK_GAP = 8;
    /** The least room between the cursor's box and a tick label beside it. */
    static final double BOX_GAP = 4;

    /** A tick label that would be drawn: its text, tick and left and right edge. */
    record TickLabel(String text, double x, double from, double to, boolean left) {
    }

    private AxisPainter() {
    }

    /** The axis's round step and the tick labels it shows: worked out once a paint, for the grid and the axis. */
    record Scale(long step, List<TickLabel> shown) {
    }

    /**
     * The round step whose every tick keeps its label: about 120 px apart (at least
     * {@link #LEAST_TICKS} across), made coarser (2, 5, 10...) while a label would run into the one
     * before it: a label left out here and there ("0 ms, 100 ms, 150 ms": 50 ms gone) made the
     * scale read as uneven. A step that still leaves one out, after {@link #COARSER} tries, stays.
     */
    static Scale scale(Painter p, Frame f, Layout lay) {
        long step = TimeAxis.step(f.span(), lay.plotW(), 120, LEAST_TICKS);
        Labels labels = labels(p, f, lay, step);
        for (int i = 0; i < COARSER && labels.dropped(); i++) {
            long coarser = TimeAxis.coarser(step);
            if (coarser == step || TimeAxis.ticks(f.t0(), f.t1(), coarser, MAX_TICKS).length < 2) {
                break;
            }
            step = coarser;
            labels = labels(p, f, lay, step);
        }
        return new Scale(step, labels.shown());
    }

    static void grid(Painter p, Frame f, Layout lay, Scale scale) {
        for (long t : TimeAxis.ticks(f.t0(), f.t1(), scale.step(), MAX_TICKS)) {
            double x = lay.x(f, t);
            p.line(x, lay.lanesTop(), x, lay.lanesBottom(), Palette.GRID, 1);
        }
    }

    /** Coarser steps tried, at most, for labels that do not fit the round step's ticks. */
    static final int COARSER = 4;

    /** The tick labels at {@code step}, and whether one was left out that ran into the one before it. */
    private record Labels(List<TickLabel> shown, boolean dropped) {
    }

    /**
     * The labels of the ticks {@code step} apart, each where it is drawn: a label by the left edge
     * starts at its tick, one by the right edge ends at it, one that would run into the one before
     * it is left out ("0 ms100 ms" read as one number).
     */
    private static Labels labels(Painter p, Frame f, Layout lay, long step) {
        List<TickLabel> labels = new ArrayList<>();
        boolean dropped = false;
        double lastEnd = Double.NEGATIVE_INFINITY;
        // the right end of a label: inside the clip, and left of the lanes' scroll mark
        double rightmost = Math.min(lay.plotX() + lay.plotW() + 40, f.width() - TimelineRenderer.MARGIN / 2 - 6);
        for (long t : TimeAxis.ticks(f.t0(), f.t1(), step, MAX_TICKS)) {
            double x = lay.x(f, t);
            String text = TimeAxis.label(t, step, f.t1(), f.locale());
            boolean left = x - lay.plotX() < 20;
            double tw = p.textWidth(text, TimelineRenderer.AXIS_SIZE, false);
            double from = left ? x : x - tw / 2;
            double at = x;
            boolean edge = from + tw > rightmost;
            if (edge) {
                // a label by the right edge ends at it ("600 m" and its "s" under the scroll mark)
                from = rightmost - tw;
                at = from;
                left = true;
            }
            if (from >= lastEnd + TICK_GAP) {
                labels.add(new TickLabel(text, at, from, from + tw, left));
                lastEnd = from + tw;
            } else {
                // the last label, pushed in by the right edge, may go: the scale reads without it
                dropped |= !edge;
            }
        }
        return new Labels(labels, dropped);
    }

    static void axis(Painter p, Frame f, Layout lay, Scale scale) {
        double base = lay.axisTop() + TimelineRenderer.AXIS_H - 4;
        double size = TimelineRenderer.AXIS_SIZE;
        p.fillRect(0, lay.axisTop(), f.width(), TimelineRenderer.AXIS_H, Palette.BACKGROUND);
        p.line(lay.plotX(), base, lay.plotX() + lay.plotW(), base, Palette.AXIS, 1.5);
        TimelineRenderer.clip(p, lay.plotX() - 40, lay.axisTop(), lay.plotW() + 80, TimelineRenderer.AXIS_H);
        for (long t : TimeAxis.ticks(f.t0(), f.t1(), scale.step(), MAX_TICKS)) {
            double x = lay.x(f, t);
            p.line(x, base - 6, x, base, Palette.AXIS, 1.5);
        }
        List<TickLabel> labels = scale.shown();
        String cursorText = null;
        double bx = 0;
        double bw = 0;
        if (f.cursorUs() != Frame.NO_CURSOR) {
            double x = lay.x(f, f.cursorUs());
            if (x >= lay.plotX() && x <= lay.plotX() + lay.plotW()) {
                cursorText = TimeAxis.format(f.cursorUs(), f.t1(), f.span(), f.locale());
                bw = p.textWidth(cursorText, size, true) + 10;
                bx = boxAt(x, bw, lay.plotX(), lay.plotX() + lay.plotW(), labels);
            }
        }
        for (TickLabel l : labels) {
            if (cursorText == null || !covers(bx, bw, l)) {
                p.text(l.text(), l.x(), base - 9, Palette.TEXT, size, false,
                        l.left() ? Painter.Align.LEFT : Painter.Align.CENTER);
            }
        }
        p.unclip();
        p.text(Palette.word("time", f.locale()), lay.labelX(), base - 9, Palette.TEXT_DIM, size, false,
                Painter.Align.LEFT);
        if (cursorText != null) {
            p.fillRect(bx, lay.axisTop() + 2, bw, TimelineRenderer.AXIS_H - 6, Palette.CURSOR);
            p.text(cursorText, bx + 5, base - 9, 0xFFFFFFFF, size, true, Painter.Align.LEFT);
        }
    }

    private static boolean covers(double bx, double bw, TickLabel l) {
        return l.to() >= bx - BOX_GAP && l.from() <= bx + bw + BOX_GAP;
    }

    /**
     * The left edge of the cursor's box, {@code bw} wide, for a cursor at {@code x}: the box holds
     * {@code x}, stays between {@code left} and {@code right}, and covers the fewest of the tick
     * labels; among those places, the one nearest to centred on {@code x}.
     */
    private static double boxAt(double x, double bw, double left, double right, List<TickLabel> labels) {
        double lo = Math.max(left, x - bw);
        double hi = Math.min(right - bw, x);
        double centred = Math.min(Math.max(x - bw / 2, left), right - bw);
        if (hi < lo) {
            return centred; // a plot narrower than the box
        }
        List<Double> places = new ArrayList<>(List.of(centred, lo, hi));
        for (TickLabel l : labels) {
            places.add(l.to() + BOX_GAP + 0.5); // just after a label
            places.add(l.from() - BOX_GAP - 0.5 - bw); // just before one
        }
        double best = centred;
        long fewest = Long.MAX_VALUE;
        for (double b : places) {
            if (b < lo - 1e-9 || b > hi + 1e-9) {
                continue;
            }
            long n = 0;
            for (int i = 0; i < labels.size(); i++) {
                // the scale's first label counts twice: without it the axis seemed to start at the box's time
                n += covers(b, bw, labels.get(i)) ? (i == 0 ? 2 : 1) : 0;
            }
            if (n < fewest || n == fewest && Math.abs(b - centred) < Math.abs(best - centred)) {
                fewest = n;
                best = b;
            }
        }
        return best;
    }

    /** The cursor's line across the lanes. */
    static void cursorLine(Painter p, Frame f, Layout lay) {
        if (f.cursorUs() == Frame.NO_CURSOR) {
            return;
        }
        double x = lay.x(f, f.cursorUs());
        if (x >= lay.plotX() - 1 && x <= lay.plotX() + lay.plotW() + 1) {
            p.line(x, lay.lanesTop(), x, lay.lanesBottom(), Palette.CURSOR, 2);
        }
    }
}
