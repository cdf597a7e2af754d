package io.processlab.view.timeline;

import io.processlab.trace.RuntimeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The legend: a swatch and a name for each state, the arrows and the marks, wrapped in rows. */
public final class Legend {
    static final double TEXT = 15;
    static final double ROW = 28;
    static final double SWATCH_W = 34;
    static final double SWATCH_H = 18;
    static final double GAP = 26;

    /** What a legend item shows beside its name. */
    enum Kind { STATE, MESSAGE, PRINT, ERROR }

    /** One item: a kind, the state if it is one, its text and where it goes. */
    record Item(Kind kind, State state, String text, double x, double y) {
    }

    /** The items placed in rows, and the legend's height. */
    public record Placed(List<Item> items, double height) {
        static final Placed NONE = new Placed(List.of(), 0);
    }

    private Legend() {
    }

    /** Every item's kind, state (or null) and name, in the legend's order. */
    private static List<Object[]> all(Locale locale, RuntimeKind runtime) {
        List<Object[]> all = new ArrayList<>();
        for (State s : State.values()) {
            all.add(new Object[] {Kind.STATE, s, Palette.label(s, locale, runtime)});
        }
        all.add(new Object[] {Kind.MESSAGE, null, Palette.word("message", locale)});
        all.add(new Object[] {Kind.PRINT, null, Palette.word("print", locale)});
        all.add(new Object[] {Kind.ERROR, null, Palette.word("error", locale)});
        return all;
    }

    /** The items' names, in order (a window draws each swatch with {@link #swatch(Painter, int, double, double)}). */
    public static List<String> names(Locale locale, RuntimeKind runtime) {
        return all(locale, runtime).stream().map(a -> (String) a[2]).toList();
    }

    /** The size of a swatch, width and height. */
    public static double[] swatchSize() {
        return new double[] {SWATCH_W, SWATCH_H};
    }

    /** Paints item {@code i}'s swatch with its top left corner at (x, y). */
    public static void swatch(Painter p, int i, double x, double y) {
        Object[] a = all(Locale.ENGLISH, RuntimeKind.JAVA).get(i);
        paintSwatch(p, (Kind) a[0], (State) a[1], x, y);
    }

    /** Places the items in rows of {@code width} pixels starting at (x, y), as few and as even as {@link Flow} makes them. */
    static Placed place(Painter p, Locale locale, RuntimeKind runtime, double x, double y, double width) {
        List<Object[]> all = all(locale, runtime);
        double[] widths = new double[all.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = SWATCH_W + 8 + p.textWidth((String) all.get(i)[2], TEXT, false);
        }
        int[] rows = Flow.rows(widths, GAP, width);
        int n = Flow.count(rows);
        double[] cx = new double[n];
        Arrays.fill(cx, x);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            Object[] a = all.get(i);
            int r = rows[i];
            items.add(new Item((Kind) a[0], (State) a[1], (String) a[2], cx[r], y + r * ROW));
            cx[r] += widths[i] + GAP;
        }
        return new Placed(items, n * ROW + 6);
    }

    static void paint(Painter p, Placed placed) {
        for (Item it : placed.items()) {
            double sx = it.x();
            double sy = it.y() + (ROW - SWATCH_H) / 2 - 2;
            paintSwatch(p, it.kind(), it.state(), sx, sy);
            p.text(it.text(), sx + SWATCH_W + 8, it.y() + ROW / 2 + TEXT * 0.35 - 2, Palette.TEXT, TEXT, false,
                    Painter.Align.LEFT);
        }
    }

    private static void paintSwatch(Painter p, Kind kind, State state, double sx, double sy) {
        switch (kind) {
            case STATE -> swatch(p, state, sx, sy);
            case MESSAGE -> p.arrow(sx + 2, sy + SWATCH_H - 2, sx + SWATCH_W - 2, sy + 2, Palette.ARROW, 2, 9);
            case PRINT -> LanePainter.printMark(p, sx + SWATCH_W / 2, sy + 3, SWATCH_H - 6);
            case ERROR -> LanePainter.errorMark(p, sx + SWATCH_W / 2, sy + SWATCH_H / 2, 6);
        }
    }

    private static void swatch(Painter p, State s, double x, double y) {
        if (s == State.HOLDING_LOCK) {
            p.fillRect(x, y, SWATCH_W, SWATCH_H * 0.4, Palette.color(s));
            p.fillRect(x, y + SWATCH_H * 0.55, SWATCH_W, SWATCH_H * 0.45, Palette.color(State.RUNNING));
            return;
        }
        LanePainter.bar(p, s, x, x + SWATCH_W, y, SWATCH_H, true);
    }
}
