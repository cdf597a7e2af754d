package io.processlab.wire;

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

    private static String reason(String gson) {
        if (gson.startsWith("End of input")) {
            return "it ends too early";
        }
        if (gson.startsWith("Nesting limit")) {
            return "it is nested more than " + WireCodec.NESTING_LIMIT + " levels deep";
        }
        if (gson.startsWith("Use JsonReader.setStrictness") || gson.startsWith("Use JsonReader.setLenient")) {
            return "this is not JSON (strings need double quotes; no comments, NaN or trailing text)";
        }
        if (gson.startsWith("Expected name")) {
            return "a name in double quotes is missing (a comma too many?)";
        }
        if (gson.startsWith("Expected value")) {
            return "a value is missing";
        }
        if (gson.startsWith("Unterminated string")) {
            return "a string is not closed";
        }
        if (gson.startsWith("Unterminated array")) {
            return "a list is not closed with ]";
        }
        if (gson.startsWith("Unterminated object")) {
            return "an object is not closed with }";
        }
        if (gson.startsWith("Expected ':'")) {
            return "a ':' is missing after a name";
        }
        return firstLine(gson);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl >= 0 ? s.substring(0, nl) : s;
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
