package io.processlab.wire;

import java.util.Set;

/**
 * What Gson's "malformed JSON" (its strict mode refusing what its lenient mode would take) is,
 * told from the characters where Gson stopped: single quotes, a comment, a comma too many, a
 * Python word, a bare word, a number JSON does not allow.
 *
 * <p>Gson's column is one past a punctuation mark it consumed ({@code ' , ] ; / #}, the first
 * letter of an unquoted key), but at the first character of a bare value it did not consume
 * ({@code NaN}, {@code 01}). So the character before the column and the one at it are both looked at.
 */
final class Malformed {
    private static final Set<String> PYTHON = Set.of("None", "True", "False");

    private Malformed() {
    }

    static JsonErrors.Reason reason(String text, int line, int column) {
        int start = lineStart(text, line);
        if (start < 0) {
            return JsonErrors.Reason.MALFORMED;
        }
        int at = start + column - 1;
        char a = charAt(text, at);
        char b = charAt(text, at - 1);
        if (isNul(text, at) || isNul(text, at - 1)) {
            return JsonErrors.Reason.NUL_CHARACTER;
        }
        if (digits(text, at) > LONGEST_NUMBER || digits(text, at - 1) > LONGEST_NUMBER) {
            return JsonErrors.Reason.LONG_NUMBER;
        }
        if (a == '\'' || b == '\'') {
            return JsonErrors.Reason.SINGLE_QUOTES;
        }
        if (a == '/' || a == '#' || b == '/' || b == '#') {
            return JsonErrors.Reason.COMMENT;
        }
        if ((b == ',' || b == ']' || b == '}') && isEmptySlot(text, at - 1)) {
            return JsonErrors.Reason.EXTRA_COMMA;
        }
        if (b == '=') {
            return JsonErrors.Reason.EXPECTED_COLON;
        }
        String word = isLiteral(a) && !isLiteral(b) ? word(text, at) : isLiteral(b) ? word(text, at - 1) : "";
        if (word.isEmpty()) {
            return JsonErrors.Reason.MALFORMED;
        }
        char first = word.charAt(0);
        if (Character.isDigit(first) || first == '-' || first == '+' || first == '.') {
            return JsonErrors.Reason.NUMBER;
        }
        if (PYTHON.contains(word)) {
            return JsonErrors.Reason.PYTHON_WORD;
        }
        return Character.isLetter(first) ? JsonErrors.Reason.BARE_WORD : JsonErrors.Reason.MALFORMED;
    }

    /**
     * Gson reads a number only when it fits its buffer (1,024 characters); a longer one, valid
     * JSON, is what its strict mode calls malformed.
     */
    static final int LONGEST_NUMBER = 1000;

    /**
     * A "control character in a string" in words: a line break or a tab typed in it, or another
     * invisible one (a NUL, an escape...), from the characters around Gson's {@code column} of
     * {@code line} (one line of the text).
     */
    static JsonErrors.Reason control(String line, int column) {
        boolean other = false;
        for (int i = Math.max(0, column - 3); i < Math.min(line.length(), column + 2); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                return JsonErrors.Reason.CONTROL_CHARACTER;
            }
            other |= c < 0x20;
        }
        return other ? JsonErrors.Reason.INVISIBLE_CHARACTER : JsonErrors.Reason.CONTROL_CHARACTER;
    }

    private static boolean isNul(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) == 0;
    }

    /** How many digits run from {@code i} on (after a '-'), counting no further than one past the longest number. */
    private static int digits(String text, int i) {
        int j = i >= 0 && i < text.length() && text.charAt(i) == '-' ? i + 1 : i;
        int n = 0;
        while (j >= 0 && j < text.length() && Character.isDigit(text.charAt(j)) && n <= LONGEST_NUMBER) {
            j++;
            n++;
        }
        return n;
    }

    /** Whether the mark at {@code i} comes right after a ',' or an opening bracket: nothing between. */
    private static boolean isEmptySlot(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char c = text.charAt(j);
        return c == ',' || (text.charAt(i) == ',' && (c == '[' || c == '{'));
    }

    /** The bare word starting at {@code i}, cut at 20 characters. */
    private static String word(String text, int i) {
        int end = i;
        while (end < text.length() && end - i < 20 && isLiteral(text.charAt(end))) {
            end++;
        }
        return text.substring(i, end);
    }

    /** As Gson's own test: a character that may be part of an unquoted literal. */
    private static boolean isLiteral(char c) {
        return switch (c) {
            case 0, '/', '\\', ';', '#', '=', '{', '}', '[', ']', ':', ',', ' ', '\t', '\f', '\r', '\n', '"', '\'' -> false;
            default -> true;
        };
    }

    private static char charAt(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    /** The index where 1-based {@code line} starts (Gson counts lines at '\n'), or -1. */
    private static int lineStart(String text, int line) {
        int start = 0;
        for (int n = 1; n < line; n++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return -1;
            }
            start = nl + 1;
        }
        return start;
    }
}
