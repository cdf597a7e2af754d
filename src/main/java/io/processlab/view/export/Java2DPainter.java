package io.processlab.view.export;

import io.processlab.view.timeline.Hatch;
import io.processlab.view.timeline.Painter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link Painter} over a Java2D {@link Graphics2D} (an image's; works with no display). */
public final class Java2DPainter implements Painter {
    private final Graphics2D g;
    private final int deviceScale;
    private final List<Shape> clips = new ArrayList<>();
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<Long, TexturePaint> hatches = new HashMap<>();
    private final Map<Float, BasicStroke> strokes = new HashMap<>();
    private final Rectangle2D.Double rect = new Rectangle2D.Double();
    private final Line2D.Double seg = new Line2D.Double();
    private boolean smooth = true;

    /**
     * @param g where to draw; its transform may scale
     * @param deviceScale device pixels per logical pixel (for crisp hatches)
     */
    public Java2DPainter(Graphics2D g, int deviceScale) {
        this.g = g;
        this.deviceScale = Math.max(1, deviceScale);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** A painter that only measures text (for sizing an image before drawing it). */
    public static Java2DPainter measuring() {
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        return new Java2DPainter(one.createGraphics(), 1);
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(argb, c -> new Color(c, true));
    }

    private Font font(double size, boolean bold) {
        long key = Math.round(size * 16) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) size));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        if (w <= 0 || h <= 0) {
            return;
        }
        antialias(false);
        g.setColor(color(argb));
        if (deviceScale == 1) {
            int x0 = (int) Math.round(x);
            int y0 = (int) Math.round(y);
            g.fillRect(x0, y0, Math.max(1, (int) Math.round(x + w) - x0), Math.max(1, (int) Math.round(y + h) - y0));
        } else {
            rect.setRect(x, y, w, h);
            g.fill(rect);
        }
    }

    /** Rectangles are filled crisp; lines, arrows and text smooth. Switches only on a change. */
    private void antialias(boolean on) {
        if (on != smooth) {
            smooth = on;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    on ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        }
    }

    @Override
    public void fillHatch(double x, double y, double w, double h, Hatch hatch, int argb) {
        if (w <= 0 || h <= 0 || hatch == Hatch.NONE) {
            return;
        }
        long key = ((long) hatch.ordinal() << 32) | (argb & 0xFFFFFFFFL);
        TexturePaint paint = hatches.computeIfAbsent(key, k -> {
            int n = Hatch.TILE * deviceScale;
            BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
            tile.setRGB(0, 0, n, n, hatch.tile(argb, deviceScale), 0, n);
            return new TexturePaint(tile, new Rectangle2D.Double(0, 0, Hatch.TILE, Hatch.TILE));
        });
        antialias(false);
        g.setPaint(paint);
        rect.setRect(x, y, w, h);
        g.fill(rect);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        antialias(false);
        g.setColor(color(argb));
        g.setStroke(stroke(lineWidth));
        rect.setRect(x, y, w, h);
        g.draw(rect);
    }

    private BasicStroke stroke(double w) {
        return strokes.computeIfAbsent((float) w, f -> new BasicStroke(f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        antialias(x1 != x2 && y1 != y2);
        g.setColor(color(argb));
        g.setStroke(stroke(lineWidth));
        seg.setLine(x1, y1, x2, y2);
        g.draw(seg);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        if (n < 3) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        antialias(true);
        g.setColor(color(argb));
        g.fill(path);
    }

    @Override
    public void text(String s, double x, double y, int argb, double size, boolean bold, Align align) {
        if (s == null || s.isEmpty()) {
            return;
        }
        Font f = font(size, bold);
        g.setFont(f);
        g.setColor(color(argb));
        double dx = switch (align) {
            case LEFT -> 0;
            case CENTER -> -textWidth(s, size, bold) / 2;
            case RIGHT -> -textWidth(s, size, bold);
        };
        g.drawString(s, (float) (x + dx), (float) y);
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        FontRenderContext frc = g.getFontRenderContext();
        return font(size, bold).getStringBounds(s, frc).getWidth();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clips.add(g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        if (!clips.isEmpty()) {
            g.setClip(clips.remove(clips.size() - 1));
        }
    }
}
