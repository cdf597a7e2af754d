package io.processlab.lessons;

import java.util.Locale;

/**
 * A listing's comments in the reader's language. A comment that has a Portuguese twin carries it
 * on the same line after {@code #pt:} (Python) or {@code //pt:} (Java):
 * {@code x = 1  # the first one #pt: o primeiro}. Read in English the twin is left out; in
 * Portuguese it takes the English text's place. One line stays one line, so that a Python run's
 * line numbers (those of the file as it is) still point at the same line. A comment's opening is
 * the first {@code #} or {@code //} outside a string literal; a twin is looked for only after it.
 */
final class Comments {
    private Comments() {
    }

    /** {@code line} as read in {@code language}; {@code start} is the comment's opening, {@code "#"} or {@code "//"}. */
    static String in(String line, String start, Locale language) {
        int comment = opening(line, start);
        if (comment < 0) {
            return line;
        }
        String marker = start + "pt:";
        int twin = line.indexOf(marker, comment);
        if (twin < 0) {
            return line;
        }
        String english = line.substring(0, twin).stripTrailing();
        if (!portuguese(language)) {
            return english;
        }
        String code = line.substring(0, comment);
        String portuguese = start + " " + line.substring(twin + marker.length()).strip();
        // a twin with no English text before it still keeps the code, a comment's gap after it
        return code.isBlank() || code.endsWith(" ") ? code + portuguese : code + "  " + portuguese;
    }

    /** Whether {@code language} reads the Portuguese twins (of comments, and of printed strings: {@link PrintedStrings}). */
    static boolean portuguese(Locale language) {
        return "pt".equals(language.getLanguage());
    }

    /** Where the line's comment opens: the first {@code start} outside a '…' or "…" literal, or -1. */
    static int opening(String line, String start) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (line.startsWith(start, i)) {
                return i;
            }
        }
        return -1;
    }
}
