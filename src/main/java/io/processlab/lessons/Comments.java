package io.processlab.lessons;

import java.util.Locale;

/**
 * A listing's comments in the reader's language. A comment that has a Portuguese twin carries it
 * on the same line after {@code #pt:} (Python) or {@code //pt:} (Java):
 * {@code x = 1  # the first one #pt: o primeiro}. Read in English the twin is left out; in
 * Portuguese it takes the English text's place. One line stays one line, so that a Python run's
 * line numbers (those of the file as it is) still point at the same line.
 */
final class Comments {
    private Comments() {
    }

    /** {@code line} as read in {@code language}; {@code start} is the comment's opening, {@code "#"} or {@code "//"}. */
    static String in(String line, String start, Locale language) {
        int twin = line.indexOf(start + "pt:");
        if (twin < 0) {
            return line;
        }
        String english = line.substring(0, twin).stripTrailing();
        if (!"pt".equals(language.getLanguage())) {
            return english;
        }
        int own = english.lastIndexOf(start + " ");
        String code = own < 0 ? "" : english.substring(0, own);
        return code + start + " " + line.substring(twin + start.length() + 3).strip();
    }
}
