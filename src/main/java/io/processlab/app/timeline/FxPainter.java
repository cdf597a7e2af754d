package io.processlab.app.timeline;

import io.processlab.view.timeline.Hatch;
import io.processlab.view.timeline.Painter;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A {@link Painter} over a JavaFX canvas's {@link GraphicsContext}. Use on the FX thread. */
final class FxPainter implements Painter {
    private static final String FAMILY = "SansSerif";
    private static final int MAX_WIDTHS = 4096;

    private final GraphicsContext g;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<Long, ImagePattern> hatches = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private final TriangleStamps stamps = new TriangleStamps();

    FxPainter(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF,
                ((c >>> 24) & 0xFF) / 255.0));
    }

    private Font font(double size, boolean bold) {
        long key = Math.round(size * 16) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        if (w > 0 && h > 0) {
            g.setFill(color(argb));
            double x0 = Math.round(x);
            double y0 = Math.round(y);
            g.fillRect(x0, y0, Math.max(1, Math.round(x + w) - x0), Math.max(1, Math.round(y + h) - y0));
        }
    }

    @Override
    public void fillHatch(double x, double y, double w, double h, Hatch hatch, int argb) {
        if (w <= 0 || h <= 0 || hatch == Hatch.NONE) {
            return;
        }
        long key = ((long) hatch.ordinal() << 32) | (argb & 0xFFFFFFFFL);
        ImagePattern p = hatches.computeIfAbsent(key, k -> {
            int n = Hatch.TILE;
            WritableImage img = new WritableImage(n, n);
            img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), hatch.tile(argb, 1), 0, n);
            return new ImagePattern(img, 0, 0, n, n, false);
        });
        g.setFill(p);
        g.fillRect(x, y, w, h);
    }

    /*
     * Outlines and straight lines are filled as rectangles: the same pixels as a stroke (square
     * caps), but a stroke goes through the path rasterizer, which with software rendering cost
     * the 100,000-event timeline 40 % of its frame (bench --ui).
     */
    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        double half = lineWidth / 2;
        g.setFill(color(argb));
        g.fillRect(x - half, y - half, w + lineWidth, lineWidth);
        g.fillRect(x - half, y + h - half, w + lineWidth, lineWidth);
        if (h > lineWidth) {
            g.fillRect(x - half, y + half, lineWidth, h - lineWidth);
            g.fillRect(x + w - half, y + half, lineWidth, h - lineWidth);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        double half = lineWidth / 2;
        if (x1 == x2 || y1 == y2) {
            g.setFill(color(argb));
            g.fillRect(Math.min(x1, x2) - half, Math.min(y1, y2) - half,
                    Math.abs(x2 - x1) + lineWidth, Math.abs(y2 - y1) + lineWidth);
            return;
        }
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        if (n == 3 && TriangleStamps.fits(xs, ys)) {
            double ox = Math.floor(Math.min(xs[0], Math.min(xs[1], xs[2])));
            double oy = Math.floor(Math.min(ys[0], Math.min(ys[1], ys[2])));
            g.drawImage(stamps.get(xs, ys, ox, oy, argb), ox, oy);
            return;
        }
        g.setFill(color(argb));
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void text(String s, double x, double y, int argb, double size, boolean bold, Align align) {
        if (s == null || s.isEmpty()) {
            return;
        }
        g.setFont(font(size, bold));
        g.setFill(color(argb));
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(s, x, y);
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        String key = (bold ? "b" : "n") + size + "|" + s;
        Double w = widths.get(key);
        if (w == null) {
            if (widths.size() > MAX_WIDTHS) {
                widths.clear();
            }
            measure.setFont(font(size, bold));
            measure.setText(s);
            w = measure.getLayoutBounds().getWidth();
            widths.put(key, w);
        }
        return w;
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
        g.beginPath();
    }

    @Override
    public void unclip() {
        g.restore();
    }
}
