package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A value as Python would print it ({@code ['spam', 42, 'ovos']}, {@code {'name': 'João'}},
 * {@code None}, {@code set()}), so the output reads like the lesson's notebook: of a decoded
 * value ({@link #repr}) or straight from its encoded JSON, cut short ({@link #shortRepr}).
 * {@link Payloads} is the codec.
 */
public final class PyRepr {
    private PyRepr() {
    }

    /**
     * A short text of a value as Python would print it ({@code ['spam', 42, 'ovos']},
     * {@code {'name': 'João'}}), so the output reads like the lesson's notebook.
     */
    public static String repr(Object v) {
        StringBuilder sb = new StringBuilder();
        repr(v, sb, 0);
        return sb.toString();
    }

    private static void repr(Object v, StringBuilder sb, int depth) {
        if (depth > Payloads.MAX_DEPTH) {
            sb.append("...");
        } else if (v == null) {
            sb.append("None");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof String s) {
            str(s, sb);
        } else if (v instanceof Set<?> set) {
            if (set.isEmpty()) {
                sb.append("set()");
                return;
            }
            join(set, sb, depth, '{', '}');
        } else if (v instanceof Collection<?> c) {
            join(c, sb, depth, '[', ']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                repr(e.getKey(), sb, depth + 1);
                sb.append(": ");
                repr(e.getValue(), sb, depth + 1);
            }
            sb.append('}');
        } else if (v instanceof JsonElement e) {
            repr(Payloads.decode(e), sb, depth);
        } else if (v instanceof Handle h) {
            sb.append('<').append(h.kind()).append(' ').append(h.id()).append('>');
        } else {
            sb.append(v);
        }
    }

    /**
     * {@link #repr} of an encoded value, cut to {@code max} characters (the last three then
     * {@code ...}): read straight from the JSON and stopped once past {@code max}, so that a trace
     * detail of a 100,000-item list costs no more than one of three items.
     */
    public static String shortRepr(JsonElement e, int max) {
        StringBuilder sb = new StringBuilder(Math.min(max + 16, 128));
        reprJson(e, sb, 0, max);
        return sb.length() <= max ? sb.toString() : sb.substring(0, max - 3) + "...";
    }

    /** As {@code repr(decode(e))}, but stops once {@code sb} is longer than {@code max}. */
    private static void reprJson(JsonElement e, StringBuilder sb, int depth, int max) {
        if (depth > Payloads.MAX_DEPTH) {
            sb.append("...");
        } else if (e == null || e.isJsonNull()) {
            sb.append("None");
        } else if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                sb.append(p.getAsBoolean() ? "True" : "False");
            } else if (p.isString()) {
                str(p.getAsString(), sb);
            } else {
                sb.append(Payloads.numberValue(p));
            }
        } else if (e.isJsonArray()) {
            joinJson(e.getAsJsonArray(), sb, depth, max, '[', ']');
        } else {
            JsonObject o = e.getAsJsonObject();
            if (o.size() == 1 && o.has("$set") && o.get("$set").isJsonArray()) {
                JsonArray a = o.getAsJsonArray("$set");
                if (a.isEmpty()) {
                    sb.append("set()");
                } else {
                    joinJson(a, sb, depth, max, '{', '}');
                }
            } else if (o.size() == 1 && o.has("$map") && o.get("$map").isJsonArray()) {
                sb.append('{');
                boolean first = true;
                for (JsonElement x : o.getAsJsonArray("$map")) {
                    if (sb.length() > max) {
                        return;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    JsonArray pair = x.getAsJsonArray();
                    reprJson(pair.get(0), sb, depth + 1, max);
                    sb.append(": ");
                    reprJson(pair.get(1), sb, depth + 1, max);
                }
                sb.append('}');
            } else if (o.size() == 2 && o.has("$obj") && o.has("id")) {
                sb.append('<').append(o.get("$obj").getAsString()).append(' ').append(o.get("id").getAsString()).append('>');
            } else {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonElement> x : o.entrySet()) {
                    if (sb.length() > max) {
                        return;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    str(x.getKey(), sb);
                    sb.append(": ");
                    reprJson(x.getValue(), sb, depth + 1, max);
                }
                sb.append('}');
            }
        }
    }

    private static void joinJson(JsonArray a, StringBuilder sb, int depth, int max, char open, char close) {
        sb.append(open);
        boolean first = true;
        for (JsonElement x : a) {
            if (sb.length() > max) {
                return;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            reprJson(x, sb, depth + 1, max);
        }
        sb.append(close);
    }

    /** Python's quoting: single quotes, or double quotes when only single quotes occur inside. */
    private static void str(String s, StringBuilder sb) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == q) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        sb.append(q);
    }

    private static void join(Collection<?> c, StringBuilder sb, int depth, char open, char close) {
        sb.append(open);
        boolean first = true;
        for (Object x : c) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            repr(x, sb, depth + 1);
        }
        sb.append(close);
    }
}
