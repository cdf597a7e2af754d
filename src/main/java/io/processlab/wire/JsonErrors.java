package io.processlab.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gson's parse errors in words for people: "it ends too early at column 4" rather than
 * "java.io.EOFException: End of input at line 1 column 4 path $[1]".
 */
public final class JsonErrors {
    private static final Pattern WHERE = Pattern.compile("^(.*?) at line (\\d+) column (\\d+)(?: path \\S*)?(?:\\s.*)?$",
            Pattern.DOTALL);

    private JsonErrors() {
    }

    /** What went wrong and where, in one line. */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int see = msg.indexOf("\nSee https");
        if (see > 0) {
            msg = msg.substring(0, see);
        }
        Matcher m = WHERE.matcher(msg);
        if (!m.matches()) {
            return firstLine(msg);
        }
        String where = "1".equals(m.group(2)) ? "column " + m.group(3) : "line " + m.group(2) + ", column " + m.group(3);
        return reason(m.group(1)) + " at " + where;
    }

    /** Gson's reasons, by how they begin: a short code for each (the app words them in its language). */
    private static final Map<String, String> CODES = new LinkedHashMap<>();
    /** The codes in English words. */
    private static final Map<String, String> WORDS = Map.of(
            "end", "it ends too early",
            "deep", "it is nested more than " + WireCodec.NESTING_LIMIT + " levels deep",
            "malformed", "this is not JSON (strings need double quotes; no comments, NaN or trailing text)",
            "name", "a name in double quotes is missing (a comma too many?)",
            "value", "a value is missing",
            "unterminated", "a string, list or object is not closed",
            "colon", "a ':' is missing after a name");

    static {
        CODES.put("End of input", "end");
        CODES.put("Nesting limit", "deep");
        CODES.put("Use JsonReader.setStrictness", "malformed");
        CODES.put("Use JsonReader.setLenient", "malformed");
        CODES.put("Expected name", "name");
        CODES.put("Expected value", "value");
        CODES.put("Unterminated", "unterminated");
        CODES.put("Expected ':'", "colon");
    }

    /**
     * A short code for Gson's reason ({@code end}, {@code deep}, {@code malformed}, {@code name},
     * {@code value}, {@code unterminated}, {@code colon}), or null when it has none.
     */
    public static String code(String gsonMessage) {
        for (Map.Entry<String, String> c : CODES.entrySet()) {
            if (gsonMessage.startsWith(c.getKey()) || c.getValue().equals("malformed") && gsonMessage.contains("malformed")) {
                return c.getValue();
            }
        }
        return null;
    }

    private static String reason(String gson) {
        String code = code(gson);
        return code == null ? firstLine(gson) : WORDS.get(code);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl >= 0 ? s.substring(0, nl) : s;
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
