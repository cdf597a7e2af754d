package io.processlab.view.timeline;

/**
 * The visible window of an interactive timeline, without any toolkit: a time range that zooms
 * about a point, pans, fits the whole run and follows a live run, and a vertical scroll over the
 * lanes. The canvas turns mouse gestures into these calls.
 */
public final class Viewport {
    /** The narrowest time range shown: 20 µs. */
    public static final long MIN_SPAN = 20;
    /** The range shown before anything happened: one second. */
    public static final long EMPTY_SPAN = 1_000_000;

    private long t0;
    /** After a fitted run, a {@code 1 / FIT_ROOM} of it is left empty. */
    static final int FIT_ROOM = 10;
    private long t1 = EMPTY_SPAN;
    private boolean fitted = true;
    private double scrollY;

    public long t0() {
        return t0;
    }

    public long t1() {
        return t1;
    }

    public long span() {
        return t1 - t0;
    }

    /** Whether the view shows the whole run (and keeps doing so as a live run grows). */
    public boolean fitted() {
        return fitted;
    }

    public double scrollY() {
        return scrollY;
    }

    /**
     * Shows the whole run, from 0 to {@code endUs} and a tenth more after it: the room where
     * the lanes that end last say how they ended ("exit 0" needs about 50 px).
     */
    public void fit(long endUs) {
        t0 = 0;
        t1 = endUs <= 0 ? EMPTY_SPAN : Math.max(MIN_SPAN, endUs + endUs / FIT_ROOM);
        fitted = true;
    }

    /** The most of a narrow plot kept after the run's end (see {@link #leaveRoom}). */
    static final double NARROW_ROOM = 0.4;

    /**
     * A fitted view keeps at least {@code roomPx} of a plot {@code plotWidthPx} wide after the
     * run's end at {@code endUs} ({@link #NARROW_ROOM} of a plot too narrow for that), so that the
     * lanes that end last have room to say how ("exit 0"): a tenth of the run is too little on a
     * narrow plot. A zoomed view is left as it is.
     */
    public void leaveRoom(long endUs, double plotWidthPx, double roomPx) {
        // a plot narrower than twice the room (presenter mode beside the Wire or the Code tab) keeps
        // a share of itself: "end" and "exit 0" still fit there, where it used to keep a tenth of the run
        double room = Math.min(roomPx, plotWidthPx * NARROW_ROOM);
        if (!fitted || endUs <= 0 || !(room > 0)) {
            return;
        }
        long need = (long) Math.ceil(endUs * plotWidthPx / (plotWidthPx - room));
        if (t1 < need) {
            t1 = need;
        }
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping time {@code anchorUs} where it is on
     * screen. The span stays between {@link #MIN_SPAN} and twice the run ({@code endUs}).
     */
    public void zoom(double factor, long anchorUs, long endUs) {
        if (!(factor > 0)) {
            return;
        }
        long maxSpan = Math.max(EMPTY_SPAN, 2 * Math.max(endUs, 1));
        double span = span();
        double next = Math.max(MIN_SPAN, Math.min(maxSpan, span / factor));
        double frac = span <= 0 ? 0.5 : (anchorUs - t0) / span;
        frac = Math.max(0, Math.min(1, frac));
        long a = Math.round(anchorUs - frac * next);
        t0 = a;
        t1 = a + Math.round(next);
        clamp(endUs);
        fitted = false;
    }

    /** Moves the range by {@code dxPx} pixels of a plot {@code plotWidthPx} wide (drag to the right: earlier). */
    public void pan(double dxPx, double plotWidthPx, long endUs) {
        long dt = Math.round(-dxPx * span() / Math.max(1, plotWidthPx));
        t0 += dt;
        t1 += dt;
        clamp(endUs);
        fitted = false;
    }

    /** Keeps the range within a little before 0 and a little after the run's end. */
    private void clamp(long endUs) {
        long span = span();
        long min = -span / 10;
        long max = Math.max(endUs, 0) + span / 10;
        if (t1 > max) {
            t0 -= t1 - max;
            t1 = max;
        }
        if (t0 < min) {
            t1 += min - t0;
            t0 = min;
        }
    }

    /**
     * Keeps "now" in view while a run goes: when now reaches the right edge, a fitted view grows
     * by half (in steps, so that the picture does not shrink every frame) and a zoomed one slides.
     */
    public void follow(long nowUs) {
        if (fitted) {
            if (nowUs > t1) {
                t0 = 0;
                t1 = nowUs + nowUs / 2;
            }
        } else if (nowUs > t1) {
            long span = span();
            t1 = nowUs + span / 10;
            t0 = t1 - span;
        }
    }

    /**
     * Brings {@code tUs} into a zoomed-in view (a fitted one shows every time already): when it
     * lies outside, the range slides so that it sits a tenth in from the edge it crossed.
     *
     * @return whether the range moved
     */
    public boolean reveal(long tUs, long endUs) {
        if (fitted || tUs >= t0 && tUs <= t1) {
            return false;
        }
        long span = span();
        if (tUs > t1) {
            t0 = tUs - span + span / 10;
        } else {
            t0 = tUs - span / 10;
        }
        t1 = t0 + span;
        clamp(endUs);
        return true;
    }

    /** Scrolls the lanes by {@code dy} pixels, within content {@code contentH} seen through {@code viewH}. */
    public void scroll(double dy, double contentH, double viewH) {
        scrollY = Math.max(0, Math.min(Math.max(0, contentH - viewH), scrollY + dy));
    }

    /** Keeps the scroll valid after a resize or a change in the number of lanes. */
    public void clampScroll(double contentH, double viewH) {
        scroll(0, contentH, viewH);
    }
}
