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
     * it fit, or, with none, after the last of {@value #CODE_BREAKS}, or else where it is full. The
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
            if (end > from && opensComment(s, end)) {
                // a comment's "#" or "//" goes down with its words, not left at the row's end
                int before = s.lastIndexOf(' ', end - 1);
                end = before > from ? before : end;
            }
            for (int i = from + width - 1; end < from && i > from; i--) {
                // never inside "==", "//" or "::"
                if (breaks.indexOf(s.charAt(i)) >= 0 && CLOSERS.indexOf(s.charAt(i + 1)) < 0 && s.charAt(i + 1) != s.charAt(i)) {
                    end = i;
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

    /** Whether the space at {@code space} follows a comment's opening ("#", "//"). */
    private static boolean opensComment(String s, int space) {
        return s.charAt(space - 1) == '#' || space >= 2 && s.startsWith("//", space - 2);
    }
}
