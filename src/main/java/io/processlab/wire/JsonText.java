package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compact JSON text, character for character what Gson's {@code JsonWriter} writes (strict, no
 * HTML escaping), without it: {@code JsonWriter} builds its escape table with
 * {@code String.format} and compiles a regular expression when its class loads, several
 * milliseconds of a child's start (WireCodecTest checks that the two agree). Also measures that
 * text without making it.
 */
final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** What an ASCII character becomes in a string; null: itself. */
    private static final String[] ESCAPES = new String[128];

    static {
        for (int c = 0; c < 32; c++) {
            ESCAPES[c] = new String(new char[] {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 15]});
        }
        ESCAPES['"'] = "\\\"";
        ESCAPES['\\'] = "\\\\";
        ESCAPES['\t'] = "\\t";
        ESCAPES['\b'] = "\\b";
        ESCAPES['\n'] = "\\n";
        ESCAPES['\r'] = "\\r";
        ESCAPES['\f'] = "\\f";
    }

    private JsonText() {
    }

    /** What {@code c} becomes inside a JSON string, or null when it stays itself. */
    private static String escape(char c) {
        if (c < 128) {
            return ESCAPES[c];
        }
        if (c == '\u2028') {
            return "\\u2028";
        }
        return c == '\u2029' ? "\\u2029" : null;
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        int last = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            String r = escape(s.charAt(i));
            if (r != null) {
                if (last < i) {
                    sb.append(s, last, i);
                }
                sb.append(r);
                last = i + 1;
            }
        }
        if (last < n) {
            sb.append(s, last, n);
        }
        sb.append('"');
    }

    /**
     * The text of a number, as JsonWriter checks it: no NaN or infinity, and a number class it
     * does not know must print a valid JSON number.
     */
    static String number(Number n) {
        String s = n.toString();
        Class<?> c = n.getClass();
        if (c == Long.class || c == Integer.class || c == Short.class || c == Byte.class || c == BigInteger.class
                || c == BigDecimal.class || c == AtomicInteger.class || c == AtomicLong.class) {
            return s;
        }
        if (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity")) {
            throw new IllegalArgumentException("Numeric values must be finite, but was " + s);
        }
        if (c != Double.class && c != Float.class && !isJsonNumber(s)) {
            throw new IllegalArgumentException("String created by " + c + " is not a valid JSON number: " + s);
        }
        return s;
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?} */
    static boolean isJsonNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            i = digits(s, i);
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int j = digits(s, i + 1);
            if (j == i + 1) {
                return false;
            }
            i = j;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int j = digits(s, i);
            if (j == i) {
                return false;
            }
            i = j;
        }
        return i == n;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    static void element(StringBuilder sb, JsonElement e) {
        if (e == null || e.isJsonNull()) {
            sb.append("null");
        } else if (e.isJsonPrimitive()) {
            JsonPrimitive p = (JsonPrimitive) e;
            if (p.isBoolean()) {
                sb.append(p.getAsBoolean() ? "true" : "false");
            } else if (p.isNumber()) {
                Number n = p.getAsNumber();
                if (n instanceof Long || n instanceof Integer) {
                    sb.append(n.longValue()); // the same digits, without a string in between
                } else {
                    sb.append(number(n));
                }
            } else {
                string(sb, p.getAsString());
            }
        } else if (e.isJsonArray()) {
            sb.append('[');
            boolean first = true;
            for (JsonElement x : (JsonArray) e) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                element(sb, x);
            }
            sb.append(']');
        } else {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonElement> x : ((JsonObject) e).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, x.getKey());
                sb.append(':');
                element(sb, x.getValue());
            }
            sb.append('}');
        }
    }

    /** The compact text of {@code e}. */
    static String of(JsonElement e) {
        StringBuilder sb = new StringBuilder();
        element(sb, e);
        return sb.toString();
    }

    /** Thrown to stop measuring once over the limit. */
    private static final class Over extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Over() {
            super(null, null, false, false);
        }
    }

    /**
     * The size of {@code e}'s text in UTF-8 (a lone surrogate counted as two bytes), counting no
     * further than {@code limit + 1}.
     */
    static long utf8Bytes(JsonElement e, long limit) {
        long[] n = {0};
        try {
            count(e, n, limit);
        } catch (Over over) {
            return limit + 1;
        }
        return n[0];
    }

    private static void add(long[] n, long bytes, long limit) {
        n[0] += bytes;
        if (n[0] > limit) {
            throw new Over();
        }
    }

    private static void count(JsonElement e, long[] n, long limit) {
        if (e == null || e.isJsonNull()) {
            add(n, 4, limit);
        } else if (e.isJsonPrimitive()) {
            JsonPrimitive p = (JsonPrimitive) e;
            if (p.isBoolean()) {
                add(n, p.getAsBoolean() ? 4 : 5, limit);
            } else if (p.isNumber()) {
                add(n, number(p.getAsNumber()).length(), limit);
            } else {
                add(n, stringBytes(p.getAsString()), limit);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = (JsonArray) e;
            add(n, 2 + Math.max(0, a.size() - 1), limit);
            for (JsonElement x : a) {
                count(x, n, limit);
            }
        } else {
            JsonObject o = (JsonObject) e;
            add(n, 2 + Math.max(0, o.size() - 1), limit);
            for (Map.Entry<String, JsonElement> x : o.entrySet()) {
                add(n, stringBytes(x.getKey()) + 1, limit);
                count(x.getValue(), n, limit);
            }
        }
    }

    private static long stringBytes(String s) {
        long b = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = escape(c);
            b += r != null ? r.length() : c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return b;
    }

    /**
     * A cheap upper bound of {@link #utf8Bytes}: six bytes a character of a string (the longest
     * escape), 24 a number. Under the limit, the exact size need not be counted.
     */
    static long bound(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return 4;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = (JsonPrimitive) e;
            if (p.isBoolean()) {
                return 5;
            }
            if (p.isNumber()) {
                Number num = p.getAsNumber();
                return num instanceof Long || num instanceof Integer || num instanceof Double ? 24 : number(num).length();
            }
            return 2 + 6L * p.getAsString().length();
        }
        if (e.isJsonArray()) {
            JsonArray a = (JsonArray) e;
            long b = 2 + a.size();
            for (JsonElement x : a) {
                b += bound(x);
            }
            return b;
        }
        JsonObject o = (JsonObject) e;
        long b = 2 + 2L * o.size();
        for (Map.Entry<String, JsonElement> x : o.entrySet()) {
            b += 2 + 6L * x.getKey().length() + bound(x.getValue());
        }
        return b;
    }
}
