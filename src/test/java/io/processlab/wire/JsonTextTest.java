package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JsonText writes what Gson's JsonWriter writes, character for character, and measures it. */
class JsonTextTest {
    /** The reference: Gson's own writer, strict, without HTML escaping. */
    private static String gson(JsonElement e) throws IOException {
        StringWriter sw = new StringWriter();
        JsonWriter w = new JsonWriter(sw);
        w.setHtmlSafe(false);
        w.setStrictness(Strictness.STRICT);
        write(w, e);
        w.flush();
        return sw.toString();
    }

    private static void write(JsonWriter w, JsonElement e) throws IOException {
        if (e.isJsonNull()) {
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
            for (JsonElement x : e.getAsJsonArray()) {
                write(w, x);
            }
            w.endArray();
        } else {
            w.beginObject();
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                w.name(x.getKey());
                write(w, x.getValue());
            }
            w.endObject();
        }
    }

    private static String randomString(Random r, int len) {
        char[] pool = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f',
            '<', '>', '&', '=', '\'', 'ã', 'ç', '€', '\u2028', '\u2029', '\ud83d', '\ude00', '\uffff', '✓'};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x3000) : pool[r.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    private static JsonElement randomElement(Random r, int depth) {
        switch (depth > 3 ? r.nextInt(4) : r.nextInt(6)) {
            case 0:
                return new JsonPrimitive(randomString(r, r.nextInt(12)));
            case 1: {
                Number[] ns = {r.nextLong(), r.nextInt(), r.nextDouble() * Math.pow(10, r.nextInt(40) - 20),
                    new BigInteger(100, r), (short) 7, (byte) -3, 2.5f, new BigDecimal("1.50"), new LazilyParsedNumber("12.5e3"), -0.0};
                return new JsonPrimitive(ns[r.nextInt(ns.length)]);
            }
            case 2:
                return new JsonPrimitive(r.nextBoolean());
            case 3:
                return JsonNull.INSTANCE;
            case 4: {
                JsonArray a = new JsonArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(randomElement(r, depth + 1));
                }
                return a;
            }
            default: {
                JsonObject o = new JsonObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.add(randomString(r, r.nextInt(6)), randomElement(r, depth + 1));
                }
                return o;
            }
        }
    }

    @Test
    void writesWhatGsonWritesForAThousandRandomValues() throws IOException {
        Random r = new Random(7);
        for (int i = 0; i < 1000; i++) {
            JsonElement e = randomElement(r, 0);
            String expected = gson(e);
            assertEquals(expected, JsonText.of(e));
            long bytes = expected.getBytes(StandardCharsets.UTF_8).length;
            if (!expected.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                assertEquals(bytes, JsonText.utf8Bytes(e, Long.MAX_VALUE), expected);
            }
            assertEquals(bytes / 2 + 1, JsonText.utf8Bytes(e, bytes / 2), "counts no further than past the limit");
            org.junit.jupiter.api.Assertions.assertTrue(JsonText.bound(e) >= JsonText.utf8Bytes(e, Long.MAX_VALUE), expected);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesWhatJsonCannotSayAsGsonDoes(double d) {
        IllegalArgumentException mine = assertThrows(IllegalArgumentException.class, () -> JsonText.of(new JsonPrimitive(d)));
        IllegalArgumentException theirs = assertThrows(IllegalArgumentException.class, () -> gson(new JsonPrimitive(d)));
        assertEquals(theirs.getMessage(), mine.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "12", "1.5", "1e5", "-2.5E-3", "1E+2"})
    void validNumberTextsAreJsonNumbers(String s) {
        assertEquals(true, JsonText.isJsonNumber(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "0x10", "1.5.2", "NaN"})
    void otherTextsAreNot(String s) {
        assertEquals(false, JsonText.isJsonNumber(s));
    }
}
