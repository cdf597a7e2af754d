package io.processlab.lessons;

import io.processlab.api.Texts;
import io.processlab.wire.JsonErrors;
import io.processlab.wire.WireCodec;
import java.util.Locale;

/** A setting value that was refused: which key, what was typed, what is allowed. */
public final class SettingException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the value. */
    public enum Problem {
        UNKNOWN_KEY, EMPTY, NOT_A_WHOLE_NUMBER, NOT_A_NUMBER, NOT_A_BOOLEAN, OUT_OF_RANGE, TOO_LONG, BAD_JSON,
        TOO_DEEP, MALFORMED
    }

    private final transient SettingSpec spec;
    private final String key;
    private final String value;
    private final Problem problem;
    private final JsonErrors.Problem json;
    private final int depth;
    private final String allowedKeys;

    public SettingException(SettingSpec spec, String value, Problem problem) {
        this(spec, value, problem, null, 0);
    }

    /** Text that is not one JSON value ({@code BAD_JSON}), or nests past the parser's limit ({@code TOO_DEEP}). */
    public SettingException(SettingSpec spec, String value, JsonErrors.Problem json) {
        this(spec, value, json.reason() == JsonErrors.Reason.TOO_DEEP ? Problem.TOO_DEEP : Problem.BAD_JSON, json, 0);
    }

    /** A JSON value nested {@code depth} levels deep, more than may cross to a process. */
    public SettingException(SettingSpec spec, String value, int depth) {
        this(spec, value, Problem.TOO_DEEP, null, depth);
    }

    private SettingException(SettingSpec spec, String value, Problem problem, JsonErrors.Problem json, int depth) {
        super(spec.key());
        this.spec = spec;
        this.key = spec.key();
        this.value = value;
        this.problem = problem;
        this.json = json;
        this.depth = depth;
        this.allowedKeys = null;
    }

    /** A key that no setting has. */
    public SettingException(String key, String allowedKeys, Problem problem) {
        super(key);
        this.spec = null;
        this.key = key;
        this.value = null;
        this.problem = problem;
        this.json = null;
        this.depth = 0;
        this.allowedKeys = allowedKeys;
    }

    /** The message in English. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    /** The message in {@code locale}'s language: the key, what was typed, what is allowed. */
    public String message(Locale locale) {
        if (spec == null) {
            return Texts.get(locale, problem == Problem.UNKNOWN_KEY ? "setting.error.unknown" : "setting.error.malformed",
                    shown(key), allowedKeys);
        }
        String allowed = spec.allowed(locale);
        if (problem == Problem.EMPTY) {
            return Texts.get(locale, "setting.error.empty", key, allowed);
        }
        String what = switch (problem) {
            case NOT_A_WHOLE_NUMBER, NOT_A_NUMBER, NOT_A_BOOLEAN, OUT_OF_RANGE, TOO_LONG ->
                    Texts.get(locale, "setting.problem." + problem);
            case BAD_JSON -> Texts.get(locale, "setting.problem.BAD_JSON", JsonErrors.say(json, locale));
            case TOO_DEEP -> json != null
                    ? Texts.get(locale, "setting.problem.TOO_DEEP_LIMIT", WireCodec.NESTING_LIMIT)
                    : Texts.get(locale, "setting.problem.TOO_DEEP", depth);
            default -> Texts.get(locale, "setting.problem.OTHER");
        };
        return Texts.get(locale, "setting.error.value", key, shown(value), what, allowed);
    }

    /** The value as typed, cut at 40 characters, with line breaks and control characters made visible. */
    static String shown(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        StringBuilder sb = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public Problem problem() {
        return problem;
    }

    /** For {@code BAD_JSON}, and {@code TOO_DEEP} past the parser's limit: what is wrong and where; else null. */
    public JsonErrors.Problem json() {
        return json;
    }

    /** For {@code TOO_DEEP} within the parser's limit: how deeply the value nests; else 0. */
    public int depth() {
        return depth;
    }

    /** The setting's spec, or null for an unknown key. */
    public SettingSpec spec() {
        return spec;
    }
}
