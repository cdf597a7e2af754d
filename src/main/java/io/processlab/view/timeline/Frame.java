package io.processlab.view.timeline;

import java.util.Locale;

/**
 * What one picture of the timeline shows: its size, the visible time range, the lanes' height
 * and vertical scroll, the time "now" (where open states end), the cursor, the title and the
 * legend. Set with chained calls: {@code new Frame().size(1200, 700).range(0, 2_000_000)}.
 */
public final class Frame {
    /** No cursor. */
    public static final long NO_CURSOR = Long.MIN_VALUE;

    private double width = 800;
    private double height = 400;
    private long t0;
    private long t1 = 1_000_000;
    private double laneHeight = 40;
    private double scrollY;
    private long nowUs;
    private long cursorUs = NO_CURSOR;
    private long focusPid = NO_FOCUS;
    private String title;
    private String subtitle;
    private boolean legend = true;
    private Locale locale = Locale.ENGLISH;
    private int maxLanes = Integer.MAX_VALUE;
    private boolean wholeLanes;

    public Frame size(double w, double h) {
        this.width = w;
        this.height = h;
        return this;
    }

    /** The visible time range in microseconds since the run started; {@code t1 > t0}. */
    public Frame range(long from, long to) {
        this.t0 = from;
        this.t1 = Math.max(from == Long.MAX_VALUE ? from : from + 1, to);
        if (t1 == t0) {
            t0--;
        }
        return this;
    }

    /** The most lanes drawn; the others are summed up in one row ("and 99,800 more processes"). */
    public Frame maxLanes(int n) {
        this.maxLanes = Math.max(1, n);
        return this;
    }

    public int maxLanes() {
        return maxLanes;
    }

    /**
     * Whether the lanes' area ends below the last lane it shows whole, when not all fit at the
     * frame's lane height (a window); the strip left says how many lanes are out of view. Off for
     * a picture, which is tall enough for every lane.
     */
    public Frame wholeLanes(boolean on) {
        this.wholeLanes = on;
        return this;
    }

    public boolean wholeLanes() {
        return wholeLanes;
    }

    /** {@code t1 - t0}, or {@code Long.MAX_VALUE} where that does not fit a long. */
    public long span() {
        long d = t1 - t0;
        return d < 0 ? Long.MAX_VALUE : d;
    }

    public Frame laneHeight(double h) {
        this.laneHeight = h;
        return this;
    }

    /** How many pixels of lanes are scrolled off above the lane area. */
    public Frame scrollY(double y) {
        this.scrollY = y;
        return this;
    }

    /** The present: states still going on are drawn up to here. */
    public Frame now(long us) {
        this.nowUs = us;
        return this;
    }

    /** A vertical line at {@code us}, or {@link #NO_CURSOR}. */
    /** No lane is chosen: every arrow is drawn alike. */
    public static final long NO_FOCUS = Long.MIN_VALUE;

    /** The process whose messages are drawn strong (the others faded), or {@link #NO_FOCUS}. */
    public Frame focus(long pid) {
        this.focusPid = pid;
        return this;
    }

    public long focusPid() {
        return focusPid;
    }

    public Frame cursor(long us) {
        this.cursorUs = us;
        return this;
    }

    public Frame title(String t, String sub) {
        this.title = t;
        this.subtitle = sub;
        return this;
    }

    public Frame legend(boolean show) {
        this.legend = show;
        return this;
    }

    public Frame locale(Locale l) {
        this.locale = l;
        return this;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public long t0() {
        return t0;
    }

    public long t1() {
        return t1;
    }

    public double laneHeight() {
        return laneHeight;
    }

    public double scrollY() {
        return scrollY;
    }

    public long nowUs() {
        return nowUs;
    }

    public long cursorUs() {
        return cursorUs;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public boolean legend() {
        return legend;
    }

    public Locale locale() {
        return locale;
    }
}
