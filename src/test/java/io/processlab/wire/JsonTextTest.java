package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
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

    @Test
    void writesWhatGsonWritesForAThousandRandomValues() throws IOException {
        Random r = new Random(7);
        for (int i = 0; i < 1000; i++) {
            JsonElement e = RandomJson.element(r, 0, true);
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
