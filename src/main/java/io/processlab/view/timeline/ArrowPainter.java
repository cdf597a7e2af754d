package io.processlab.view.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The message arrows of a picture. A few are drawn in the arrow's ink; beyond
 * {@link #FADE_ARROWS} in view they are faint, so that the bars read through a queue's fan of
 * puts and gets; the arrows of the chosen process (a click on its name, or the lane under the
 * pointer in the window) are drawn strong, over the faint ones. Arrows between the same two lanes
 * that start and end within {@link #BUNDLE_PX} of each other are one arrow with a count ("×10"),
 * not a stack of lines that reads as one thick stroke. Beyond {@link #MAX_ARROWS} none are drawn
 * and a note says to zoom in.
 */
final class ArrowPainter {
    /** Arrows drawn at most per picture; beyond that none, and a note says to zoom in. */
    static final int MAX_ARROWS = 400;
    /** Beyond this many arrows in view they are drawn faint (the chosen process's stay strong). */
    static final int FADE_ARROWS = 8;
    /** Arrows between the same lanes whose ends are this close (in pixels) are drawn as one, with a count. */
    static final double BUNDLE_PX = 4;
    /** A faint arrow's ink. */
    static final int FAINT = 0x40202020;
    /** The chosen process's arrows' ink. */
    static final int STRONG = 0xF0000000;
    /** The size of a bundle's count. */
    static final double COUNT_SIZE = 12;

    /** One arrow as drawn: its ends, how many messages it stands for, and whether it is the chosen process's. */
    private static final class Drawn {
        final double x1;
        final double y1;
        final double x2;
        final double y2;
        final boolean mine;
        /** The lanes it joins, by their place in the picture. */
        final int from;
        final int to;
        int count = 1;

        Drawn(double x1, double y1, double x2, double y2, boolean mine, int from, int to) {
            this.x1 = x1;
            this.y1 = y1;
            this.x2 = x2;
            this.y2 = y2;
            this.mine = mine;
            this.from = from;
            this.to = to;
        }

        boolean takes(Drawn d) {
            return d.mine == mine && Math.abs(d.x1 - x1) <= BUNDLE_PX && Math.abs(d.x2 - x2) <= BUNDLE_PX;
        }
    }

    private ArrowPainter() {
    }

    static void paint(Painter p, ProcessStates s, Frame f, Layout lay) {
        List<Arrow> all = s.arrows();
        if (all.isEmpty()) {
            return;
        }
        int from = firstEndingAfter(all, f.t0());
        long stopAfter = f.t1() + s.longestArrowUs();
        int visible = 0;
        for (int i = from; i < all.size() && all.get(i).toUs() <= stopAfter; i++) {
            if (all.get(i).fromUs() <= f.t1()) {
                visible++;
            }
        }
        boolean focused = f.focusPid() != Frame.NO_FOCUS;
        if (visible > MAX_ARROWS && !focused) {
            // in the axis row, above the lanes: the note never covers a lane
            String note = Palette.word("zoom", f.locale(), visible);
            double tw = p.textWidth(note, TimelineRenderer.AXIS_SIZE, false);
            double right = lay.plotX() + lay.plotW() - 8;
            double base = lay.lanesTop() - 8;
            p.fillRect(right - tw - 8, base - TimelineRenderer.AXIS_SIZE - 2, tw + 16, TimelineRenderer.AXIS_SIZE + 8,
                    0xF2FFFFFF);
            p.text(note, right, base, Palette.TEXT, TimelineRenderer.AXIS_SIZE, false, Painter.Align.RIGHT);
            return;
        }
        List<Drawn> drawn = bundled(all, from, stopAfter, s, f, lay, focused && visible > MAX_ARROWS);
        double h = f.laneHeight();
        double head = Math.max(6, Math.min(10, h * 0.28));
        // counted as drawn: ten puts taken by one get a moment later are one arrow, not ten
        int ink = drawn.size() > FADE_ARROWS || focused ? FAINT : Palette.ARROW;
        // the faint ones first, the chosen process's over them
        for (Drawn d : drawn) {
            if (!d.mine) {
                p.arrow(d.x1, d.y1, d.x2, d.y2, ink, 1.6, head);
            }
        }
        for (Drawn d : drawn) {
            if (d.mine) {
                p.arrow(d.x1, d.y1, d.x2, d.y2, STRONG, 2.2, head);
            }
        }
        // the chosen process's counts first: where two would overlap, the other one gives way
        List<double[]> placed = new ArrayList<>();
        for (boolean mineFirst : new boolean[] {true, false}) {
            for (Drawn d : drawn) {
                if (d.count > 1 && d.mine == mineFirst) {
                    count(p, d, d.mine || ink != FAINT ? Palette.TEXT : Palette.TEXT_DIM, placed, f, lay);
                }
            }
        }
    }

    /** The arrows in view between lanes drawn, as drawn: those close together taken into one. */
    private static List<Drawn> bundled(List<Arrow> all, int from, long stopAfter, ProcessStates s, Frame f,
            Layout lay, boolean onlyMine) {
        Map<Long, Integer> index = new HashMap<>();
        List<Lane> lanes = s.lanes();
        int shown = TimelineRenderer.shownLanes(s, f);
        for (int i = 0; i < shown; i++) {
            index.put(lanes.get(i).pid(), i);
        }
        double h = f.laneHeight();
        List<Drawn> out = new ArrayList<>();
        Map<Long, Drawn> open = new HashMap<>();
        for (int i = from; i < all.size(); i++) {
            Arrow a = all.get(i);
            if (a.toUs() > stopAfter) {
                break;
            }
            if (a.fromUs() > f.t1()) {
                continue;
            }
            Integer li = index.get(a.fromPid());
            Integer lj = index.get(a.toPid());
            if (li == null || lj == null || li.equals(lj)) {
                continue;
            }
            boolean down = lj > li;
            double y1 = lay.laneY(f, li) + LanePainter.barTop(h) + (down ? LanePainter.barHeight(h) : 0);
            double y2 = lay.laneY(f, lj) + LanePainter.barTop(h) + (down ? 0 : LanePainter.barHeight(h));
            if (Math.max(y1, y2) < lay.lanesTop() || Math.min(y1, y2) > lay.lanesBottom()) {
                continue;
            }
            boolean mine = f.focusPid() != Frame.NO_FOCUS && (a.fromPid() == f.focusPid() || a.toPid() == f.focusPid());
            if (onlyMine && !mine) {
                continue;
            }
            Drawn d = new Drawn(lay.x(f, a.fromUs()), y1, lay.x(f, a.toUs()), y2, mine, li, lj);
            long key = (long) li * shown + lj;
            Drawn last = open.get(key);
            if (last != null && last.takes(d)) {
                last.count++;
            } else {
                open.put(key, d);
                out.add(d);
            }
        }
        return out;
    }

    /** Where along its stretch in a gap between two lanes a count may stand, best first: halfway, then towards either end. */
    private static final double[] ALONG = {0.5, 0.35, 0.65, 0.2, 0.8};

    /**
     * A bundle's count, "×10", on a white patch along it, in a gap between two lanes' bars (an arrow
     * across several lanes has its middle on a bar between them: the count covered PoolWorker-1's
     * "starting"): the gap nearest the arrow's middle, halfway across it, or, where that would cover
     * a count already drawn ({@code placed}: their patches), the first place in a gap that covers
     * none; with none free, or none inside the lanes' area, it is left out (the arrow stays), never
     * drawn over another ("× ×4" on a queue's busy lane) nor cut by the area's edge.
     */
    private static void count(Painter p, Drawn d, int ink, List<double[]> placed, Frame f, Layout lay) {
        String text = "\u00d7" + d.count;
        double tw = p.textWidth(text, COUNT_SIZE, true);
        double w = tw + 6;
        double h = COUNT_SIZE + 4;
        int top = Math.min(d.from, d.to);
        int bottom = Math.max(d.from, d.to);
        double middle = (top + bottom) / 2.0;
        List<Integer> gaps = new ArrayList<>();
        for (int k = top; k < bottom; k++) {
            gaps.add(k);
        }
        // the gap under lane k lies between lanes k and k + 1: nearest the arrow's middle first
        gaps.sort((a, b) -> Double.compare(Math.abs(a + 0.5 - middle), Math.abs(b + 0.5 - middle)));
        double lh = f.laneHeight();
        for (int k : gaps) {
            double gapTop = lay.laneY(f, k) + LanePainter.barTop(lh) + LanePainter.barHeight(lh);
            double gapBottom = lay.laneY(f, k + 1) + LanePainter.barTop(lh);
            for (double along : ALONG) {
                double y = gapTop + (gapBottom - gapTop) * along;
                double t = d.y2 == d.y1 ? along : (y - d.y1) / (d.y2 - d.y1);
                double x = d.x1 + (d.x2 - d.x1) * t;
                double[] patch = {x - w / 2, y - h / 2, w, h};
                boolean inside = patch[1] >= lay.lanesTop() && patch[1] + h <= lay.lanesBottom()
                        && patch[0] >= lay.plotX() && patch[0] + w <= lay.plotX() + lay.plotW();
                if (inside && placed.stream().noneMatch(q -> overlap(q, patch))) {
                    placed.add(patch);
                    p.fillRect(patch[0], patch[1], w, h, EndMark.PATCH);
                    p.text(text, x, y + COUNT_SIZE * 0.36, ink, COUNT_SIZE, true, Painter.Align.CENTER);
                    return;
                }
            }
        }
    }

    /** Whether two patches ({x, y, w, h}) overlap. */
    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static int firstEndingAfter(List<Arrow> arrows, long t) {
        int lo = 0;
        int hi = arrows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (arrows.get(mid).toUs() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
