package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Reads and writes {@link Message}s with Gson's streaming API, field by field: no reflection,
 * so a child JVM starts without building reflective adapters (measured: about a third of a
 * child's start-up went to that).
 */
final class MessageJson {
    private MessageJson() {
    }

    static String write(Message m) {
        StringWriter sw = new StringWriter(96);
        try {
            JsonWriter w = new JsonWriter(sw);
            w.setHtmlSafe(false);
            w.setStrictness(Strictness.STRICT);
            w.beginObject();
            w.name("type").value(m.type);
            num(w, "id", m.id);
            num(w, "pid", m.pid);
            num(w, "ppid", m.ppid);
            str(w, "target", m.target);
            str(w, "name", m.name);
            str(w, "object", m.object);
            str(w, "op", m.op);
            element(w, "args", m.args);
            element(w, "value", m.value);
            if (m.error != null) {
                w.name("error").beginObject();
                str(w, "kind", m.error.kind());
                str(w, "message", m.error.message());
                w.endObject();
            }
            str(w, "text", m.text);
            str(w, "state", m.state);
            str(w, "detail", m.detail);
            str(w, "marker", m.marker);
            str(w, "locale", m.locale);
            num(w, "tempo", m.tempo);
            num(w, "code", m.code);
            num(w, "seen", m.seen);
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return sw.toString();
    }

    private static void num(JsonWriter w, String name, Number v) throws IOException {
        if (v != null) {
            w.name(name).value(v);
        }
    }

    private static void str(JsonWriter w, String name, String v) throws IOException {
        if (v != null) {
            w.name(name).value(v);
        }
    }

    private static void element(JsonWriter w, String name, JsonElement e) throws IOException {
        if (e != null) {
            w.name(name);
            writeElement(w, e);
        }
    }

    static void writeElement(JsonWriter w, JsonElement e) throws IOException {
        if (e == null || e.isJsonNull()) {
            w.nullValue();
        } else if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                w.value(p.getAsBoolean());
            } else if (p.isNumber()) {
                w.value(p.getAsNumber());
            } else {
                w.value(p.getAsString());
            }
        } else if (e.isJsonArray()) {
            w.beginArray();
            for (JsonElement x : (JsonArray) e) {
                writeElement(w, x);
            }
            w.endArray();
        } else {
            w.beginObject();
            for (Map.Entry<String, JsonElement> x : ((JsonObject) e).entrySet()) {
                w.name(x.getKey());
                writeElement(w, x.getValue());
            }
            w.endObject();
        }
    }

    /** Parses one message; the caller turns exceptions into protocol errors. */
    static Message read(String line) throws IOException {
        JsonReader r = new JsonReader(new StringReader(line));
        r.setStrictness(Strictness.STRICT);
        r.setNestingLimit(WireCodec.NESTING_LIMIT);
        String type = null;
        Message m = new Message(null);
        r.beginObject();
        while (r.hasNext()) {
            String key = r.nextName();
            switch (key) {
                case "type" -> type = r.nextString();
                case "id" -> m.id = r.nextLong();
                case "pid" -> m.pid = r.nextLong();
                case "ppid" -> m.ppid = r.nextLong();
                case "target" -> m.target = nullableString(r);
                case "name" -> m.name = nullableString(r);
                case "object" -> m.object = nullableString(r);
                case "op" -> m.op = nullableString(r);
                case "args" -> m.args = readElement(r);
                case "value" -> m.value = readElement(r);
                case "error" -> m.error = error(r);
                case "text" -> m.text = nullableString(r);
                case "state" -> m.state = nullableString(r);
                case "detail" -> m.detail = nullableString(r);
                case "marker" -> m.marker = nullableString(r);
                case "locale" -> m.locale = nullableString(r);
                case "tempo" -> m.tempo = r.nextDouble();
                case "code" -> m.code = r.nextInt();
                case "seen" -> m.seen = r.nextLong();
                default -> r.skipValue();
            }
        }
        r.endObject();
        if (r.peek() != JsonToken.END_DOCUMENT) {
            throw new IOException("text after the JSON object");
        }
        return m.withType(type);
    }

    /** Reads any JSON value as a tree (without Gson's reflective machinery). */
    static JsonElement readElement(JsonReader r) throws IOException {
        switch (r.peek()) {
            case BEGIN_ARRAY -> {
                JsonArray a = new JsonArray();
                r.beginArray();
                while (r.hasNext()) {
                    a.add(readElement(r));
                }
                r.endArray();
                return a;
            }
            case BEGIN_OBJECT -> {
                JsonObject o = new JsonObject();
                r.beginObject();
                while (r.hasNext()) {
                    String name = r.nextName();
                    o.add(name, readElement(r));
                }
                r.endObject();
                return o;
            }
            case STRING -> {
                return new JsonPrimitive(r.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(number(r.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(r.nextBoolean());
            }
            case NULL -> {
                r.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new IOException("unexpected " + r.peek() + " at " + r.getPath());
        }
    }

    private static Number number(String s) {
        if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException big) {
                return new java.math.BigInteger(s);
            }
        }
        return Double.parseDouble(s);
    }

    private static String nullableString(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        return r.nextString();
    }

    private static RemoteError error(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        String kind = null;
        String message = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "kind" -> kind = nullableString(r);
                case "message" -> message = nullableString(r);
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new RemoteError(kind, message);
    }
}
