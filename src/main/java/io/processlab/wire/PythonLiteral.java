package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python literal, as the notebook writes its values ({@code ['spam', 42, 'ovos']}, {@code None},
 * {@code True}, {@code {'a': (1, 2)}}, {@code {'aa', 'bb'}}), read into the JSON that ProcessLab's
 * wire sends for the same value: a tuple becomes a list, a set {@code {"$set":[...]}}, a dict whose
 * keys are not all plain strings {@code {"$map":[[k,v],...]}} (see {@link Payloads}). What
 * {@code ast.literal_eval} reads for these types is read; anything else is not a literal.
 */
public final class PythonLiteral {
    private final String s;
    private int i;

    private PythonLiteral(String s) {
        this.s = s;
    }

    /** The value of {@code text} as JSON, or null when it is not one Python literal of these types. */
    public static JsonElement parse(String text) {
        PythonLiteral p = new PythonLiteral(text);
        try {
            JsonElement v = p.value(0);
            p.space();
            return p.i == p.s.length() ? v : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException notALiteral) {
            return null;
        }
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private boolean eat(char c) {
        space();
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private JsonElement value(int depth) {
        if (depth > WireCodec.NESTING_LIMIT) {
            throw new IllegalArgumentException("too deep");
        }
        space();
        char c = s.charAt(i);
        if (c == '[') {
            i++;
            return items(']', depth);
        }
        if (c == '(') {
            i++;
            int from = i;
            JsonArray t = items(')', depth);
            // (x) is x itself; a tuple of one is written (x,)
            return t.size() == 1 && !s.substring(from, i).stripTrailing().matches("(?s).*,\\s*\\)$") ? t.get(0) : t;
        }
        if (c == '{') {
            i++;
            return braces(depth);
        }
        if (c == '\'' || c == '"') {
            return new JsonPrimitive(string());
        }
        if (Character.isLetter(c)) {
            int from = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return switch (s.substring(from, i)) {
                case "True" -> new JsonPrimitive(true);
                case "False" -> new JsonPrimitive(false);
                case "None" -> JsonNull.INSTANCE;
                default -> throw new IllegalArgumentException("a name");
            };
        }
        return number();
    }

    private JsonArray items(char close, int depth) {
        JsonArray a = new JsonArray();
        while (!eat(close)) {
            a.add(value(depth + 1));
            if (!eat(',')) {
                if (!eat(close)) {
                    throw new IllegalArgumentException("expected , or " + close);
                }
                break;
            }
        }
        return a;
    }

    /** A dict or a set, after its '{'. */
    private JsonElement braces(int depth) {
        if (eat('}')) {
            return new JsonObject();
        }
        JsonElement first = value(depth + 1);
        if (eat(':')) {
            List<JsonElement[]> pairs = new ArrayList<>();
            pairs.add(new JsonElement[] {first, value(depth + 1)});
            while (eat(',')) {
                if (eat('}')) {
                    return dict(pairs);
                }
                JsonElement k = value(depth + 1);
                expect(':');
                pairs.add(new JsonElement[] {k, value(depth + 1)});
            }
            expect('}');
            return dict(pairs);
        }
        JsonArray members = new JsonArray();
        members.add(first);
        while (eat(',')) {
            if (eat('}')) {
                return set(members);
            }
            members.add(value(depth + 1));
        }
        expect('}');
        return set(members);
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw new IllegalArgumentException("expected " + c);
        }
    }

    private static JsonObject set(JsonArray members) {
        JsonObject o = new JsonObject();
        o.add("$set", members);
        return o;
    }

    private static JsonObject dict(List<JsonElement[]> pairs) {
        boolean plain = pairs.stream().allMatch(p -> p[0].isJsonPrimitive() && p[0].getAsJsonPrimitive().isString()
                && !p[0].getAsString().startsWith("$"));
        JsonObject o = new JsonObject();
        if (plain) {
            for (JsonElement[] p : pairs) {
                o.add(p[0].getAsString(), p[1]);
            }
            return o;
        }
        JsonArray a = new JsonArray();
        for (JsonElement[] p : pairs) {
            JsonArray pair = new JsonArray(2);
            pair.add(p[0]);
            pair.add(p[1]);
            a.add(pair);
        }
        o.add("$map", a);
        return o;
    }

    private String string() {
        char quote = s.charAt(i++);
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == quote) {
                return b.toString();
            }
            if (c == '\n') {
                throw new IllegalArgumentException("a line break in a string");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                case 'x' -> b.append(hex(2));
                case 'u' -> b.append(hex(4));
                case '\\', '\'', '"' -> b.append(e);
                default -> b.append('\\').append(e);
            }
        }
    }

    private char hex(int n) {
        int v = Integer.parseInt(s.substring(i, i + n), 16);
        i += n;
        return (char) v;
    }

    private JsonPrimitive number() {
        int from = i;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            i++;
        }
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || "._eE".indexOf(s.charAt(i)) >= 0
                || (s.charAt(i) == '-' || s.charAt(i) == '+') && "eE".indexOf(s.charAt(i - 1)) >= 0)) {
            i++;
        }
        String n = s.substring(from, i).replace("_", "");
        if (n.isEmpty() || n.equals("-") || n.equals("+")) {
            throw new IllegalArgumentException("not a value");
        }
        if (n.matches("[+-]?0\\d+")) {
            throw new IllegalArgumentException("leading zeros are not allowed in Python 3");
        }
        if (n.matches("[+-]?\\d+")) {
            return new JsonPrimitive(new BigInteger(n));
        }
        BigDecimal d = new BigDecimal(n); // throws NumberFormatException (an IllegalArgumentException) when wrong
        return new JsonPrimitive(d.doubleValue());
    }
}
