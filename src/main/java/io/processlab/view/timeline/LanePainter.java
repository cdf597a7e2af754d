package io.processlab.view.timeline;

import java.util.function.DoubleConsumer;

/**
 * Paints one lane's bars, lock band and marks for the visible time range. Level of detail: an
 * interval narrower than two pixels is not drawn by itself; the intervals falling in one pixel
 * column are merged into the state that lasted longest there, and neighbouring columns of one
 * state into one rectangle, so a lane costs at most about one rectangle per pixel column however
 * many events it has. Only intervals that overlap the visible range are visited.
 */
final class LanePainter {
    static final double BAR_TEXT = 14;
    /** Bars narrower than this get no hatch and no edge: in a dense picture they would be noise. */
    static final double DETAIL_PX = 8;
    /** The least room between two print marks. */
    static final double PRINT_GAP = 8;
    private static final int STATES = State.values().length;

    private final Painter p;
    private final Frame f;
    private final Layout lay;
    private final double plotLeft;
    private final double plotRight;
    private final long[] column = new long[STATES];
    private int col = Integer.MIN_VALUE;
    private int runStart;
    private int runEnd;
    private State runState;
    private double barTop;
    private double barH;

    LanePainter(Painter p, Frame f, Layout lay) {
        this.p = p;
        this.f = f;
        this.lay = lay;
        this.plotLeft = lay.plotX();
        this.plotRight = lay.plotX() + lay.plotW();
    }

    /** The bar's top and height within a lane of height {@code h}. */
    static double barTop(double h) {
        return h * 0.30;
    }

    static double barHeight(double h) {
        return h * 0.50;
    }

    void paint(Lane lane, double y) {
        double h = f.laneHeight();
        barTop = y + barTop(h);
        barH = barHeight(h);
        states(lane.states());
        band(lane.locks(), y + h * 0.07, Math.max(2, h * 0.19));
        if (h >= 22) {
            double top = barTop + barH + 1;
            double size = Math.min(8, h * 0.18);
            marks(lane.prints(), PRINT_GAP, x -> printMark(p, x, top, size));
        }
        double r = Math.max(3, Math.min(7, barH * 0.4));
        marks(lane.errors(), 8, x -> errorMark(p, x, barTop + barH / 2, r));
    }

    /** The lane's end mark and how it ended, in full words or (not {@code full}) in a word or two. */
    void end(Lane lane, double y, boolean full) {
        long t = lane.endUs();
        if (!lane.ended() || t < f.t0() || t > f.t1()) {
            return;
        }
        double h = f.laneHeight();
        EndMark.paint(p, lane, x(t), y + barTop(h), barHeight(h), plotRight, f.locale(), full);
    }

    /** Whether the lane's end (if in view) has room for how it ended in full words. */
    boolean fullWordsFit(Lane lane) {
        long t = lane.endUs();
        if (!lane.ended() || t < f.t0() || t > f.t1()) {
            return true;
        }
        return EndMark.fits(p, lane, x(t), barHeight(f.laneHeight()), plotRight, f.locale());
    }

    private double x(long t) {
        return lay.x(f, t);
    }

    private long end(Segments s, int i) {
        long e = s.end(i);
        return e == Segments.OPEN ? Math.max(f.nowUs(), s.start(i)) : e;
    }

    private void states(Segments s) {
        col = Integer.MIN_VALUE;
        runState = null;
        for (int i = s.firstEndingAfter(f.t0()); i < s.size(); i++) {
            long a = s.start(i);
            if (a > f.t1()) {
                break;
            }
            if (s.state(i).ended()) {
                continue; // after its end mark a lane is empty: the process is gone
            }
            long b = end(s, i);
            double xa = Math.max(plotLeft - 2, x(a));
            double xb = Math.min(plotRight + 2, x(b));
            int c0 = (int) Math.floor(xa);
            int c1 = (int) Math.floor(xb);
            if (c1 - c0 >= 2) {
                int pending = col;
                finishColumn();
                flushRun();
                int from = pending == Integer.MIN_VALUE ? c0 : Math.max(c0, pending + 1);
                bar(p, s.state(i), from, c1, barTop, barH, true);
                if (!label(s.state(i), BarText.say(s.label(i), s.state(i), s.end(i) == Segments.OPEN ? -1 : b - a, f.locale()),
                        from, c1)) {
                    label(s.state(i), BarText.brief(s.label(i), f.locale()), from, c1);
                }
            } else {
                if (c0 != col) {
                    finishColumn();
                    col = c0;
                }
                column[s.state(i).ordinal()] += Math.max(1, b - a);
            }
        }
        finishColumn();
        flushRun();
    }

    /** Ends the pixel column being gathered: its longest state joins or starts a run. */
    private void finishColumn() {
        if (col == Integer.MIN_VALUE) {
            return;
        }
        int best = 0;
        for (int k = 1; k < STATES; k++) {
            if (column[k] > column[best]) {
                best = k;
            }
        }
        java.util.Arrays.fill(column, 0);
        State st = State.of(best);
        if (runState == st && runEnd == col) {
            runEnd = col + 1;
        } else {
            flushRun();
            runState = st;
            runStart = col;
            runEnd = col + 1;
        }
        col = Integer.MIN_VALUE;
    }

    private void flushRun() {
        if (runState != null) {
            bar(p, runState, runStart, runEnd, barTop, barH, false);
            runState = null;
        }
    }

    /** Draws a state's bar from x0 to x1: its colour, and when {@code detail} its hatch and edge. */
    static void bar(Painter p, State s, double x0, double x1, double top, double h, boolean detail) {
        double w = x1 - x0;
        int color = Palette.color(s);
        if (s.ended()) {
            // the legend's swatch: a lane that ends at its mark
            double t = Math.max(2, h * 0.16);
            double mark = x0 + w * 0.6;
            p.fillRect(x0, top + (h - t) / 2, mark - x0, t, color);
            EndMark.bar(p, mark, top, h, s == State.FAILED ? EndMark.FAILED_INK : EndMark.INK);
            return;
        }
        double y = top;
        double hh = h;
        if (s == State.FAILED) {
            y = top + h * 0.2;
            hh = h * 0.6;
        }
        p.fillRect(x0, y, w, hh, color);
        if (detail && w >= DETAIL_PX) {
            Hatch hatch = Palette.hatch(s);
            if (hatch != Hatch.NONE) {
                p.fillHatch(x0, y, w, hh, hatch, Palette.hatchInk(s));
            }
            p.strokeRect(x0 + 0.5, y + 0.5, w - 1, hh - 1, Palette.BAR_EDGE, 1);
        }
    }

    /**
     * Writes the interval's label inside a wide enough bar, on a patch of plain colour.
     *
     * @return whether it was written (or the bar takes no words): false when it does not fit
     */
    private boolean label(State s, String text, double x0, double x1) {
        if (text == null || barH < 12 || s == State.EXITED) {
            return true;
        }
        double size = Math.min(BAR_TEXT, barH - 3);
        double left = Math.max(x0, plotLeft);
        double right = Math.min(x1, plotRight);
        if (text.length() * size * 0.2 > right - left) {
            return false; // surely too long for the bar: a long text is not measured at all
        }
        double tw = p.textWidth(text, size, false);
        if (right - left < tw + 12) {
            return false;
        }
        int color = Palette.color(s);
        double y = s == State.FAILED ? barTop + barH * 0.2 : barTop;
        double hh = s == State.FAILED ? barH * 0.6 : barH;
        if (hh < size) {
            return true;
        }
        p.fillRect(left + 4, y + 2, tw + 6, hh - 4, color);
        p.text(text, left + 7, y + hh / 2 + size * 0.36, Palette.textOn(color), size, false, Painter.Align.LEFT);
        return true;
    }

    private void band(Segments s, double top, double h) {
        int last = Integer.MIN_VALUE;
        for (int i = s.firstEndingAfter(f.t0()); i < s.size(); i++) {
            long a = s.start(i);
            if (a > f.t1()) {
                break;
            }
            int c0 = (int) Math.floor(Math.max(plotLeft - 2, x(a)));
            int c1 = (int) Math.floor(Math.min(plotRight + 2, x(end(s, i))));
            c0 = Math.max(c0, last);
            c1 = Math.max(c1, c0 + 1);
            if (c1 > last) {
                p.fillRect(c0, top, c1 - c0, h, Palette.color(State.HOLDING_LOCK));
                last = c1;
            }
        }
    }

    /** Draws each visible mark at its x, skipping those closer than {@code gap} to the last drawn. */
    private void marks(Marks m, double gap, DoubleConsumer draw) {
        double last = Double.NEGATIVE_INFINITY;
        for (int i = m.ceiling(f.t0()); i < m.size(); i++) {
            long t = m.time(i);
            if (t > f.t1()) {
                break;
            }
            double x = x(t);
            if (x - last >= gap) {
                draw.accept(x);
                last = x;
            }
        }
    }

    /** A small triangle pointing up at the moment a line was printed. */
    static void printMark(Painter p, double x, double top, double h) {
        double w = Math.max(3, h * 0.6);
        p.fillPolygon(new double[] {x, x - w, x + w}, new double[] {top, top + h, top + h}, 3, Palette.PRINT_MARK);
    }

    /** A cross with a white halo, at an error. */
    static void errorMark(Painter p, double x, double y, double r) {
        p.line(x - r, y - r, x + r, y + r, 0xFFFFFFFF, 5);
        p.line(x - r, y + r, x + r, y - r, 0xFFFFFFFF, 5);
        p.line(x - r, y - r, x + r, y + r, 0xFF000000, 2.5);
        p.line(x - r, y + r, x + r, y - r, 0xFF000000, 2.5);
    }
}
