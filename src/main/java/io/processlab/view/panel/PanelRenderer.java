package io.processlab.view.panel;

import io.processlab.view.TextParts;
import io.processlab.view.timeline.Painter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link PanelContent} out and draws it through a {@link Painter}: a title line, the note if
 * any, then the boxes side by side (as many to a row as the width holds, each as wide as its
 * content asks, sharing the room), each box's rows wrapping their items. Words too long for a box
 * end with an ellipsis. One pass measures ({@link #height}), the same pass draws ({@link #paint}).
 */
public final class PanelRenderer {
    static final double MARGIN = 14;
    static final double GAP = 14;
    static final double PAD = 12;
    static final double ROW_GAP = 7;
    static final double ITEM_GAP = 8;
    static final double TITLE = 18;
    static final double BOX_TITLE = 16;
    static final double NOTE = 14;
    static final double MIN_BOX = 220;
    /** A box asks for at most this width. */
    static final double MAX_BOX = 700;
    /** A row of cards asks for at most this width: it wraps instead (a queue's items, a pipe's messages). */
    static final double CARD_ROW = 320;

    private PanelRenderer() {
    }

    /** The height the content takes at {@code width} with {@code title} (null for none). */
    public static double height(Painter measure, PanelContent c, double width, String title) {
        return Math.ceil(flow(measure, c, width, title, false));
    }

    /** Draws the content in a {@code width} by {@code height} picture (the background filled whole). */
    public static void paint(Painter p, PanelContent c, double width, double height, String title) {
        p.fillRect(0, 0, width, height, PanelStyle.BACKGROUND);
        flow(p, c, width, title, true);
    }

    private static double flow(Painter p, PanelContent c, double width, String title, boolean draw) {
        double y = MARGIN;
        double inner = Math.max(MIN_BOX, width - 2 * MARGIN);
        if (title != null) {
            if (draw) {
                p.text(fit(p, title, inner, TITLE, true), MARGIN, y + TITLE, PanelStyle.TEXT, TITLE, true,
                        Painter.Align.LEFT);
            }
            y += TITLE + 10;
        }
        if (c.note() != null) {
            for (String line : wrap(p, c.note(), inner, NOTE)) {
                if (draw) {
                    p.text(line, MARGIN, y + NOTE, PanelStyle.TEXT_DIM, NOTE, false, Painter.Align.LEFT);
                }
                y += NOTE + 6;
            }
            y += 4;
        }
        List<Box> boxes = c.boxes();
        int i = 0;
        while (i < boxes.size()) {
            // as many boxes to this row as fit at their least width (at least one), sharing the
            // row's room as their content asks
            int fit = Math.max(1, (int) Math.floor((inner + GAP) / (MIN_BOX + GAP)));
            int j = Math.min(boxes.size(), i + fit);
            int n = j - i;
            double room = inner - GAP * (n - 1);
            double[] nat = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                nat[k] = Math.max(MIN_BOX, natural(p, boxes.get(i + k)));
                sum += nat[k];
            }
            double rowH = 0;
            double[] ws = new double[n];
            for (int k = 0; k < n; k++) {
                ws[k] = room * nat[k] / sum;
                rowH = Math.max(rowH, box(p, boxes.get(i + k), 0, 0, ws[k], 0, false));
            }
            double x = MARGIN;
            for (int k = 0; k < n; k++) {
                if (draw) {
                    box(p, boxes.get(i + k), x, y, ws[k], rowH, true);
                }
                x += ws[k] + GAP;
            }
            y += rowH + GAP;
            i = j;
        }
        return y - GAP + MARGIN;
    }

    /** The width a box would like: its widest row on one line. */
    private static double natural(Painter p, Box b) {
        double w = p.textWidth(b.title(), BOX_TITLE, true);
        for (List<Item> row : b.rows()) {
            double r = 0;
            boolean cards = row.size() > 1;
            for (Item it : row) {
                r += width(p, it) + ITEM_GAP;
                cards &= it.kind() == Item.Kind.CARD || it.kind() == Item.Kind.DIM;
            }
            w = Math.max(w, cards ? Math.min(CARD_ROW, r - ITEM_GAP) : r - ITEM_GAP);
        }
        return Math.min(MAX_BOX, w + 2 * PAD);
    }

    /** Lays out (and draws) one box; returns its height ({@code h} is the height to draw it at). */
    private static double box(Painter p, Box b, double x, double y, double w, double h, boolean draw) {
        if (draw) {
            p.fillRect(x, y, w, h, PanelStyle.BOX);
            p.strokeRect(x, y, w, h, PanelStyle.BOX_EDGE, 1);
            p.group("box-" + slug(b.title()), b.title());
            p.text(fit(p, b.title(), w - 2 * PAD, BOX_TITLE, true), x + PAD, y + PAD + BOX_TITLE, PanelStyle.TEXT,
                    BOX_TITLE, true, Painter.Align.LEFT);
        }
        double left = x + PAD;
        double right = x + w - PAD;
        double cy = y + PAD + BOX_TITLE + 10;
        for (List<Item> row : b.rows()) {
            double cx = left;
            double lineH = 0;
            List<Item> line = new ArrayList<>();
            List<Double> xs = new ArrayList<>();
            for (Item it : row) {
                double iw = Math.min(width(p, it), right - left);
                if (cx > left && cx + iw > right) {
                    cy += place(p, line, xs, cy, lineH, right, draw) + ROW_GAP;
                    line.clear();
                    xs.clear();
                    cx = left;
                    lineH = 0;
                }
                line.add(it);
                xs.add(cx);
                lineH = Math.max(lineH, height(it));
                cx += iw + ITEM_GAP;
            }
            cy += place(p, line, xs, cy, lineH, right, draw) + ROW_GAP;
        }
        if (draw) {
            p.endGroup();
        }
        return cy - ROW_GAP + PAD - y;
    }

    private static double place(Painter p, List<Item> line, List<Double> xs, double y, double lineH, double right,
            boolean draw) {
        if (draw) {
            for (int k = 0; k < line.size(); k++) {
                Item it = line.get(k);
                item(p, it, xs.get(k), y + (lineH - height(it)) / 2, right - xs.get(k));
            }
        }
        return lineH;
    }

    static double size(Item.Kind k) {
        return switch (k) {
            case CHIP, CARD, WORD -> 15;
            case BADGE -> 13;
            case DIM -> 14;
            case SIGN, LAMP -> 24;
        };
    }

    private static boolean bold(Item it) {
        return it.kind() == Item.Kind.CHIP || it.kind() == Item.Kind.BADGE || it.kind() == Item.Kind.SIGN
                || it.kind() == Item.Kind.LAMP || (it.kind() == Item.Kind.CARD && it.fill() == PanelStyle.POISON);
    }

    private static double padX(Item it) {
        return switch (it.kind()) {
            case CHIP, CARD -> 10;
            case BADGE -> 7;
            case SIGN -> 16;
            default -> 0;
        };
    }

    private static double lead(Item it) {
        return switch (it.kind()) {
            case CARD -> 5;
            case LAMP -> 40 + 10;
            default -> 0;
        };
    }

    static double height(Item it) {
        return switch (it.kind()) {
            case CHIP, CARD -> 26;
            case BADGE -> 20;
            case WORD, DIM -> 20;
            case SIGN -> 38;
            case LAMP -> 40;
        };
    }

    private static double width(Painter p, Item it) {
        return lead(it) + 2 * padX(it) + p.textWidth(it.text(), size(it.kind()), bold(it));
    }

    private static void item(Painter p, Item it, double x, double y, double room) {
        double h = height(it);
        double size = size(it.kind());
        boolean bold = bold(it);
        double w = Math.min(width(p, it), room);
        String text = fit(p, it.text(), w - lead(it) - 2 * padX(it), size, bold);
        double base = y + h / 2 + size * 0.36;
        switch (it.kind()) {
            case CHIP, BADGE, SIGN -> p.fillRect(x, y, w, h, it.fill());
            case CARD -> {
                p.fillRect(x, y, w, h, it.fill());
                p.strokeRect(x, y, w, h, PanelStyle.CARD_EDGE, 1);
                p.fillRect(x, y, lead(it), h, it.stripe());
            }
            case LAMP -> lamp(p, x + 20, y + 20, 18, it.fill(), it.stripe());
            default -> {
            }
        }
        p.text(text, x + lead(it) + padX(it), base, it.ink(), size, bold, Painter.Align.LEFT);
    }

    private static void lamp(Painter p, double cx, double cy, double r, int fill, int edge) {
        int n = 32;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] xi = new double[n];
        double[] yi = new double[n];
        for (int k = 0; k < n; k++) {
            double a = 2 * Math.PI * k / n;
            xs[k] = cx + r * Math.cos(a);
            ys[k] = cy + r * Math.sin(a);
            xi[k] = cx + (r - 3) * Math.cos(a);
            yi[k] = cy + (r - 3) * Math.sin(a);
        }
        p.fillPolygon(xs, ys, n, edge);
        p.fillPolygon(xi, yi, n, fill);
    }

    /** {@code s} cut with an ellipsis to {@code w} pixels. */
    static String fit(Painter p, String s, double w, double size, boolean bold) {
        if (s == null || p.textWidth(s, size, bold) <= w) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (p.textWidth(s.substring(0, mid) + "\u2026", size, bold) <= w) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo) + "\u2026";
    }

    /** The words of {@code s} between single spaces, as {@code s.split(" ")} gives them (no trailing empty ones). */
    static List<String> words(String s) {
        List<String> out = TextParts.split(s, ' ');
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** {@code s} in lines of at most {@code w} pixels, broken at spaces. */
    static List<String> wrap(Painter p, String s, double w, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(s)) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && p.textWidth(next, size, false) > w) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        if (line.length() > 0) {
            lines.add(fit(p, line.toString(), w, size, false));
        }
        return lines;
    }

    private static String slug(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
                b.append(ch);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        return b.toString();
    }
}
