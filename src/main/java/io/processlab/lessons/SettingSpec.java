package io.processlab.lessons;

import io.processlab.api.Texts;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import io.processlab.wire.JsonErrors;
import io.processlab.wire.Payloads;
import io.processlab.wire.PythonLiteral;
import io.processlab.wire.ProtocolException;
import io.processlab.wire.WireCodec;
import java.util.Locale;

/**
 * One setting of a lesson: its key, type, default and allowed range.
 *
 * @param key the name used by {@code --set KEY=VALUE} and in trace files
 * @param type what kind of value it takes
 * @param defaultValue the seed's value
 * @param min the least allowed (numbers), or the least length (text)
 * @param max the most allowed (numbers), or the most length in characters (text, JSON)
 */
public record SettingSpec(String key, Type type, Object defaultValue, double min, double max) {
    /** The kinds of values a setting takes. */
    public enum Type { INT, DECIMAL, BOOL, TEXT, JSON }

    public static SettingSpec integer(String key, int def, int min, int max) {
        return new SettingSpec(key, Type.INT, def, min, max);
    }

    public static SettingSpec decimal(String key, double def, double min, double max) {
        return new SettingSpec(key, Type.DECIMAL, def, min, max);
    }

    public static SettingSpec bool(String key, boolean def) {
        return new SettingSpec(key, Type.BOOL, def, 0, 1);
    }

    public static SettingSpec text(String key, String def, int minLength, int maxLength) {
        return new SettingSpec(key, Type.TEXT, def, minLength, maxLength);
    }

    /** A JSON value given as text, at most {@code maxChars} long. */
    public static SettingSpec json(String key, String def, int maxChars) {
        return new SettingSpec(key, Type.JSON, def, 1, maxChars);
    }

    /** The allowed values in words, for messages: "1 to 64", "true or false". */
    public String allowed() {
        return allowed(Locale.ENGLISH);
    }

    /** The allowed values in words, in {@code locale}'s language. */
    public String allowed(Locale locale) {
        return switch (type) {
            case INT -> Texts.get(locale, "setting.allowed.range", whole((long) min, locale), whole((long) max, locale));
            case DECIMAL -> Texts.get(locale, "setting.allowed.range", fmt(min, locale), fmt(max, locale));
            case BOOL -> Texts.get(locale, "setting.allowed.bool");
            case TEXT -> Texts.get(locale, "setting.allowed.text", Long.toString((long) min), Long.toString((long) max));
            case JSON -> Texts.get(locale, "setting.allowed.json", whole((long) max, locale), Integer.toString(Payloads.MAX_DEPTH));
        };
    }

    /** A whole number as the language writes it: grouped from 10,000 on ("100,000", "100.000"), as {@link #parse} reads it back. */
    static String whole(long v, Locale locale) {
        return Math.abs(v) < 10_000 ? Long.toString(v) : java.text.NumberFormat.getIntegerInstance(locale).format(v);
    }

    /** A bound of a range as {@code locale} writes it: "100,000", "100.000", "0,5". */
    public static String number(double d, Locale locale) {
        return fmt(d, locale);
    }

    private static String fmt(double d, Locale locale) {
        if (d == Math.rint(d)) {
            return whole((long) d, locale);
        }
        return String.format(Locale.ROOT, "%s", d).replace('.', java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }

    /**
     * A whole number with its digits grouped as a person may type it: Python's {@code 100_000},
     * English {@code 100,000}, Portuguese {@code 100.000}, or groups apart by a space; anything
     * else as typed. Only groups of three after the first make a number ("1,5" stays not whole).
     */
    static String ungrouped(String s) {
        if (s.matches("[+-]?[0-9]+(_[0-9]+)+")) {
            return s.replace("_", "");
        }
        if (s.matches("[+-]?[0-9]{1,3}([,.\\u00A0\\u202F ][0-9]{3})+") && s.replaceAll("[0-9+-]", "").chars().distinct().count() == 1) {
            return s.replaceAll("[,.\\u00A0\\u202F ]", "");
        }
        return s;
    }

    /**
     * Parses and checks a value typed by a person.
     *
     * @throws SettingException naming the key and what is allowed
     */
    public Object parse(String raw) throws SettingException {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty() && !(type == Type.TEXT && min == 0)) {
            throw new SettingException(this, s, SettingException.Problem.EMPTY);
        }
        switch (type) {
            case INT -> {
                long v;
                try {
                    v = Long.parseLong(ungrouped(s));
                } catch (NumberFormatException e) {
                    throw new SettingException(this, s, ungrouped(s).matches("[+-]?[0-9]+")
                            ? SettingException.Problem.OUT_OF_RANGE : SettingException.Problem.NOT_A_WHOLE_NUMBER);
                }
                if (v < min || v > max) {
                    throw new SettingException(this, s, SettingException.Problem.OUT_OF_RANGE);
                }
                return (int) v;
            }
            case DECIMAL -> {
                double v;
                try {
                    v = Double.parseDouble(s.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new SettingException(this, s, SettingException.Problem.NOT_A_NUMBER);
                }
                if (Double.isNaN(v) || s.endsWith("d") || s.endsWith("D") || s.endsWith("f") || s.endsWith("F")) {
                    throw new SettingException(this, s, SettingException.Problem.NOT_A_NUMBER);
                }
                if (!(v >= min && v <= max)) {
                    throw new SettingException(this, s, SettingException.Problem.OUT_OF_RANGE);
                }
                return v;
            }
            case BOOL -> {
                String l = s.toLowerCase(Locale.ROOT);
                if (l.equals("true") || l.equals("on") || l.equals("yes") || l.equals("sim") || l.equals("1")) {
                    return true;
                }
                if (l.equals("false") || l.equals("off") || l.equals("no") || l.equals("não") || l.equals("nao") || l.equals("0")) {
                    return false;
                }
                throw new SettingException(this, s, SettingException.Problem.NOT_A_BOOLEAN);
            }
            case TEXT -> {
                if (seen(s) > max) {
                    throw new SettingException(this, s, SettingException.Problem.TOO_LONG);
                }
                if (seen(s) < min) {
                    throw new SettingException(this, s, SettingException.Problem.OUT_OF_RANGE);
                }
                return s;
            }
            case JSON -> {
                if (seen(s) > max) {
                    throw new SettingException(this, s, SettingException.Problem.TOO_LONG);
                }
                JsonErrors.Problem wrong = JsonErrors.check(s);
                JsonElement parsed;
                if (wrong != null) {
                    // the notebook's own literals: ['spam', 42, 'ovos'], None, True, (1, 2), {'aa', 'bb'}
                    parsed = PythonLiteral.parse(s);
                    if (parsed == null) {
                        throw new SettingException(this, s, wrong);
                    }
                } else {
                    try {
                        parsed = WireCodec.parse(s);
                    } catch (ProtocolException e) {
                        throw new SettingException(this, s, JsonErrors.of(e, s));
                    }
                }
                int depth = depth(parsed);
                if (depth > Payloads.MAX_DEPTH) {
                    throw new SettingException(this, s, depth);
                }
                return parsed;
            }
            default -> throw new IllegalStateException();
        }
    }

    private static final java.util.regex.Pattern GRAPHEME = java.util.regex.Pattern.compile("\\X");

    /**
     * The length of {@code s} as a person sees it: its characters (extended grapheme clusters), so
     * that an emoji, a flag or an accented letter typed as two code points counts as one.
     */
    static long seen(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 0x300; // no combining mark, surrogate or joiner: one char, one character
        }
        return plain ? s.length() : GRAPHEME.matcher(s).results().count();
    }

    /** How deeply lists and objects nest in {@code e}: 0 for a plain value. */
    static int depth(JsonElement e) {
        int d = 0;
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                d = Math.max(d, depth(x));
            }
            return d + 1;
        }
        if (e.isJsonObject()) {
            for (java.util.Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                d = Math.max(d, depth(x.getValue()));
            }
            return d + 1;
        }
        return 0;
    }

    /** The default as text, as a person would type it. */
    public String defaultText() {
        return String.valueOf(defaultValue);
    }

    /** The value as JSON, for the trace file's settings. */
    public static JsonElement toJson(Object v) {
        if (v instanceof JsonElement e) {
            return e;
        }
        if (v instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        return new JsonPrimitive(String.valueOf(v));
    }
}
