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

    /** Gson's reasons, by how they begin, in words. */
    private static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("End of input", "it ends too early");
        REASONS.put("Nesting limit", "it is nested more than " + WireCodec.NESTING_LIMIT + " levels deep");
        REASONS.put("Use JsonReader.setStrictness",
                "this is not JSON (strings need double quotes; no comments, NaN or trailing text)");
        REASONS.put("Use JsonReader.setLenient",
                "this is not JSON (strings need double quotes; no comments, NaN or trailing text)");
        REASONS.put("Expected name", "a name in double quotes is missing (a comma too many?)");
        REASONS.put("Expected value", "a value is missing");
        REASONS.put("Unterminated string", "a string is not closed");
        REASONS.put("Unterminated array", "a list is not closed with ]");
        REASONS.put("Unterminated object", "an object is not closed with }");
        REASONS.put("Expected ':'", "a ':' is missing after a name");
    }

    private static String reason(String gson) {
        for (Map.Entry<String, String> r : REASONS.entrySet()) {
            if (gson.startsWith(r.getKey())) {
                return r.getValue();
            }
        }
        return firstLine(gson);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl >= 0 ? s.substring(0, nl) : s;
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
