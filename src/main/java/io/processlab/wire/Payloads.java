package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.Closeable;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What may be sent to another process, and how: the Java twin of pickle.
 *
 * <p>Plain data crosses: {@code null}, booleans, numbers, strings, characters, lists and arrays,
 * sets, maps, and handles of shared objects. A set travels as {@code {"$set":[...]}}, a map whose
 * keys are not all plain strings as {@code {"$map":[[k,v],...]}}, a handle as
 * {@code {"$obj":kind,"id":id}}. Everything else (a lambda, an open stream, a thread, a cycle)
 * is refused with a {@link NotSendableException} that says why. Decoding gives fresh copies:
 * a receiver never shares memory with the sender. How a value prints, as Python would print it,
 * is {@link PyRepr}'s.
 */
public final class Payloads {
    /** How deeply a value may nest. */
    public static final int MAX_DEPTH = WireCodec.NESTING_LIMIT - 4;
    /**
     * The most one value may take as JSON, in bytes: a protocol line may be {@link LineReader#DEFAULT_CAP}
     * long, and the message around the value needs a little room.
     */
    public static final int MAX_BYTES = LineReader.DEFAULT_CAP - 4096;

    private Payloads() {
    }

    /** Encodes a value, or throws {@link NotSendableException} (also when it is over {@link #MAX_BYTES}). */
    public static JsonElement encode(Object value) {
        return checkSize(encode(value, null, 0), value);
    }

    /** Encodes a list of values as a JSON array. */
    public static JsonArray encodeAll(List<?> values) {
        JsonArray a = new JsonArray(values.size());
        IdentityHashMap<Object, Boolean> path = new IdentityHashMap<>();
        for (Object v : values) {
            a.add(encode(v, path, 0)); // the list is the message's envelope, as an item's object is: not the value's depth
        }
        checkSize(a, values);
        return a;
    }

    /** The size of {@code e} as compact UTF-8 JSON, counting no further than {@code limit + 1}. */
    public static long jsonBytes(JsonElement e, long limit) {
        return JsonText.utf8Bytes(e, limit);
    }

    private static <T extends JsonElement> T checkSize(T e, Object value) {
        if (JsonText.bound(e) > MAX_BYTES && jsonBytes(e, MAX_BYTES) > MAX_BYTES) {
            throw new NotSendableException(NotSendableException.Reason.TOO_LARGE, typeOf(value),
                    "cannot send this " + typeOf(value) + ": it takes more than " + (MAX_BYTES >> 10)
                            + " KiB as JSON, the most one message may carry (send it in smaller parts)");
        }
        return e;
    }

    /** {@code path}: the containers being encoded around {@code v}; null until there is one. */
    private static JsonElement encode(Object v, IdentityHashMap<Object, Boolean> path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new NotSendableException(NotSendableException.Reason.TOO_DEEP, typeOf(v),
                    "cannot send a value nested more than " + MAX_DEPTH + " levels deep");
        }
        if (v == null) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof String s) {
            return new JsonPrimitive(s);
        }
        if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (v instanceof Character c) {
            return new JsonPrimitive(c.toString());
        }
        if (v instanceof Number n) {
            return number(n);
        }
        if (v instanceof Handle.Shareable s) {
            Handle h = s.handle();
            JsonObject o = new JsonObject();
            o.addProperty("$obj", h.kind());
            o.addProperty("id", h.id());
            return o;
        }
        if (v instanceof JsonElement e) {
            return e.deepCopy();
        }
        if (v instanceof Collection<?> || v instanceof Map<?, ?> || v.getClass().isArray()) {
            if (path == null) {
                path = new IdentityHashMap<>(); // a scalar needs none
            }
            if (path.put(v, Boolean.TRUE) != null) {
                throw new NotSendableException(NotSendableException.Reason.CYCLE, typeOf(v),
                        "cannot send a value that contains itself (this "
                                + typeOf(v) + " reaches itself)");
            }
            try {
                return container(v, path, depth);
            } finally {
                path.remove(v);
            }
        }
        throw notSendable(v);
    }

    private static JsonElement container(Object v, IdentityHashMap<Object, Boolean> path, int depth) {
        if (v instanceof Set<?> set) {
            JsonArray a = new JsonArray(set.size());
            for (Object x : set) {
                a.add(encode(x, path, depth + 1));
            }
            JsonObject o = new JsonObject();
            o.add("$set", a);
            return o;
        }
        if (v instanceof Collection<?> c) {
            JsonArray a = new JsonArray(c.size());
            for (Object x : c) {
                a.add(encode(x, path, depth + 1));
            }
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            boolean plainKeys = true;
            for (Object k : map.keySet()) {
                if (!(k instanceof String s) || s.startsWith("$")) {
                    plainKeys = false;
                    break;
                }
            }
            if (plainKeys) {
                JsonObject o = new JsonObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    o.add((String) e.getKey(), encode(e.getValue(), path, depth + 1));
                }
                return o;
            }
            JsonArray pairs = new JsonArray(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                JsonArray pair = new JsonArray(2);
                pair.add(encode(e.getKey(), path, depth + 2));
                pair.add(encode(e.getValue(), path, depth + 2));
                pairs.add(pair);
            }
            JsonObject o = new JsonObject();
            o.add("$map", pairs);
            return o;
        }
        int n = Array.getLength(v);
        JsonArray a = new JsonArray(n);
        for (int i = 0; i < n; i++) {
            a.add(encode(Array.get(v, i), path, depth + 1));
        }
        return a;
    }

    private static JsonElement number(Number n) {
        if (n instanceof Double d && (d.isNaN() || d.isInfinite())
                || n instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new NotSendableException(NotSendableException.Reason.NOT_A_NUMBER, typeOf(n),
                    "cannot send " + n + ": JSON has no NaN or infinity");
        }
        return new JsonPrimitive(n);
    }

    private static NotSendableException notSendable(Object v) {
        Class<?> c = v.getClass();
        String name = typeOf(v);
        if (c.isSynthetic() || c.getName().contains("$$Lambda") || c.isAnonymousClass()
                && c.getInterfaces().length == 1 && c.getInterfaces()[0].isAnnotationPresent(FunctionalInterface.class)) {
            return new NotSendableException(NotSendableException.Reason.LAMBDA, "lambda",
                    "cannot send a lambda: code does not travel between processes, only data"
                            + " (a child runs a target registered by name)");
        }
        if (v instanceof Closeable || v instanceof AutoCloseable || v instanceof Thread
                || v instanceof Process || v instanceof Iterator<?>) {
            return new NotSendableException(NotSendableException.Reason.RESOURCE, name,
                    "cannot send a " + name + ": it belongs to this process (an open stream,"
                            + " a thread or a process handle means nothing in another one)");
        }
        return new NotSendableException(NotSendableException.Reason.TYPE, name,
                "cannot send a " + name + ": only null, booleans, numbers, strings, lists,"
                        + " sets, maps and shared objects can cross a process boundary");
    }

    private static String typeOf(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName().isEmpty()
                ? v.getClass().getName() : v.getClass().getSimpleName();
    }

    /** Decodes a value; handles are turned into objects by {@code handles}. */
    public static Object decode(JsonElement e, Function<Handle, Object> handles) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isString()) {
                return p.getAsString();
            }
            return numberValue(p);
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            List<Object> list = new ArrayList<>(a.size());
            for (JsonElement x : a) {
                list.add(decode(x, handles));
            }
            return list;
        }
        JsonObject o = e.getAsJsonObject();
        if (o.size() == 1 && o.has("$set") && o.get("$set").isJsonArray()) {
            Set<Object> set = new LinkedHashSet<>();
            for (JsonElement x : o.getAsJsonArray("$set")) {
                set.add(decode(x, handles));
            }
            return set;
        }
        if (o.size() == 1 && o.has("$map") && o.get("$map").isJsonArray()) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (JsonElement x : o.getAsJsonArray("$map")) {
                JsonArray pair = x.getAsJsonArray();
                map.put(decode(pair.get(0), handles), decode(pair.get(1), handles));
            }
            return map;
        }
        if (o.size() == 2 && o.has("$obj") && o.has("id")) {
            return handles.apply(new Handle(o.get("$obj").getAsString(), o.get("id").getAsString()));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> x : o.entrySet()) {
            map.put(x.getKey(), decode(x.getValue(), handles));
        }
        return map;
    }

    /** Decodes plain data; a handle is kept as a {@link Handle}. */
    public static Object decode(JsonElement e) {
        return decode(e, h -> h);
    }

    static Object numberValue(JsonPrimitive p) {
        Number n = p.getAsNumber();
        Class<?> c = n.getClass();
        if (c == Long.class || c == Double.class) {
            return n; // what the text of either would be read back as
        }
        if (c == Integer.class || c == Short.class || c == Byte.class) {
            return n.longValue();
        }
        String s = p.getAsString();
        if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException tooBig) {
                return p.getAsBigInteger();
            }
        }
        return p.getAsDouble();
    }
}
