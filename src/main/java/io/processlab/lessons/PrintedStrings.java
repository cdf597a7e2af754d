package io.processlab.lessons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Python twin's printed strings in the reader's language. A line whose string literal is
 * printed carries the literal's Portuguese twin at the end of its comment, after
 * {@code #pt-print:}, as a Python literal of its own:
 * {@code print("Parent done")  #pt-print: "Pai terminou"}. Read (or run) in Portuguese the twin
 * takes the place of the line's first string literal, and of nothing else; in English the line
 * keeps its literal, and either way the annotation is left out. The file as it is stays a plain
 * program that prints English: to Python the annotation is a comment. One line stays one line,
 * so that a Python run's line numbers still point at the same line.
 *
 * <p>An annotation is applied only when it is whole: one single-line literal and nothing after it,
 * a literal in the line's code for it to replace, the same prefix as that one ({@code f},
 * {@code r}...), and for an f-string the same replacement fields, in any order (the Portuguese
 * prints the same values). Any other is left in the line as written, a comment the reader sees,
 * and the code keeps its English literal: the file still runs. {@link #problem} says what is wrong.
 */
final class PrintedStrings {
    /** What opens a printed string's Portuguese twin, inside the line's comment. */
    static final String MARKER = "#pt-print:";
    private static final String PREFIXES = "rubf";

    private PrintedStrings() {
    }

    /** Where a literal stands in a line: from its prefix to past its closing quote. */
    record Literal(int from, int to, String prefix, String body) {
    }

    /** A whole annotation: where its marker opens, the literal it replaces, and its Portuguese. */
    private record Annotation(int marker, Literal english, String portuguese) {
    }

    /** A line's annotation: whole, or why not; both null when the line has none. */
    private record Reading(Annotation whole, String problem) {
        static Reading bad(String why) {
            return new Reading(null, why);
        }
    }

    /** {@code line} as read or run in {@code language}. */
    static String in(String line, Locale language) {
        Annotation a = read(line).whole();
        if (a == null) {
            return line;
        }
        String rest = line.substring(0, a.marker()).stripTrailing();
        if (!Comments.portuguese(language)) {
            return rest;
        }
        return rest.substring(0, a.english().from()) + a.portuguese() + rest.substring(a.english().to());
    }

    /** What keeps {@code line}'s annotation from being applied, or null (a whole one, or none). */
    static String problem(String line) {
        return read(line).problem();
    }

    private static Reading read(String line) {
        int comment = Comments.opening(line, "#");
        int marker = comment < 0 ? -1 : line.indexOf(MARKER, comment);
        if (marker < 0) {
            return new Reading(null, null);
        }
        String text = line.substring(marker + MARKER.length()).strip();
        Literal pt = literalAt(text, 0);
        Literal en = first(line.substring(0, comment));
        if (pt == null) {
            return Reading.bad("the annotation is not one single-line string literal: " + text);
        } else if (!text.substring(pt.to()).isBlank()) {
            return Reading.bad("something follows the annotation's literal: " + text.substring(pt.to()).strip());
        } else if (en == null) {
            return Reading.bad("the line's code has no single-line string literal to replace");
        } else if (!sorted(en.prefix()).equals(sorted(pt.prefix()))) {
            return Reading.bad("the prefixes differ: '" + en.prefix() + "' and '" + pt.prefix() + "'");
        } else if (formatted(en) && !sameFields(en.body(), pt.body())) {
            return Reading.bad("the f-strings' fields differ: " + fields(en.body()) + " and " + fields(pt.body()));
        }
        return new Reading(new Annotation(marker, en, text.substring(0, pt.to())), null);
    }

    /** The first string literal in {@code code} (no comment in it), or null when there is none or it is not single-line. */
    static Literal first(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"') {
                int from = i;
                while (from > 0 && from > i - 2 && PREFIXES.indexOf(Character.toLowerCase(code.charAt(from - 1))) >= 0) {
                    from--;
                }
                // letters that end a name ("or" in or"x") are no prefix
                boolean named = from > 0 && Character.isJavaIdentifierPart(code.charAt(from - 1));
                return literalAt(code, named ? i : from);
            }
        }
        return null;
    }

    /**
     * The literal that starts at {@code from} (its prefix, then a quote), or null: none there, one
     * not closed on the line, or a triple-quoted one (which may go on past the line).
     */
    static Literal literalAt(String s, int from) {
        int q = from;
        while (q < s.length() && q - from < 2 && PREFIXES.indexOf(Character.toLowerCase(s.charAt(q))) >= 0) {
            q++;
        }
        if (q >= s.length() || s.charAt(q) != '\'' && s.charAt(q) != '"' || s.startsWith(s.substring(q, q + 1).repeat(3), q)) {
            return null;
        }
        char quote = s.charAt(q);
        for (int i = q + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return new Literal(from, i + 1, s.substring(from, q), s.substring(q + 1, i));
            }
        }
        return null;
    }

    private static boolean formatted(Literal l) {
        return l.prefix().toLowerCase(Locale.ROOT).indexOf('f') >= 0;
    }

    private static boolean sameFields(String a, String b) {
        List<String> fa = fields(a);
        List<String> fb = fields(b);
        return fa != null && fb != null && sorted(fa).equals(sorted(fb));
    }

    /** A prefix's letters in one order and case ({@code rf} and {@code Fr} are the same prefix). */
    private static String sorted(String s) {
        char[] c = s.toLowerCase(Locale.ROOT).toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    private static List<String> sorted(List<String> l) {
        List<String> out = new ArrayList<>(l);
        out.sort(null);
        return out;
    }

    /**
     * An f-string body's replacement fields, as written between their braces ({@code secs:.2f},
     * {@code x!r}); {@code {{} and {@code }}} are literal braces; null when a brace is not closed.
     */
    static List<String> fields(String body) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if ((c == '{' || c == '}') && body.startsWith(c == '{' ? "{{" : "}}", i)) {
                i += 2;
            } else if (c == '{') {
                int depth = 0;
                int end = -1;
                for (int j = i; j < body.length() && end < 0; j++) {
                    depth += body.charAt(j) == '{' ? 1 : body.charAt(j) == '}' ? -1 : 0;
                    end = depth == 0 ? j : -1;
                }
                if (end < 0) {
                    return null;
                }
                out.add(body.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
