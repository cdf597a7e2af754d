package io.processlab.cli.args;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an option's value may be, and how it is read: a text, a path, one of some words, a whole
 * number or a number in a range, a size, a list of words. A value that does not fit is refused
 * with the message {@link #key()} of the cli bundle, given the command, the option, the value
 * and the value's own arguments (its range, its words).
 *
 * @param <T> what the value is read as
 */
public final class Value<T> {
    /** Reads a raw value; null when it does not fit. */
    interface Reader<T> {
        T read(String raw);
    }

    private final Reader<T> reader;
    private final String key;
    private final Object[] args;

    private Value(Reader<T> reader, String key, Object... args) {
        this.reader = reader;
        this.key = key;
        this.args = args;
    }

    /** Any text. */
    public static Value<String> text() {
        return new Value<>(s -> s, "args.bad_value");
    }

    /** A file or folder's path (one that the system can name). */
    public static Value<Path> path() {
        return new Value<>(s -> {
            try {
                return s.isEmpty() ? null : Path.of(s);
            } catch (InvalidPathException e) {
                return null;
            }
        }, "args.bad_path");
    }

    /** One of {@code words}. */
    public static Value<String> oneOf(String... words) {
        List<String> ok = List.of(words);
        return new Value<>(s -> ok.contains(s) ? s : null, "args.bad_choice", String.join(", ", ok));
    }

    /** The language of the run or of the pictures: en or pt. */
    public static Value<String> language() {
        return oneOf("en", "pt").says("args.bad_lang");
    }

    /** A whole number from {@code min} to {@code max}, written in digits. */
    public static Value<Integer> whole(int min, int max) {
        return new Value<>(s -> {
            if (s.isEmpty() || s.length() > 11) {
                return null;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && s.length() > 1)) {
                    return null;
                }
            }
            long v = Long.parseLong(s);
            return v >= min && v <= max ? Integer.valueOf((int) v) : null;
        }, "args.bad_whole", min, max);
    }

    /** A number from {@code min} to {@code max} ({@code 0.5}, {@code 0,5} or {@code 2}). */
    public static Value<Double> number(double min, double max) {
        return new Value<>(s -> {
            double v = decimal(s);
            return v >= min && v <= max ? Double.valueOf(v) : null;
        }, "args.bad_number", BigDecimal.valueOf(min).stripTrailingZeros().toPlainString(),
                BigDecimal.valueOf(max).stripTrailingZeros().toPlainString());
    }

    /** A size {@code WIDTHxHEIGHT} from {@code minW x minH} to {@code maxW x maxH}. */
    public static Value<int[]> size(int minW, int minH, int maxW, int maxH) {
        return new Value<>(s -> {
            int x = s.indexOf('x');
            if (x < 0) {
                return null;
            }
            Integer w = whole(minW, maxW).reader.read(s.substring(0, x));
            Integer h = whole(minH, maxH).reader.read(s.substring(x + 1));
            return w == null || h == null ? null : new int[] {w, h};
        }, "args.bad_size", minW + "x" + minH, maxW + "x" + maxH);
    }

    /** A comma-separated list of some of {@code words}, at least one. */
    public static Value<Set<String>> someOf(List<String> words) {
        return new Value<>(s -> {
            Set<String> out = new LinkedHashSet<>();
            for (String w : split(s)) {
                if (!words.contains(w)) {
                    return null;
                }
                out.add(w);
            }
            return out.isEmpty() ? null : out;
        }, "args.bad_list", String.join(",", words));
    }

    /** The same value, refused with another message of the cli bundle (same arguments). */
    public Value<T> says(String messageKey) {
        return new Value<>(reader, messageKey, args);
    }

    /** The value {@code raw} gives, or null when it does not fit. */
    public T read(String raw) {
        return reader.read(raw);
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }

    private static double decimal(String s) {
        String t = s.replace(',', '.');
        if (t.isEmpty() || t.chars().filter(c -> c == '.').count() > 1) {
            return Double.NaN;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && c == '-')) {
                return Double.NaN;
            }
        }
        try {
            return new BigDecimal(t).doubleValue();
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ',') {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }
}
