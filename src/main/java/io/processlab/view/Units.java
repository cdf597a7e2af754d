package io.processlab.view;

/**
 * A value and its unit as the window writes them: "0.37 s", "12.5 ms", "3.1 MiB", joined by a
 * no-break space, so that no line wrap parts the number from its unit ("from 0.37" over "s to
 * 2.37 s"). The bundles' patterns write the same space as {@code \u005Cu00A0} ("{0}\u005Cu00A0s").
 */
public final class Units {
    /** U+00A0, the space a line never breaks at. */
    public static final char NO_BREAK = '\u00A0';

    private Units() {
    }

    /** {@code value} and {@code unit} joined by a no-break space: "0.5 s". */
    public static String of(String value, String unit) {
        return value + NO_BREAK + unit;
    }

    /** {@code s} with each no-break space a plain one, for a terminal (which wraps at its edge whatever the text). */
    public static String plain(String s) {
        return s.replace(NO_BREAK, ' ');
    }
}
