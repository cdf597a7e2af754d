package io.processlab.app.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Small triangles (the timeline's print marks, hundreds a frame) as images made once: drawing an
 * image costs a copy, where a filled polygon goes through the path rasterizer. A triangle is
 * keyed by its corners relative to its top-left pixel, to an eighth of a pixel, and its colour;
 * each pixel's coverage is sampled on a 4x4 grid.
 */
final class TriangleStamps {
    /** The largest side of the bounding box a triangle may have to be stamped. */
    static final double MAX_SIZE = 24;
    private static final int MAX_STAMPS = 2048;
    private static final int GRID = 4;

    private record Key(long corners, int argb) {
    }

    private final Map<Key, WritableImage> cache = new HashMap<>();

    static boolean fits(double[] xs, double[] ys) {
        for (int i = 0; i < 3; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                return false;
            }
        }
        double w = Math.max(xs[0], Math.max(xs[1], xs[2])) - Math.min(xs[0], Math.min(xs[1], xs[2]));
        double h = Math.max(ys[0], Math.max(ys[1], ys[2])) - Math.min(ys[0], Math.min(ys[1], ys[2]));
        return w <= MAX_SIZE && h <= MAX_SIZE;
    }

    /** The image of the triangle whose bounding box starts at pixel ({@code ox}, {@code oy}). */
    WritableImage get(double[] xs, double[] ys, double ox, double oy, int argb) {
        long corners = 0;
        double[] lx = new double[3];
        double[] ly = new double[3];
        for (int i = 0; i < 3; i++) {
            long qx = Math.round((xs[i] - ox) * 8);
            long qy = Math.round((ys[i] - oy) * 8);
            lx[i] = qx / 8.0;
            ly[i] = qy / 8.0;
            corners = corners << 10 | qx;
            corners = corners << 10 | qy;
        }
        Key key = new Key(corners, argb);
        WritableImage img = cache.get(key);
        if (img == null) {
            if (cache.size() >= MAX_STAMPS) {
                cache.clear();
            }
            img = draw(lx, ly, argb);
            cache.put(key, img);
        }
        return img;
    }

    private static WritableImage draw(double[] x, double[] y, int argb) {
        int w = (int) Math.ceil(Math.max(x[0], Math.max(x[1], x[2]))) + 1;
        int h = (int) Math.ceil(Math.max(y[0], Math.max(y[1], y[2]))) + 1;
        WritableImage img = new WritableImage(w, h);
        PixelWriter out = img.getPixelWriter();
        double area = (x[1] - x[0]) * (y[2] - y[0]) - (x[2] - x[0]) * (y[1] - y[0]);
        int alpha = argb >>> 24;
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                int inside = 0;
                for (int sy = 0; sy < GRID; sy++) {
                    for (int sx = 0; sx < GRID; sx++) {
                        if (inside(x, y, area, px + (sx + 0.5) / GRID, py + (sy + 0.5) / GRID)) {
                            inside++;
                        }
                    }
                }
                int a = alpha * inside / (GRID * GRID);
                out.setArgb(px, py, a << 24 | (argb & 0xFFFFFF));
            }
        }
        return img;
    }

    /** Whether (px, py) lies inside the triangle: on the same side of its three edges. */
    static boolean inside(double[] x, double[] y, double area, double px, double py) {
        if (area == 0) {
            return false;
        }
        double s = Math.signum(area);
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3;
            double e = (x[j] - x[i]) * (py - y[i]) - (y[j] - y[i]) * (px - x[i]);
            if (e * s < 0) {
                return false;
            }
        }
        return true;
    }
}
