package io.processlab.lessons;

/** A setting value that was refused: which key, what was typed, what is allowed. */
public final class SettingException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the value. */
    public enum Problem { UNKNOWN_KEY, NOT_A_WHOLE_NUMBER, NOT_A_NUMBER, NOT_A_BOOLEAN, OUT_OF_RANGE, TOO_LONG, BAD_JSON, MALFORMED }

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
                ? "unknown setting '" + key + "'; the settings are: " + allowedKeys
                : "malformed setting '" + key + "': write KEY=VALUE");
        this.spec = null;
        this.key = key;
        this.value = null;
        this.problem = problem;
    }

    private static String message(String key, String value, Problem p, String allowed, String detail) {
        String what = switch (p) {
            case NOT_A_WHOLE_NUMBER -> "is not a whole number";
            case NOT_A_NUMBER -> "is not a number";
            case NOT_A_BOOLEAN -> "is not true or false";
            case OUT_OF_RANGE -> "is out of range";
            case TOO_LONG -> "is too long";
            case BAD_JSON -> "is not valid JSON (" + detail + ")";
            default -> "is not allowed";
        };
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "setting '" + key + "': '" + shown + "' " + what + "; allowed: " + allowed;
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
