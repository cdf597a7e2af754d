package io.processlab.view.timeline;

import java.util.List;

/**
 * Draws a run's timeline: a lane per process (the parent on top, labelled with name and PID),
 * state bars, the lock band, print and error marks, message arrows, each lane's end (a mark and
 * how it ended in words), a time axis with round ticks, the legend, an optional title and a
 * cursor. Only what lies in the {@link Frame}'s time range
 * and vertical window is visited (see {@link LanePainter} for the level of detail), so a 64-lane,
 * 100,000-event run stays quick to draw.
 */
public final class TimelineRenderer {
    public static final double MARGIN = 14;
    public static final double LABEL_SIZE = 16;
    public static final double PID_SIZE = 14;
    public static final double AXIS_SIZE = 14;
    public static final double AXIS_H = 30;
    public static final double TITLE_SIZE = 22;
    public static final double SUBTITLE_SIZE = 15;
    /** The most characters of a name measured or drawn: a longer one is shortened with an ellipsis. */
    public static final int NAME_CHARS = 120;
    /** Arrows drawn at most per picture; beyond that none, and a note says to zoom in. */
    public static final int MAX_ARROWS = ArrowPainter.MAX_ARROWS;
    /** The smallest type a lane's name shrinks to, without its PID, before it is shortened. */
    static final double MIN_LABEL_SIZE = 12;
    /** The least height of the strip under whole lanes that says how many are out of view. */
    public static final double MORE_STRIP = 16;
    /** The most of the width the lanes' names take (a narrow timeline keeps "MainProcess" whole). */
    static final double LABEL_SHARE = 0.45;
    /** Places the parts of a picture of {@code f}'s size. */
    private int namesCut;

    public Layout layout(Painter p, ProcessStates s, Frame f) {
        double titleH = titleHeight(f);
        double labelW = labelWidth(p, s.lanes(), f.width());
        double plotX = MARGIN + labelW;
        double plotW = Math.max(10, f.width() - plotX - MARGIN - 6);
        Legend.Placed legend = f.legend()
                ? Legend.place(p, f.locale(), s.runtime(), MARGIN, 0, f.width() - 2 * MARGIN) : Legend.Placed.NONE;
        double lanesBottom = f.height() - MARGIN - legend.height();
        if (f.legend()) {
            legend = Legend.place(p, f.locale(), s.runtime(), MARGIN, lanesBottom + 8, f.width() - 2 * MARGIN);
        }
        double axisTop = MARGIN + titleH;
        return wholeLanes(new Layout(plotX, plotW, MARGIN, axisTop, axisTop + AXIS_H, lanesBottom, MARGIN, labelW, legend),
                s, f);
    }

    /**
     * {@code lay} (made for {@code f}'s size) with its lanes' area ending under its last whole lane
     * when the frame asks for whole lanes ({@link Frame#wholeLanes}) at its lane height; else as it is.
     */
    public static Layout wholeLanes(Layout lay, ProcessStates s, Frame f) {
        if (!f.wholeLanes()) {
            return lay;
        }
        double bottom = wholeLanesBottom(lay.lanesTop(), lay.lanesBottom(), rows(s, f), f.laneHeight(),
                MORE_STRIP - stripMargin(f.legend()));
        return bottom == lay.lanesBottom() ? lay : lay.withLanesBottom(bottom);
    }

    /**
     * The bottom of the lanes' area from {@code top} to {@code bottom} cut below its last whole lane
     * when {@code rows} lanes of height {@code h} do not all fit, with a strip of at least
     * {@code strip} under it (before {@code bottom}); {@code bottom} when they fit or not one lane does.
     */
    static double wholeLanesBottom(double top, double bottom, int rows, double h, double strip) {
        double area = bottom - top;
        if (h <= 0 || rows * h <= area + 0.5) {
            return bottom;
        }
        int whole = (int) Math.floor(area / h + 1e-6);
        if (whole > 1 && area - whole * h < strip) {
            whole--;
        }
        return whole < 1 ? bottom : top + whole * h;
    }

    /**
     * The lane height, from {@code most} down to {@code least}, that shows the most whole lanes of
     * {@code rows} in an area {@code area} high (with the strip saying how many more are out of
     * view, see {@link #wholeLanesBottom}): {@code most} unless a lower one shows more lanes (a
     * lesson of seven processes showed three lanes over some 40 px of nothing).
     */
    public static double laneHeightShowingMost(double area, int rows, double most, double least, boolean legend) {
        double strip = MORE_STRIP - stripMargin(legend);
        int many = lanesShown(area, rows, least, strip);
        if (many <= lanesShown(area, rows, most, strip)) {
            return most;
        }
        // all of them need no strip under them
        double room = many >= rows ? area : area - strip;
        return Math.max(least, Math.min(most, Math.floor(room / many)));
    }

    /** How many of {@code rows} lanes {@code h} high show whole in {@code area}, with the strip under them when some do not. */
    static int lanesShown(double area, int rows, double h, double strip) {
        if (rows * h <= area + 0.5) {
            return rows;
        }
        // (not all fit: the bottom is the area's only where not one lane does)
        double bottom = wholeLanesBottom(0, area, rows, h, strip);
        return bottom >= area ? 0 : (int) Math.round(bottom / h);
    }

    /**
     * How much of the {@link #MORE_STRIP} under whole lanes the bottom margin holds: all of the
     * margin when no legend is drawn under the lanes (the strip's words stand in it), none when one is.
     */
    static double stripMargin(boolean legend) {
        return legend ? 0 : Math.min(MARGIN, MORE_STRIP);
    }

    /**
     * The height the strip under whole lanes adds to {@code n} lanes when they are fewer than the
     * rows (the rest of {@link #MORE_STRIP} that the bottom margin does not hold).
     */
    public static double stripHeight(boolean legend) {
        return MORE_STRIP - stripMargin(legend);
    }

    /** The height that shows every lane at the frame's lane height, with title, axis and legend. */
    public double fullHeight(Painter p, ProcessStates s, Frame f) {
        double legend = f.legend()
                ? Legend.place(p, f.locale(), s.runtime(), MARGIN, 0, f.width() - 2 * MARGIN).height() : 0;
        return Math.ceil(MARGIN + titleHeight(f) + AXIS_H + rows(s, f) * f.laneHeight() + 8 + legend + MARGIN);
    }

    /** The lanes drawn: all, or the frame's {@link Frame#maxLanes()}. */
    public static int shownLanes(ProcessStates s, Frame f) {
        return Math.min(s.lanes().size(), f.maxLanes());
    }

    /** The processes not drawn as lanes: beyond the frame's limit or without a lane at all. */
    public static long moreProcesses(ProcessStates s, Frame f) {
        return s.lanes().size() - shownLanes(s, f) + s.hiddenProcesses();
    }

    /** The rows of lanes: the lanes drawn, and one that counts the other processes if there are any. */
    public static int rows(ProcessStates s, Frame f) {
        return shownLanes(s, f) + (moreProcesses(s, f) > 0 ? 1 : 0);
    }

    /** The row at {@code y} (a lane's index, or {@link #shownLanes} for the row of the others), or -1. */
    public static int rowAt(ProcessStates s, Frame f, Layout lay, double y) {
        if (y < lay.lanesTop() || y >= lay.lanesBottom()) {
            return -1;
        }
        int i = (int) Math.floor((y - lay.lanesTop() + f.scrollY()) / f.laneHeight());
        return i >= 0 && i < rows(s, f) ? i : -1;
    }

    /** A lane's whole name and PID for a tooltip (a very long name up to 2,000 characters, and its length). */
    public static String wholeName(Lane lane) {
        String n = lane.name();
        if (n.length() > 2000) {
            n = n.substring(0, n.offsetByCodePoints(0, 1990)) + "\u2026 (" + n.length() + ")";
        }
        return n + " (" + lane.pid() + ")";
    }

    /** The width of the lane labels' column for these lanes. */
    public double labelWidth(Painter p, List<Lane> lanes, double width) {
        double most = Math.max(90, width * LABEL_SHARE);
        double w = 90;
        for (Lane l : lanes) {
            if (w + 22 >= most) {
                break; // the column is as wide as it may be: the other names need not be measured
            }
            w = Math.max(w, p.textWidth(head(l.name()), LABEL_SIZE, true) + p.textWidth(" " + l.pid(), PID_SIZE, false));
        }
        return Math.min(w + 22, most);
    }

    /** At most {@link #NAME_CHARS} characters of {@code s} (whole code points), with an ellipsis when cut. */
    public static String head(String s) {
        int n = Math.min(s.length(), 2 * NAME_CHARS + 2);
        if (n == s.length() && s.codePointCount(0, n) <= NAME_CHARS) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, NAME_CHARS)) + "\u2026";
    }

    private static double titleHeight(Frame f) {
        if (f.title() == null) {
            return 0;
        }
        return TITLE_SIZE + 10 + (f.subtitle() == null ? 0 : SUBTITLE_SIZE + 8);
    }

    /** How many lanes' names the last {@link #paint} drew shortened (an ellipsis): a name cut where a class reads it. */
    public int namesCut() {
        return namesCut;
    }

    public void paint(Painter p, ProcessStates s, Frame f) {
        namesCut = 0;
        Layout lay = layout(p, s, f);
        p.fillRect(0, 0, f.width(), f.height(), Palette.BACKGROUND);
        List<Lane> lanes = s.lanes();
        double h = f.laneHeight();
        int shown = shownLanes(s, f);
        int rows = rows(s, f);
        int first = Math.max(0, (int) Math.floor(f.scrollY() / h));
        int lastRow = Math.min(rows - 1, (int) Math.ceil((f.scrollY() + lay.lanesBottom() - lay.lanesTop()) / h));
        int last = Math.min(shown - 1, lastRow);

        clip(p, 0, lay.lanesTop(), f.width(), lay.lanesBottom() - lay.lanesTop());
        for (int i = first; i <= lastRow; i++) {
            if (i % 2 == 1) {
                p.fillRect(0, lay.laneY(f, i), f.width(), h, Palette.LANE_STRIPE);
            }
        }
        AxisPainter.Scale scale = AxisPainter.scale(p, f, lay);
        AxisPainter.grid(p, f, lay, scale);
        String nothing = lanes.isEmpty() ? Palette.word("no_run", f.locale()) : null;
        if (nothing != null && p.textWidth(nothing, AXIS_SIZE, false) + 20 <= lay.plotW()) {
            // before the first run an empty plot says what will come there, not a blank box
            p.text(nothing, lay.plotX() + lay.plotW() / 2, (lay.lanesTop() + lay.lanesBottom()) / 2, Palette.TEXT_DIM,
                    AXIS_SIZE, false, Painter.Align.CENTER);
        }
        LanePainter lp = new LanePainter(p, f, lay);
        // a group per lane (its bars and its label; the label column and the plot do not overlap,
        // so drawing the label here rather than after the arrows changes no pixel)
        for (int i = first; i <= last; i++) {
            Lane lane = lanes.get(i);
            double y = lay.laneY(f, i);
            p.group("lane-" + lane.pid(), lane.name() + " " + lane.pid());
            clip(p, lay.plotX(), lay.lanesTop(), lay.plotW(), lay.lanesBottom() - lay.lanesTop());
            lp.paint(lane, y);
            p.unclip();
            label(p, lane, y, f, lay);
            p.endGroup();
        }
        clip(p, lay.plotX(), lay.lanesTop(), lay.plotW(), lay.lanesBottom() - lay.lanesTop());
        p.group("arrows", Palette.word("message", f.locale()));
        ArrowPainter.paint(p, s, f, lay);
        p.endGroup();
        p.unclip();
        if (rows > shown && lastRow >= shown) {
            more(p, moreProcesses(s, f), lay.laneY(f, shown), f, lay);
        }
        // the playhead under the lanes' end words: "exit 0" reads on its patch, not crossed out
        AxisPainter.cursorLine(p, f, lay);
        clip(p, lay.plotX(), lay.lanesTop(), lay.plotW(), lay.lanesBottom() - lay.lanesTop());
        // one wording per run: the full words only when every lane in view has room for them
        boolean full = true;
        for (int i = first; i <= last; i++) {
            full &= lp.fullWordsFit(lanes.get(i));
        }
        for (int i = first; i <= last; i++) {
            Lane lane = lanes.get(i);
            p.group("end-" + lane.pid(), lane.name() + " " + lane.pid());
            lp.end(lane, lay.laneY(f, i), full);
            p.endGroup();
        }
        p.unclip();
        scrollMark(p, rows, f, lay);
        p.unclip();
        outOfView(p, rows, f, lay);
        p.group("axis", Palette.word("time", f.locale()));
        AxisPainter.axis(p, f, lay, scale);
        p.endGroup();
        title(p, f);
        if (f.legend()) {
            p.group("legend", "legend");
            Legend.paint(p, lay.legend());
            p.endGroup();
        }
    }

    private void label(Painter p, Lane lane, double y, Frame f, Layout lay) {
        double h = f.laneHeight();
        p.fillRect(0, y, lay.plotX() - 1, h, isOdd(y, lay, h) ? Palette.LANE_STRIPE : Palette.BACKGROUND);
        double size = Math.min(LABEL_SIZE, Math.max(11, h * 0.55));
        double pidSize = Math.min(PID_SIZE, size);
        double base = y + h / 2 + size * 0.36;
        String pid = " " + lane.pid();
        double room = lay.labelW() - 12;
        String whole = head(lane.name());
        boolean withPid = p.textWidth(whole, size, true) + p.textWidth(pid, pidSize, false) <= room;
        if (!withPid) {
            // the name comes first: the PID goes (the tooltip keeps it), then the type shrinks a little
            while (size > MIN_LABEL_SIZE && p.textWidth(whole, size, true) > room) {
                size -= 1;
            }
        }
        String name = withPid ? whole : fit(p, lane.name(), room, size);
        if (!name.equals(lane.name())) {
            namesCut++;
        }
        clip(p, lay.labelX(), y, lay.labelW() - 6, h);
        p.text(name, lay.labelX(), base, Palette.TEXT, size, true, Painter.Align.LEFT);
        if (withPid) {
            p.text(pid, lay.labelX() + p.textWidth(name, size, true), base, Palette.TEXT_DIM, pidSize, false,
                    Painter.Align.LEFT);
        }
        p.unclip();
    }

    /** The row after the last lane drawn: "… and 99,800 more processes". */
    private void more(Painter p, long n, double y, Frame f, Layout lay) {
        double h = f.laneHeight();
        double size = Math.min(LABEL_SIZE, Math.max(11, h * 0.55));
        String text = Palette.word("more", f.locale(), String.format(f.locale(), "%,d", n));
        p.fillRect(0, y, f.width(), h, isOdd(y, lay, h) ? Palette.LANE_STRIPE : Palette.BACKGROUND);
        p.text(text, lay.labelX(), y + h / 2 + size * 0.36, Palette.TEXT_DIM, size, true, Painter.Align.LEFT);
    }

    /**
     * Clips to the rectangle widened to whole pixels. A JavaFX canvas clips to a pixel-aligned
     * rectangle directly but draws through a mask for any other shape: with software rendering a
     * frame of a 100,000-event run took over a second instead of 15 ms.
     */
    static void clip(Painter p, double x, double y, double w, double h) {
        double x0 = Math.floor(x);
        double y0 = Math.floor(y);
        p.clip(x0, y0, Math.max(0, Math.ceil(x + w) - x0), Math.max(0, Math.ceil(y + h) - y0));
    }

    private static boolean isOdd(double y, Layout lay, double h) {
        long i = Math.round((y - lay.lanesTop()) / h);
        return Math.floorMod(i, 2) == 1;
    }

    /** {@code s} cut (with an ellipsis) to fit {@code w}: a bisection over its first {@link #NAME_CHARS} characters. */
    static String fit(Painter p, String s, double w, double size) {
        String whole = head(s);
        if (p.textWidth(whole, size, true) <= w) {
            return whole;
        }
        String t = whole.length() < s.length() ? whole.substring(0, whole.length() - 1) : whole;
        int lo = 0;
        int hi = t.codePointCount(0, t.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            String cut = t.substring(0, t.offsetByCodePoints(0, mid)) + "\u2026";
            if (p.textWidth(cut, size, true) <= w) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return t.substring(0, t.offsetByCodePoints(0, Math.max(1, lo))) + "\u2026";
    }

    /**
     * Under whole lanes ({@link Frame#wholeLanes}), the strip says how many lanes are above and
     * below the view and how to bring them: "▾ 2 more lanes below: scroll over the names".
     */
    private static void outOfView(Painter p, int rows, Frame f, Layout lay) {
        double h = f.laneHeight();
        double area = lay.lanesBottom() - lay.lanesTop();
        double strip = f.height() - MARGIN + stripMargin(f.legend()) - lay.legend().height() - lay.lanesBottom();
        if (!f.wholeLanes() || rows * h <= area + 0.5 || strip < MORE_STRIP - 0.5) {
            return;
        }
        int above = (int) Math.round(f.scrollY() / h);
        int below = Math.max(0, rows - above - (int) Math.round(area / h));
        String text = above > 0 && below > 0 ? Palette.word("lanes_both", f.locale(), above, below)
                : Palette.word(above > 0 ? "lanes_above" : "lanes_below", f.locale(), Math.max(above, below));
        double size = Math.min(AXIS_SIZE, Math.max(10, strip - 4));
        p.text(text, lay.labelX(), lay.lanesBottom() + Math.min(strip, size + 6) - 4, Palette.TEXT_DIM, size, false,
                Painter.Align.LEFT);
    }

    /** When the lanes do not all fit, a thin bar at the right shows which part is in view. */
    private static void scrollMark(Painter p, int lanes, Frame f, Layout lay) {
        double area = lay.lanesBottom() - lay.lanesTop();
        double content = lanes * f.laneHeight();
        if (content <= area + 0.5) {
            return;
        }
        double x = f.width() - MARGIN / 2 - 4;
        double thumb = Math.max(24, area * area / content);
        double y = lay.lanesTop() + (area - thumb) * Math.min(1, f.scrollY() / (content - area));
        p.fillRect(x, lay.lanesTop(), 6, area, 0x22000000);
        p.fillRect(x, y, 6, thumb, 0x99000000);
    }

    private void title(Painter p, Frame f) {
        if (f.title() == null) {
            return;
        }
        p.text(f.title(), MARGIN, MARGIN + TITLE_SIZE, Palette.TEXT, TITLE_SIZE, true, Painter.Align.LEFT);
        if (f.subtitle() != null) {
            p.text(f.subtitle(), MARGIN, MARGIN + TITLE_SIZE + 8 + SUBTITLE_SIZE, Palette.TEXT_DIM, SUBTITLE_SIZE,
                    false, Painter.Align.LEFT);
        }
    }
}
