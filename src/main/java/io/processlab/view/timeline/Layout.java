package io.processlab.view.timeline;

/**
 * Where the parts of a timeline picture go, in logical pixels.
 *
 * @param plotX left edge of the bars' area
 * @param plotW its width
 * @param titleTop top of the title
 * @param axisTop top of the time axis
 * @param lanesTop top of the lanes' area
 * @param lanesBottom its bottom
 * @param labelX left edge of the lane labels
 * @param labelW width of the lane labels' column
 * @param legend the legend's placement (empty if none)
 */
public record Layout(double plotX, double plotW, double titleTop, double axisTop, double lanesTop,
        double lanesBottom, double labelX, double labelW, Legend.Placed legend) {

    /** The same places with the lanes' area ending at {@code bottom}. */
    public Layout withLanesBottom(double bottom) {
        return new Layout(plotX, plotW, titleTop, axisTop, lanesTop, bottom, labelX, labelW, legend);
    }

    /** The x of time {@code t} for the frame's range. */
    public double x(Frame f, long t) {
        return plotX + ((double) t - f.t0()) * plotW / ((double) f.t1() - f.t0());
    }

    /** The time at x (the inverse of {@link #x}). */
    public long time(Frame f, double x) {
        return f.t0() + Math.round((x - plotX) * ((double) f.t1() - f.t0()) / plotW);
    }

    /** The top of lane {@code i}. */
    public double laneY(Frame f, int i) {
        return lanesTop + i * f.laneHeight() - f.scrollY();
    }
}
