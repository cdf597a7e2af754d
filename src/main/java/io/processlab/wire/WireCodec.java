package io.processlab.wire;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

/** Encodes {@link Message}s as compact single-line JSON and decodes them strictly. */
public final class WireCodec {
    /** How deeply a value may nest (lists in maps in lists...). */
    public static final int NESTING_LIMIT = 64;

    private static final Set<String> TYPES = Set.of(Message.SPAWN, Message.REPLY, Message.SHUTDOWN,
            Message.HELLO, Message.CALL, Message.CAST, Message.PRINT, Message.STATE, Message.STEP,
            Message.EXIT, Message.ERROR);

    /** Built on first use only: a child never needs it, and building it costs start-up time. */
    private static final class Holder {
        static final Gson GSON = new GsonBuilder()
                .disableHtmlEscaping()
                .setStrictness(Strictness.STRICT)
                .create();
    }

    private WireCodec() {
    }

    /** The shared strict Gson instance (no HTML escaping, nulls left out). */
    public static Gson gson() {
        return Holder.GSON;
    }

    /** One line of JSON, without the line end. JSON escapes any line break inside strings. */
    public static String encode(Message m) {
        return MessageJson.write(m);
    }

    /** Compact JSON of any element. */
    public static String encode(JsonElement e) {
        return JsonText.of(e);
    }

    /**
     * Parses one line strictly: it must be a single JSON object of a known message type and
     * nothing after it.
     */
    public static Message decode(String line) throws ProtocolException {
        if (line.isEmpty() || line.charAt(0) != '{') {
            throw new ProtocolException("not a JSON object: " + preview(line));
        }
        try {
            Message m = MessageJson.read(line);
            if (m.type() == null) {
                throw new ProtocolException("a message without a type: " + preview(line));
            }
            if (!TYPES.contains(m.type())) {
                throw new ProtocolException("unknown message type '" + m.type() + "'");
            }
            return m;
        } catch (JsonParseException | IOException | IllegalStateException | NumberFormatException e) {
            throw new ProtocolException("malformed JSON: " + shortReason(e) + " in " + preview(line), e);
        }
    }

    /** Parses any JSON text strictly, with the nesting limit; for user input such as a pipe message. */
    public static JsonElement parse(String text) throws ProtocolException {
        if (text.isBlank()) {
            throw new ProtocolException("there is no JSON value (the text is empty)");
        }
        try {
            JsonReader reader = reader(text);
            JsonElement e = MessageJson.readElement(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ProtocolException("there is text after the JSON value");
            }
            return e;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new ProtocolException(shortReason(e), e);
        }
    }

    private static JsonReader reader(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(NESTING_LIMIT);
        return reader;
    }

    private static String shortReason(Exception e) {
        return JsonErrors.describe(e);
    }

    /** The first 80 characters of a line, for messages. */
    public static String preview(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "...";
    }
}
