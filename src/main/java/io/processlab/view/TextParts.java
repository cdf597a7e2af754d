package io.processlab.view;

import java.util.ArrayList;
import java.util.List;

/** Text cut at one character, without a regular expression (no view runs one over a text). */
public final class TextParts {
    private TextParts() {
    }

    /** The parts of {@code s} between each {@code c}: n of them give n + 1 parts, empty ones included. */
    public static List<String> split(String s, char c) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        out.add(s.substring(from));
        return out;
    }

    /** Where a row of code may end when it has no space to end at: after one of these. */
    public static final String CODE_BREAKS = ",(.[";
    /** What a row never starts with when it could end before: "getKey(" and ")," read badly. */
    private static final String CLOSERS = ")]},;";

    /**
     * {@code s} in rows of at most {@code first} characters (the first row) and {@code rest} (the
     * others), not counting a space a row ends with: each row ends after the last space that lets
     * it fit (not one between a number and its unit), or, with none, after the last of
     * {@value #CODE_BREAKS} (outside a double-quoted string where there is one), or else where it is full. The
     * rows joined give {@code s} back; a text that fits is one row, an empty one one empty row.
     */
    public static List<String> wrap(String s, int first, int rest) {
        return wrap(s, first, rest, CODE_BREAKS);
    }

    /** The same, a row with no space to end at ending after the last of {@code breaks}. */
    public static List<String> wrap(String s, int first, int rest, String breaks) {
        List<String> rows = new ArrayList<>();
        int from = 0;
        int width = Math.max(1, first);
        while (s.length() - from > width && !(s.length() - from == width + 1 && s.endsWith(" "))) {
            int end = s.lastIndexOf(' ', from + width);
            if (end > from && (opensComment(s, end) || joinsUnit(s, end))) {
                // a comment's "#" or "//" goes down with its words, not left at the row's end; a
                // number stays with its unit ("197 ms", not "197" over "ms ago")
                int before = s.lastIndexOf(' ', end - 1);
                end = before > from ? before : end;
            }
            // after punctuation outside a quoted string first ("queue.result" reads as two words
            // broken at its dot), else inside one (a long path breaks after a slash, not mid-word)
            for (int pass = 0; pass < 2 && end < from; pass++) {
                for (int i = from + width - 1; end < from && i > from; i--) {
                    // never inside "==", "//" or "::"
                    if (breaks.indexOf(s.charAt(i)) >= 0 && CLOSERS.indexOf(s.charAt(i + 1)) < 0 && s.charAt(i + 1) != s.charAt(i)
                            && (pass == 1 || !inString(s, i))) {
                        end = i;
                    }
                }
            }
            end = end < from ? from + width : end + 1;
            rows.add(s.substring(from, end));
            from = end;
            width = Math.max(1, rest);
        }
        rows.add(s.substring(from));
        return rows;
    }

    /** Units a number keeps beside it. */
    private static final List<String> UNITS = List.of("ms", "s", "\u00b5s", "us", "ns", "min", "h", "B", "KB", "KiB",
            "MB", "MiB", "GB", "GiB", "%", "x", "\u00d7");

    /** Whether the space at {@code space} stands between a number and its unit. */
    private static boolean joinsUnit(String s, int space) {
        if (space < 1 || !Character.isDigit(s.charAt(space - 1))) {
            return false;
        }
        int end = space + 1;
        while (end < s.length() && s.charAt(end) != ' ' && ",.;:)]}".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return UNITS.contains(s.substring(space + 1, end));
    }

    /**
     * Whether {@code at} stands inside a double-quoted string ({@code "queue.result"} breaks at no
     * dot of its own: it reads as two words); a quote after a backslash does not count.
     */
    private static boolean inString(String s, int at) {
        boolean in = false;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                in = !in;
            }
        }
        return in;
    }

    /** Whether the space at {@code space} follows a comment's opening ("#", "//"). */
    private static boolean opensComment(String s, int space) {
        return s.charAt(space - 1) == '#' || space >= 2 && s.startsWith("//", space - 2);
    }
}
