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
     * others), not counting a space a row ends with: each row ends after a space that lets it fit
     * (not one between a number and its unit), or, with none, after one of {@value #CODE_BREAKS}
     * (outside a double-quoted string where there is one), or else where it is full. Of the places
     * in the row's last two thirds it takes the one least deep in brackets, the last of those: a value
     * stays whole ({@code 'list': [1, 2, 3]} goes down as one, not as {@code [1, 2,} over
     * {@code 3]}), a path breaks at a separator before a dot. The rows joined give {@code s} back;
     * a text that fits is one row, an empty one one empty row.
     */
    public static List<String> wrap(String s, int first, int rest) {
        return wrap(s, first, rest, CODE_BREAKS);
    }

    /** The same, a row with no space to end at ending after one of {@code breaks}. */
    public static List<String> wrap(String s, int first, int rest, String breaks) {
        List<String> rows = new ArrayList<>();
        int[] depth = depths(s);
        int from = 0;
        int width = Math.max(1, first);
        while (s.length() - from > width && !(s.length() - from == width + 1 && s.endsWith(" "))) {
            int end = space(s, from, width, depth);
            // after punctuation outside a quoted string first ("queue.result" reads as two words
            // broken at its dot), else inside one (a long path breaks after a slash, not mid-word)
            for (int pass = 0; pass < 2 && end < from; pass++) {
                end = mark(s, from, width, depth, breaks, pass == 1);
            }
            end = end < from ? from + width : end + 1;
            rows.add(s.substring(from, end));
            from = end;
            width = Math.max(1, rest);
        }
        rows.add(s.substring(from));
        return rows;
    }

    /**
     * Where the row from {@code from} ends at a space, or -1: a comment's "#" or "//" goes down with
     * its words and a number stays with its unit ("197 ms", not "197" over "ms ago") unless no
     * other space serves.
     */
    private static int space(String s, int from, int width, int[] depth) {
        int least = from + width / 3;
        int best = -1;
        int lastResort = -1;
        for (int i = s.lastIndexOf(' ', from + width); i > from; i = s.lastIndexOf(' ', i - 1)) {
            if (opensComment(s, i) || joinsUnit(s, i)) {
                lastResort = lastResort < 0 ? i : lastResort;
            } else if (best < 0 || i > least && spaceRank(s, i, depth) < spaceRank(s, best, depth)) {
                best = i;
            }
            if (i <= least && best >= 0) {
                break;
            }
        }
        return best >= 0 ? best : lastResort;
    }

    /** Where the row from {@code from} ends after one of {@code breaks} (inside a quoted string too, or not), or -1. */
    private static int mark(String s, int from, int width, int[] depth, String breaks, boolean inStrings) {
        int least = from + width / 3;
        int best = -1;
        for (int i = from + width - 1; i > from; i--) {
            // never inside "==", "//" or "::", nor before a closer
            boolean may = breaks.indexOf(s.charAt(i)) >= 0 && CLOSERS.indexOf(s.charAt(i + 1)) < 0
                    && s.charAt(i + 1) != s.charAt(i) && (inStrings || !inString(s, i));
            if (may && (best < 0 || i > least && rank(s, i, depth) < rank(s, best, depth))) {
                best = i;
            }
            if (i <= least && best >= 0) {
                break;
            }
        }
        return best;
    }

    /**
     * How good a break at the space {@code i} is (lower is better): its depth in brackets; inside
     * brackets one after a comma is better ({@code 'a': 1, / 'b': [2]}, not {@code 'a': 1, 'b': / [2]}).
     */
    private static int spaceRank(String s, int i, int[] depth) {
        return 2 * depth[i] + (depth[i] > 0 && ",;".indexOf(s.charAt(i - 1)) < 0 ? 1 : 0);
    }

    /**
     * How good a break after {@code i} is (lower is better): its depth in brackets, a break after
     * a separator ({@value #SEPARATORS}) a little better than after a dot or an opening bracket
     * (a class path at its ":" or ",", not inside a name).
     */
    private static int rank(String s, int i, int[] depth) {
        return 2 * depth[i + 1] + (SEPARATORS.indexOf(s.charAt(i)) >= 0 ? 0 : 1);
    }

    /** The breaks that end a part of a list or a path, not a part of a name. */
    private static final String SEPARATORS = ",;:/=";

    /** For each place in {@code s} (before each character, and the end), how deep in brackets it stands. */
    private static int[] depths(String s) {
        int[] out = new int[s.length() + 1];
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            out[i] = d;
            char c = s.charAt(i);
            if ("([{".indexOf(c) >= 0) {
                d++;
            } else if (")]}".indexOf(c) >= 0 && d > 0) {
                d--;
            }
        }
        out[s.length()] = d;
        return out;
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
