package io.processlab.view.timeline;

/**
 * Items of given widths put in rows of a given width, as few rows as they need and those rows
 * even: each item goes into the first row that still has room for it (a short word fills the end
 * of a row above rather than open a row of its own), then the rows are made as narrow as keeps
 * their number, so that the last one is not one word alone. The legend of the picture and the
 * window's legend row both wrap this way.
 */
public final class Flow {
    private Flow() {
    }

    /** The row of each item, from 0, for items {@code widths} wide with {@code gap} between two in a row. */
    public static int[] rows(double[] widths, double gap, double width) {
        int[] at = firstFit(widths, gap, width);
        int n = count(at);
        double lo = 0;
        for (double w : widths) {
            lo = Math.max(lo, w);
        }
        double hi = Math.max(lo, width);
        // the narrowest width with no more rows (the rows' number falls as the width grows)
        for (int i = 0; i < 30 && hi - lo > 0.5; i++) {
            double mid = (lo + hi) / 2;
            if (count(firstFit(widths, gap, mid)) <= n) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        int[] even = firstFit(widths, gap, hi);
        return count(even) <= n ? even : at;
    }

    /** How many rows {@code rows} (an answer of {@link #rows}) has. */
    public static int count(int[] rows) {
        int n = 0;
        for (int r : rows) {
            n = Math.max(n, r + 1);
        }
        return n;
    }

    private static int[] firstFit(double[] widths, double gap, double width) {
        int[] at = new int[widths.length];
        double[] used = new double[widths.length];
        int rows = 0;
        for (int i = 0; i < widths.length; i++) {
            int r = 0;
            while (r < rows && used[r] + gap + widths[i] > width + 1e-9) {
                r++;
            }
            used[r] = r == rows ? widths[i] : used[r] + gap + widths[i];
            rows = Math.max(rows, r + 1);
            at[i] = r;
        }
        return at;
    }
}
