package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The fast path of {@link MessageJson#read}: parses a line in the form that {@link JsonText}
 * writes (compact JSON, values of the expected types), straight from the string. Anything else,
 * valid or not (whitespace, a quoted id, a control character in a string, deep nesting, bad
 * JSON), is left to Gson's strict reader, which accepts or refuses it and words the error: this
 * parser accepts nothing that one refuses, and reads what it accepts to the same message.
 *
 * <p>Why: Gson's reader allocates a buffer of 1024 characters and three stacks per line and is
 * long code to run before the JIT has compiled it; a message is decoded by every child and by
 * the parent for every call.
 */
final class MessageParser {
    /** Not in the fast form: let Gson read it. */
    static final class NotFast extends Exception {
        private static final long serialVersionUID = 1L;
        static final NotFast INSTANCE = new NotFast();

        private NotFast() {
            super(null, null, false, false);
        }
    }

    /** Deeper than this, Gson decides (its limit counts a little differently). */
    private static final int MAX_DEPTH = WireCodec.NESTING_LIMIT - 2;

    private final String s;
    private int i;

    private MessageParser(String s) {
        this.s = s;
    }

    /** The message of {@code line}, or NotFast. */
    static Message read(String line) throws NotFast {
        MessageParser p = new MessageParser(line);
        Message m = new Message(null);
        String type = null;
        p.expect('{');
        if (p.peek() != '}') {
            do {
                String key = p.string();
                p.expect(':');
                switch (key) {
                    case "type" -> type = p.string();
                    case "id" -> m.id = p.longValue();
                    case "pid" -> m.pid = p.longValue();
                    case "ppid" -> m.ppid = p.longValue();
                    case "target" -> m.target = p.nullableString();
                    case "name" -> m.name = p.nullableString();
                    case "object" -> m.object = p.nullableString();
                    case "op" -> m.op = p.nullableString();
                    case "args" -> m.args = p.value(1);
                    case "value" -> m.value = p.value(1);
                    case "error" -> m.error = p.error();
                    case "text" -> m.text = p.nullableString();
                    case "state" -> m.state = p.nullableString();
                    case "detail" -> m.detail = p.nullableString();
                    case "marker" -> m.marker = p.nullableString();
                    case "locale" -> m.locale = p.nullableString();
                    case "tempo" -> m.tempo = p.doubleValue();
                    case "code" -> m.code = p.intValue();
                    case "seen" -> m.seen = p.longValue();
                    default -> p.value(1);
                }
            } while (p.comma());
        }
        p.expect('}');
        if (p.i != line.length()) {
            throw NotFast.INSTANCE;
        }
        return m.withType(type);
    }

    private char peek() throws NotFast {
        if (i >= s.length()) {
            throw NotFast.INSTANCE;
        }
        return s.charAt(i);
    }

    private void expect(char c) throws NotFast {
        if (peek() != c) {
            throw NotFast.INSTANCE;
        }
        i++;
    }

    /** Takes a comma if one is next. */
    private boolean comma() throws NotFast {
        if (peek() == ',') {
            i++;
            return true;
        }
        return false;
    }

    private boolean literal(String word) {
        if (s.startsWith(word, i)) {
            i += word.length();
            return true;
        }
        return false;
    }

    private String nullableString() throws NotFast {
        return literal("null") ? null : string();
    }

    private String string() throws NotFast {
        expect('"');
        int start = i;
        int n = s.length();
        StringBuilder sb = null;
        while (true) {
            if (i >= n) {
                throw NotFast.INSTANCE;
            }
            char c = s.charAt(i);
            if (c == '"') {
                String out = sb == null ? s.substring(start, i) : sb.append(s, start, i).toString();
                i++;
                return out;
            }
            if (c < 0x20) {
                throw NotFast.INSTANCE;
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, start, i);
                sb.append(escaped());
                start = i;
            } else {
                i++;
            }
        }
    }

    /** The character an escape stands for; {@code i} at its backslash, after it on return. */
    private char escaped() throws NotFast {
        if (i + 1 >= s.length()) {
            throw NotFast.INSTANCE;
        }
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
            case '"', '\\', '/':
                return e;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u': {
                if (i + 4 > s.length()) {
                    throw NotFast.INSTANCE;
                }
                int v = 0;
                for (int k = 0; k < 4; k++) {
                    int d = hex(s.charAt(i + k));
                    if (d < 0) {
                        throw NotFast.INSTANCE;
                    }
                    v = v * 16 + d;
                }
                i += 4;
                return (char) v;
            }
            default:
                throw NotFast.INSTANCE;
        }
    }

    /** The literal text of a JSON number at {@code i}. */
    private String numberText() throws NotFast {
        int start = i;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            throw NotFast.INSTANCE;
        }
        char c = s.charAt(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            i = digits(i);
        } else {
            throw NotFast.INSTANCE;
        }
        if (i < n && s.charAt(i) == '.') {
            int j = digits(i + 1);
            if (j == i + 1) {
                throw NotFast.INSTANCE;
            }
            i = j;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int j = digits(i);
            if (j == i) {
                throw NotFast.INSTANCE;
            }
            i = j;
        }
        return s.substring(start, i);
    }

    /**
     * A number as MessageJson.number reads its text; a plain integer of up to 18 digits is read
     * in place (most of a pool's chunk), anything else through its text.
     */
    private Number number() throws NotFast {
        int start = i;
        int j = i;
        int n = s.length();
        boolean negative = j < n && s.charAt(j) == '-';
        if (negative) {
            j++;
        }
        int first = j;
        long v = 0;
        while (j < n && j - first < 18) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
            j++;
        }
        boolean plain = j > first && (s.charAt(first) != '0' || j == first + 1)
                && (j >= n || "0123456789.eE".indexOf(s.charAt(j)) < 0);
        if (plain) {
            i = j;
            return negative ? -v : v;
        }
        i = start;
        return MessageJson.number(numberText());
    }

    /** An ASCII hexadecimal digit's value, else -1 (JSON's \\u takes these only, as Gson's strict reader). */
    static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private int digits(int j) {
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        return j;
    }

    private static boolean integral(String t) {
        return t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0;
    }

    private long longValue() throws NotFast {
        String t = numberText();
        if (!integral(t)) {
            throw NotFast.INSTANCE;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException tooBig) {
            throw NotFast.INSTANCE;
        }
    }

    private int intValue() throws NotFast {
        long v = longValue();
        if (v != (int) v) {
            throw NotFast.INSTANCE;
        }
        return (int) v;
    }

    private double doubleValue() throws NotFast {
        double d = Double.parseDouble(numberText());
        if (Double.isInfinite(d)) {
            throw NotFast.INSTANCE; // Gson's strict reader refuses it
        }
        return d;
    }

    private RemoteError error() throws NotFast {
        if (literal("null")) {
            return null;
        }
        String kind = null;
        String message = null;
        expect('{');
        if (peek() != '}') {
            do {
                String key = string();
                expect(':');
                switch (key) {
                    case "kind" -> kind = nullableString();
                    case "message" -> message = nullableString();
                    default -> value(2);
                }
            } while (comma());
        }
        expect('}');
        return new RemoteError(kind, message);
    }

    /** Any JSON value, as MessageJson.readElement makes it. */
    private JsonElement value(int depth) throws NotFast {
        if (depth > MAX_DEPTH) {
            throw NotFast.INSTANCE;
        }
        char c = peek();
        switch (c) {
            case '[': {
                i++;
                JsonArray a = new JsonArray();
                if (peek() != ']') {
                    do {
                        a.add(value(depth + 1));
                    } while (comma());
                }
                expect(']');
                return a;
            }
            case '{': {
                i++;
                JsonObject o = new JsonObject();
                if (peek() != '}') {
                    do {
                        String name = string();
                        expect(':');
                        o.add(name, value(depth + 1));
                    } while (comma());
                }
                expect('}');
                return o;
            }
            case '"':
                return new JsonPrimitive(string());
            case 't':
                if (literal("true")) {
                    return new JsonPrimitive(true);
                }
                throw NotFast.INSTANCE;
            case 'f':
                if (literal("false")) {
                    return new JsonPrimitive(false);
                }
                throw NotFast.INSTANCE;
            case 'n':
                if (literal("null")) {
                    return JsonNull.INSTANCE;
                }
                throw NotFast.INSTANCE;
            default:
                return new JsonPrimitive(number());
        }
    }
}
