package io.processlab.wire;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gson's parse errors in words for people, in English or Portuguese: "the text ends too early
 * (column 4)" rather than "java.io.EOFException: End of input at line 1 column 4 path $[1]".
 * Gson's reasons are sorted into {@link Reason}s, worded by the bundle {@code i18n/json}; no
 * text of Gson's own reaches a message.
 */
public final class JsonErrors {
    /** What is wrong with a JSON text; each has a text {@code json.reason.NAME} in {@code i18n/json}. */
    public enum Reason {
        /** Nothing but blanks. */
        EMPTY,
        /** The text stops inside a list, an object or before a value. */
        ENDS_EARLY,
        /** A string has no closing double quote. */
        UNCLOSED_STRING,
        /** A backslash escape that JSON does not have, or one cut short. */
        BAD_ESCAPE,
        /** A line break or tab typed inside a string. */
        CONTROL_CHARACTER,
        /** Another invisible character typed inside a string: a NUL, an escape character... */
        INVISIBLE_CHARACTER,
        /** A NUL character (a zero byte) where JSON text should be: a binary or damaged file. */
        NUL_CHARACTER,
        /** A number longer than Gson reads (over {@link Malformed#LONGEST_NUMBER} digits), valid JSON as it may be. */
        LONG_NUMBER,
        /** A list item is followed by neither ',' nor ']'. */
        LIST_NEEDS_COMMA,
        /** An object member is followed by neither ',' nor '}'. */
        OBJECT_NEEDS_COMMA,
        /** A key in double quotes was expected (often after a comma too many). */
        EXPECTED_NAME,
        /** A key is not followed by ':'. */
        EXPECTED_COLON,
        /** A value was expected (nothing, or a bracket that closes nothing). */
        EXPECTED_VALUE,
        /** A comma with no value after it: {@code [1,]}, {@code [1,,2]}. */
        EXTRA_COMMA,
        /** Text in 'single quotes'. */
        SINGLE_QUOTES,
        /** A comment: JSON has none. */
        COMMENT,
        /** Python's None, True or False. */
        PYTHON_WORD,
        /** A word without quotes that JSON does not know (NaN, an unquoted key...). */
        BARE_WORD,
        /** A number written as JSON does not allow: 01, 1., .5, +1, 1e. */
        NUMBER,
        /** Lists and objects nested deeper than {@link WireCodec#NESTING_LIMIT}. */
        TOO_DEEP,
        /** More text after the one value. */
        TRAILING,
        /** Not strict JSON, for a reason the text around it does not tell. */
        MALFORMED,
        /** Any other reason (a Gson message this class does not know). */
        OTHER;

        /** Its key in the bundle {@code i18n/json}. */
        public String key() {
            return "json.reason." + name();
        }
    }

    /**
     * What is wrong and where.
     *
     * @param line 1-based
     * @param column 1-based, as Gson counts it (just after the character it stopped at)
     */
    public record Problem(Reason reason, int line, int column) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The bundle of the words, under {@code resources/i18n/}. */
    public static final String BUNDLE = "i18n.json";

    private static final Pattern WHERE = Pattern.compile(" at line (\\d+) column (\\d+)");
    /** Gson's reasons, by how its message begins. */
    private static final List<Map.Entry<String, Reason>> GSON = List.of(
            Map.entry("End of input", Reason.ENDS_EARLY),
            Map.entry("Nesting limit", Reason.TOO_DEEP),
            Map.entry("Unterminated string", Reason.UNCLOSED_STRING),
            Map.entry("Unterminated escape", Reason.BAD_ESCAPE),
            Map.entry("Invalid escape", Reason.BAD_ESCAPE),
            Map.entry("Malformed Unicode escape", Reason.BAD_ESCAPE),
            Map.entry("Unescaped control characters", Reason.CONTROL_CHARACTER),
            Map.entry("Unterminated array", Reason.LIST_NEEDS_COMMA),
            Map.entry("Unterminated object", Reason.OBJECT_NEEDS_COMMA),
            Map.entry("Unterminated comment", Reason.COMMENT),
            Map.entry("Expected name", Reason.EXPECTED_NAME),
            Map.entry("Expected ':'", Reason.EXPECTED_COLON),
            Map.entry("Expected value", Reason.EXPECTED_VALUE),
            Map.entry("Unexpected value", Reason.EXPECTED_VALUE),
            Map.entry("Use JsonReader.setStrictness", Reason.MALFORMED),
            Map.entry("Use JsonReader.setLenient", Reason.MALFORMED));

    private JsonErrors() {
    }

    /**
     * The first problem in {@code text} read as one strict JSON value (as the wire reads it, with
     * its nesting limit), or null when it is one.
     */
    public static Problem check(String text) {
        if (text.isBlank()) {
            return new Problem(Reason.EMPTY, 1, 1);
        }
        JsonReader r = new JsonReader(new StringReader(text));
        r.setStrictness(Strictness.STRICT);
        r.setNestingLimit(WireCodec.NESTING_LIMIT);
        try {
            JsonParser.parseReader(r);
        } catch (JsonParseException | IllegalStateException e) {
            return of(e, text);
        }
        try {
            return r.peek() == JsonToken.END_DOCUMENT ? null : where(Reason.TRAILING, r.toString());
        } catch (IOException | IllegalStateException e) {
            return where(Reason.TRAILING, String.valueOf(e.getMessage()));
        }
    }

    /**
     * What a Gson failure means.
     *
     * @param text the text that was parsed, to tell what Gson calls "malformed" more precisely; may be null
     */
    public static Problem of(Throwable e, String text) {
        String msg = innermost(e);
        Reason reason = Reason.OTHER;
        for (Map.Entry<String, Reason> g : GSON) {
            if (msg.startsWith(g.getKey())) {
                reason = g.getValue();
                break;
            }
        }
        Problem p = where(reason, msg);
        if (reason == Reason.MALFORMED && text != null) {
            return new Problem(Malformed.reason(text, p.line(), p.column()), p.line(), p.column());
        }
        if (reason == Reason.CONTROL_CHARACTER && text != null) {
            String[] lines = text.split("\n", -1);
            return refine(p, p.line() <= lines.length ? lines[p.line() - 1] : "", 0);
        }
        return p;
    }

    /**
     * {@code p} with its reason told more precisely from the text where Gson stopped, for a
     * "malformed" text or a control character in a string: {@code lineText} is a part of the line
     * {@code p} is on, beginning after its first {@code offset} characters (a file is not kept
     * whole, so its reader gives the part of the line around the column).
     */
    public static Problem refine(Problem p, String lineText, int offset) {
        int column = p.column() - offset;
        Reason r = p.reason() == Reason.CONTROL_CHARACTER ? Malformed.control(lineText, column)
                : p.reason() == Reason.MALFORMED ? Malformed.reason(lineText, 1, column) : p.reason();
        return new Problem(r, p.line(), p.column());
    }

    /** What went wrong and where, in one line of English (for the wire's own errors). */
    public static String describe(Throwable e) {
        return say(of(e, null), Locale.ENGLISH);
    }

    /** The reason and where, in {@code locale}'s language: "the text ends too early (column 4)". */
    public static String say(Problem p, Locale locale) {
        String reason = reason(p.reason(), locale);
        return p.line() == 1
                ? text(locale, "json.at.column", reason, p.column())
                : text(locale, "json.at.line", reason, p.line(), p.column());
    }

    /** The reason alone, in {@code locale}'s language (Portuguese for any {@code pt} locale, else English). */
    public static String reason(Reason reason, Locale locale) {
        return reason == Reason.TOO_DEEP ? text(locale, reason.key(), WireCodec.NESTING_LIMIT) : text(locale, reason.key());
    }

    private static String text(Locale locale, String key, Object... args) {
        return Bundles.text(BUNDLE, locale, key, args);
    }

    private static String innermost(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }

    private static Problem where(Reason reason, String gsonMessage) {
        Matcher m = WHERE.matcher(gsonMessage);
        if (m.find()) {
            try {
                return new Problem(reason, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (NumberFormatException e) {
                return new Problem(reason, 1, 1);
            }
        }
        return new Problem(reason, 1, 1);
    }
}
