package io.processlab.app;

import io.processlab.study.KeptValues;
import io.processlab.view.TextParts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the window remembers from one launch to the next: its size and place, the dividers the
 * user dragged, the language, the tempo and the last lesson. Kept in {@link java.util.prefs}
 * (the user's own store: on Linux a file under ~/.java) behind {@link KeptValues}, so that tests use
 * a map and never write the user's real preferences. A value that is missing or unreadable is
 * simply not there.
 */
final class WindowPrefs {
    /** The user's preferences node for ProcessLab's window. */
    static KeptValues user() {
        return KeptValues.prefs("io/processlab/window");
    }

    /** Values in memory (tests, screenshots). */
    static KeptValues memory() {
        return KeptValues.memory();
    }

    /** The window's place and size, in screen pixels. */
    record Bounds(double x, double y, double width, double height) {
    }

    /** Everything kept; a field is null (or NaN in {@code dividers}) when nothing was kept. */
    record Kept(Bounds bounds, double[] dividers, Locale language, Double tempo, String lesson) {
    }

    private final KeptValues store;

    WindowPrefs(KeptValues store) {
        this.store = store;
    }

    Kept load() {
        Bounds b = null;
        double[] xywh = numbers(store.get("bounds"), 4);
        if (xywh != null) {
            b = new Bounds(xywh[0], xywh[1], xywh[2], xywh[3]);
        }
        double[] dividers = numbers(store.get("dividers"), 4);
        String lang = store.get("language");
        Locale language = "pt".equals(lang) ? io.processlab.app.i18n.I18n.PORTUGUESE
                : "en".equals(lang) ? Locale.ENGLISH : null;
        double[] tempo = numbers(store.get("tempo"), 1);
        return new Kept(b, dividers, language, tempo == null ? null : tempo[0], store.get("lesson"));
    }

    void save(Kept k) {
        if (k.bounds() != null) {
            Bounds b = k.bounds();
            store.put("bounds", b.x() + "," + b.y() + "," + b.width() + "," + b.height());
        }
        if (k.dividers() != null) {
            store.put("dividers", String.join(",", Arrays.stream(k.dividers()).mapToObj(Double::toString).toList()));
        }
        if (k.language() != null) {
            store.put("language", k.language().getLanguage());
        }
        if (k.tempo() != null) {
            store.put("tempo", Double.toString(k.tempo()));
        }
        if (k.lesson() != null) {
            store.put("lesson", k.lesson());
        }
        store.flush();
    }

    /** {@code n} comma-separated numbers (NaN allowed), or null when the text is not that. */
    private static double[] numbers(String text, int n) {
        if (text == null) {
            return null;
        }
        List<String> parts = TextParts.split(text, ',');
        if (parts.size() != n) {
            return null;
        }
        double[] out = new double[n];
        try {
            for (int i = 0; i < n; i++) {
                out[i] = Double.parseDouble(parts.get(i).trim());
                if (Double.isInfinite(out[i])) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    /**
     * Where the window opens on a screen whose visual bounds (without task bars) are
     * {@code screen}: where it was, if that still lies on this screen; else the default size
     * ({@code width} x {@code height}) shrunk to the screen and centred. The result is always
     * inside the screen, so that Run is never off it.
     */
    static Bounds place(Bounds kept, Bounds screen, double width, double height) {
        double w = Math.min(kept != null ? kept.width() : width, screen.width());
        double h = Math.min(kept != null ? kept.height() : height, screen.height());
        double x = screen.x() + (screen.width() - w) / 2;
        double y = screen.y() + (screen.height() - h) / 2;
        if (kept != null) {
            x = Math.max(screen.x(), Math.min(kept.x(), screen.x() + screen.width() - w));
            y = Math.max(screen.y(), Math.min(kept.y(), screen.y() + screen.height() - h));
        }
        return new Bounds(x, y, w, h);
    }
}
