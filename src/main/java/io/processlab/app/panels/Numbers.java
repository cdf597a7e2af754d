package io.processlab.app.panels;

import java.util.Locale;

/** Numbers read from printed text, and written for people. */
final class Numbers {
    private Numbers() {
    }

    static int integer(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    static double decimal(String s, double fallback) {
        try {
            return Double.parseDouble(s.strip().replace(',', '.'));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** One decimal, in the window's language: "12.5" or "12,5". */
    static String one(Locale l, double v) {
        return String.format(l, "%.1f", v);
    }

    /** Two decimals, in the window's language. */
    static String two(Locale l, double v) {
        return String.format(l, "%.2f", v);
    }
}
