package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

/**
 * Reads {@link Message}s with Gson's streaming reader and writes them with {@link JsonText},
 * field by field: no reflection, so a child JVM starts without building reflective adapters
 * (measured: about a third of a child's start-up went to that).
 */
final class MessageJson {
    private MessageJson() {
    }

    static String write(Message m) {
        StringBuilder sb = new StringBuilder(96);
        sb.append("{\"type\":");
        if (m.type == null) {
            sb.append("null");
        } else {
            JsonText.string(sb, m.type);
        }
        num(sb, "id", m.id);
        num(sb, "pid", m.pid);
        num(sb, "ppid", m.ppid);
        str(sb, "target", m.target);
        str(sb, "name", m.name);
        str(sb, "object", m.object);
        str(sb, "op", m.op);
        element(sb, "args", m.args);
        element(sb, "value", m.value);
        if (m.error != null) {
            sb.append(",\"error\":{");
            int mark = sb.length();
            str(sb, "kind", m.error.kind());
            str(sb, "message", m.error.message());
            if (sb.length() > mark) {
                sb.deleteCharAt(mark); // the comma before the first field
            }
            sb.append('}');
        }
        str(sb, "text", m.text);
        str(sb, "state", m.state);
        str(sb, "detail", m.detail);
        str(sb, "marker", m.marker);
        str(sb, "locale", m.locale);
        num(sb, "tempo", m.tempo);
        num(sb, "code", m.code);
        num(sb, "seen", m.seen);
        return sb.append('}').toString();
    }

    private static void num(StringBuilder sb, String name, Number v) {
        if (v != null) {
            sb.append(",\"").append(name).append("\":").append(JsonText.number(v));
        }
    }

    private static void str(StringBuilder sb, String name, String v) {
        if (v != null) {
            sb.append(",\"").append(name).append("\":");
            JsonText.string(sb, v);
        }
    }

    private static void element(StringBuilder sb, String name, JsonElement e) {
        if (e != null) {
            sb.append(",\"").append(name).append("\":");
            JsonText.element(sb, e);
        }
    }

    /** Parses one message; the caller turns exceptions into protocol errors. */
    static Message read(String line) throws IOException {
        try {
            return MessageParser.read(line);
        } catch (MessageParser.NotFast notFast) {
            return readWithGson(line);
        }
    }

    /** Gson's strict reading: it decides what {@link MessageParser} leaves to it, and words the errors. */
    static Message readWithGson(String line) throws IOException {
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

    static Number number(String s) {
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
