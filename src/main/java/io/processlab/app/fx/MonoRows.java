package io.processlab.app.fx;

import io.processlab.view.TextParts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A monospace text broken into rows that fit a width, at the places a reader expects: after a
 * space, else after a comma, bracket, dot, colon, slash or equals sign ({@link #BREAKS}, through
 * {@link TextParts#wrap}). JavaFX wraps a label only at spaces and cuts a longer word where the
 * row is full, so a JSON line or a class path read "io.process|lab" and {@code "t|asks"} in the
 * console and the Wire.
 */
public final class MonoRows {
    /** Where a row with no space to end at may end: JSON after a comma or colon, a path after a slash, an option after "=". */
    static final String BREAKS = TextParts.CODE_BREAKS + ":/=";
    /** Fewer columns than this, and the text is left to the label's own wrapping. */
    static final int LEAST = 8;
    /** Where {@link #show} keeps a label's text as given, and the font and width it was broken for. */
    private static final String RAW = "processlab.mono-rows.raw";
    private static final String FITTED = "processlab.mono-rows.fitted";
    /** One character's advance by font; read and written on the FX thread only. */
    private static final Map<Font, Double> ADVANCE = new HashMap<>();

    private MonoRows() {
    }

    /**
     * Shows {@code text} in the monospace label {@code l} (a label, a list cell), broken into rows
     * for its width now and again whenever its width or font changes; as given while it has no
     * width yet (the label should fill its column's width).
     */
    public static void show(Labeled l, String text) {
        boolean watched = l.getProperties().containsKey(RAW);
        l.getProperties().put(RAW, text);
        l.getProperties().remove(FITTED);
        if (!watched) {
            InvalidationListener again = o -> refit(l);
            l.widthProperty().addListener(again);
            l.fontProperty().addListener(again);
        }
        refit(l);
    }

    /**
     * Breaks the text {@link #show} gave {@code l} now for the width it is about to be laid out
     * at, its style applied first, so that its height is known before its layout: broken only when
     * it got that width, in the layout pass, a console line had more rows than its cell had been
     * measured for, and showed its end as "…" (en-1280x720-presenter-spawn).
     */
    public static void fitFor(Labeled l, double width) {
        String raw = (String) l.getProperties().get(RAW);
        if (raw == null) {
            return;
        }
        l.applyCss();
        double w = width - l.snappedLeftInset() - l.snappedRightInset();
        if (w <= 0) {
            return;
        }
        l.getProperties().put(FITTED, List.of(String.valueOf(l.getFont()), w));
        l.setText(fit(raw, l.getFont(), w));
    }

    private static void refit(Labeled l) {
        String raw = (String) l.getProperties().get(RAW);
        double w = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
        List<Object> now = List.of(String.valueOf(l.getFont()), w);
        if (Objects.equals(now, l.getProperties().get(FITTED))) {
            return;
        }
        l.getProperties().put(FITTED, now);
        l.setText(raw == null || w <= 0 ? raw : fit(raw, l.getFont(), w));
    }

    /** {@code text} with a line break where each row of it ends, in {@code font}, {@code width} pixels wide. */
    public static String fit(String text, Font font, double width) {
        if (text == null || font == null || width <= 0) {
            return text;
        }
        return rows(text, columns(font, width));
    }

    /** How many characters of {@code font} a row {@code width} pixels wide holds (a pixel kept for rounding). */
    static int columns(Font font, double width) {
        return (int) Math.floor((width - 1) / advance(font));
    }

    /** The width of a character of the monospace {@code font} (at least a pixel), measured once per font. */
    public static double advance(Font font) {
        return ADVANCE.computeIfAbsent(font, f -> {
            Text t = new Text("0");
            t.setFont(f);
            return Math.max(1, t.getLayoutBounds().getWidth());
        });
    }

    /**
     * {@code text}'s lines in rows of at most {@code columns} characters, joined by line breaks; the
     * spaces a row is broken at give their place to the break (a label would otherwise start the
     * next row with an empty one). The text's own line breaks, empty lines included, stay.
     */
    static String rows(String text, int columns) {
        if (columns < LEAST || text.length() <= columns && text.indexOf('\n') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        List<String> lines = TextParts.split(text, '\n');
        for (int n = 0; n < lines.size(); n++) {
            if (n > 0) {
                out.append('\n');
            }
            String line = lines.get(n);
            List<String> rows = TextParts.wrap(line, columns, columns, BREAKS);
            for (int i = 0; i < rows.size(); i++) {
                String r = rows.get(i);
                if (i > 0) {
                    out.append('\n');
                    r = r.stripLeading();
                }
                out.append(i < rows.size() - 1 ? r.stripTrailing() : r);
            }
        }
        return out.toString();
    }
}
