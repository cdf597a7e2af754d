package io.processlab.lessons;

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

    public SettingException(SettingSpec spec, String value, Problem problem) {
        this(spec, value, problem, null);
    }

    public SettingException(SettingSpec spec, String value, Problem problem, String detail) {
        super(message(spec.key(), value, problem, spec.allowed(), detail));
        this.spec = spec;
        this.key = spec.key();
        this.value = value;
        this.problem = problem;
    }

    /** A key that no setting has. */
    public SettingException(String key, String allowedKeys, Problem problem) {
        super(problem == Problem.UNKNOWN_KEY
                ? "unknown setting '" + shown(key) + "'; the settings are: " + allowedKeys
                : "malformed setting '" + shown(key) + "': write KEY=VALUE, one of: " + allowedKeys);
        this.spec = null;
        this.key = key;
        this.value = null;
        this.problem = problem;
    }

    private static String message(String key, String value, Problem p, String allowed, String detail) {
        if (p == Problem.EMPTY) {
            return "setting '" + key + "' is empty; allowed: " + allowed;
        }
        String what = switch (p) {
            case NOT_A_WHOLE_NUMBER -> "is not a whole number";
            case NOT_A_NUMBER -> "is not a number";
            case NOT_A_BOOLEAN -> "is not true or false";
            case OUT_OF_RANGE -> "is out of range";
            case TOO_LONG -> "is too long";
            case BAD_JSON -> "is not valid JSON: " + detail;
            case TOO_DEEP -> "is nested too deeply (" + detail + ")";
            default -> "is not allowed";
        };
        String shown = shown(value);
        return "setting '" + key + "': '" + shown + "' " + what + "; allowed: " + allowed;
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

    /** The setting's spec, or null for an unknown key. */
    public SettingSpec spec() {
        return spec;
    }
}
