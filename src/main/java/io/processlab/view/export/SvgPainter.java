package io.processlab.view.export;

import io.processlab.view.timeline.Hatch;
import io.processlab.view.timeline.Painter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Painter} that writes SVG: rectangles, lines and polygons as shapes, text as
 * {@code <text>} (searchable, editable), hatches as {@code <pattern>}s, clips as
 * {@code <clipPath>}s, {@link #group}s as {@code <g>} with a {@code <title>}. Text is measured with
 * the same Java2D fonts as the PNG, so both lay out alike; a viewer without those fonts draws the
 * words in its sans-serif. No display needed.
 */
public final class SvgPainter implements Painter {
    /** The fonts asked for: the one Java's sans-serif usually is on Linux, then common ones. */
    static final String FONTS = "'DejaVu Sans', Verdana, Arial, sans-serif";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final Map<String, String> clipIds = new LinkedHashMap<>();
    private final Map<String, String> patternIds = new LinkedHashMap<>();
    private final Deque<Character> open = new ArrayDeque<>();
    private final java.util.Set<String> ids = new java.util.HashSet<>();
    private final Java2DPainter measure = Java2DPainter.measuring();

    /** A picture of {@code width} by {@code height} logical pixels (the SVG's user units). */
    public SvgPainter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        if (w <= 0 || h <= 0) {
            return;
        }
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"');
        fill(argb);
        body.append("/>\n");
    }

    @Override
    public void fillHatch(double x, double y, double w, double h, Hatch hatch, int argb) {
        if (w <= 0 || h <= 0 || hatch == Hatch.NONE) {
            return;
        }
        String key = hatch.name() + "-" + Integer.toHexString(argb);
        String id = patternIds.computeIfAbsent(key, k -> {
            String pid = "hatch-" + hatch.name().toLowerCase(java.util.Locale.ROOT) + "-" + patternIds.size();
            defs.append("<pattern id=\"").append(pid).append("\" width=\"").append(Hatch.TILE)
                    .append("\" height=\"").append(Hatch.TILE).append("\" patternUnits=\"userSpaceOnUse\">")
                    .append("<path d=\"").append(hatch.vectorPath()).append('"');
            appendFill(defs, argb);
            defs.append("/></pattern>\n");
            return pid;
        });
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"url(#").append(id)
                .append(")\"/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"none\"");
        stroke(argb, lineWidth);
        body.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        stroke(argb, lineWidth);
        body.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        if (n < 3) {
            return;
        }
        body.append("<polygon points=\"");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        body.append('"');
        fill(argb);
        body.append("/>\n");
    }

    @Override
    public void text(String s, double x, double y, int argb, double size, boolean bold, Align align) {
        if (s == null || s.isEmpty()) {
            return;
        }
        // spaces at either end move the text instead (viewers differ on keeping them)
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to) {
            return;
        }
        if (from > 0 || to < s.length()) {
            double lead = textWidth(s.substring(0, from), size, bold);
            double trail = textWidth(s.substring(to), size, bold);
            x += switch (align) {
                case LEFT -> lead;
                case CENTER -> (lead - trail) / 2;
                case RIGHT -> -trail;
            };
            s = s.substring(from, to);
        }
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(size)).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (align != Align.LEFT) {
            body.append(" text-anchor=\"").append(align == Align.CENTER ? "middle" : "end").append('"');
        }
        fill(argb);
        body.append('>');
        escape(body, s);
        body.append("</text>\n");
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        return measure.textWidth(s, size, bold);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String key = num(x) + " " + num(y) + " " + num(w) + " " + num(h);
        String id = clipIds.computeIfAbsent(key, k -> {
            String cid = "clip-" + clipIds.size();
            defs.append("<clipPath id=\"").append(cid).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                    .append(num(y)).append("\" width=\"").append(num(Math.max(0, w))).append("\" height=\"")
                    .append(num(Math.max(0, h))).append("\"/></clipPath>\n");
            return cid;
        });
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        open.push('c');
    }

    @Override
    public void unclip() {
        close('c');
    }

    @Override
    public void group(String id, String title) {
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        body.append("<g id=\"");
        escape(body, unique);
        body.append("\">");
        if (title != null && !title.isEmpty()) {
            body.append("<title>");
            escape(body, title);
            body.append("</title>");
        }
        body.append('\n');
        open.push('g');
    }

    @Override
    public void endGroup() {
        close('g');
    }

    private void close(char kind) {
        if (open.isEmpty() || open.peek() != kind) {
            throw new IllegalStateException(kind == 'c' ? "unclip without its clip" : "endGroup without its group");
        }
        open.pop();
        body.append("</g>\n");
    }

    /**
     * The whole document: the XML declaration, the {@code <svg>} element sized in pixels with its
     * view box, {@code title} (or none), the definitions and what was drawn.
     */
    public String document(String title) {
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " groups or clips left open");
        }
        StringBuilder b = new StringBuilder(body.length() + defs.length() + 512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" font-family=\"").append(FONTS)
                .append("\" xml:space=\"preserve\" style=\"white-space:pre\">\n");
        if (title != null && !title.isEmpty()) {
            b.append("<title>");
            escape(b, title);
            b.append("</title>\n");
        }
        if (defs.length() > 0) {
            b.append("<defs>\n").append(defs).append("</defs>\n");
        }
        b.append(body).append("</svg>\n");
        return b.toString();
    }

    private void fill(int argb) {
        appendFill(body, argb);
    }

    private static void appendFill(StringBuilder b, int argb) {
        b.append(" fill=\"").append(rgb(argb)).append('"');
        int a = (argb >>> 24) & 0xFF;
        if (a != 0xFF) {
            b.append(" fill-opacity=\"").append(num(a / 255.0)).append('"');
        }
    }

    private void stroke(int argb, double lineWidth) {
        body.append(" stroke=\"").append(rgb(argb)).append("\" stroke-width=\"").append(num(lineWidth)).append('"');
        int a = (argb >>> 24) & 0xFF;
        if (a != 0xFF) {
            body.append(" stroke-opacity=\"").append(num(a / 255.0)).append('"');
        }
    }

    private static String rgb(int argb) {
        String hex = Integer.toHexString(argb & 0xFFFFFF);
        return "#" + "000000".substring(hex.length()) + hex;
    }

    /** A number with at most two decimals, no exponent, whatever the default locale. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long c = Math.round(v * 100);
        long whole = Math.abs(c) / 100;
        long frac = Math.abs(c) % 100;
        String sign = c < 0 ? "-" : "";
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + (frac % 10 == 0 ? "." + frac / 10 : frac < 10 ? ".0" + frac : "." + frac);
    }

    /**
     * Appends {@code s} as XML character data: markup characters escaped, and what XML 1.0 cannot
     * hold (control characters, lone surrogates: a crafted trace's names) as U+FFFD.
     */
    static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    b.appendCodePoint(ok ? cp : 0xFFFD);
                }
            }
        }
    }
}
