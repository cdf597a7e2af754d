package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/** Random JSON values for the codec's tests: strings with escapes and odd characters, numbers of every kind. */
final class RandomJson {
    private static final char[] CHARS = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000',
        '\u001f', '\u007f', '<', '>', '&', '=', '\'', 'ã', 'ç', '€', '\u2028', '\u2029', '\ud83d', '\ude00', '\uffff', '✓'};

    private RandomJson() {
    }

    static String string(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x3000) : CHARS[r.nextInt(CHARS.length)]);
        }
        return sb.toString();
    }

    /**
     * A value nested at most a few levels. {@code anyNumber}: also numbers whose text is not the
     * one a message reads back ({@code 1.50}, {@code 12.5e3}, a float).
     */
    static JsonElement element(Random r, int depth, boolean anyNumber) {
        switch (depth > 3 ? r.nextInt(4) : r.nextInt(6)) {
            case 0:
                return new JsonPrimitive(string(r, r.nextInt(12)));
            case 1: {
                Number[] ns = anyNumber
                        ? new Number[] {r.nextLong(), r.nextInt(), r.nextDouble() * Math.pow(10, r.nextInt(40) - 20),
                            new BigInteger(100, r), (short) 7, (byte) -3, 2.5f, new BigDecimal("1.50"),
                            new LazilyParsedNumber("12.5e3"), -0.0}
                        : new Number[] {r.nextLong(), (long) r.nextInt(100), r.nextDouble() * 1e6, new BigInteger(90, r), -0.0, 1e-7};
                return new JsonPrimitive(ns[r.nextInt(ns.length)]);
            }
            case 2:
                return new JsonPrimitive(r.nextBoolean());
            case 3:
                return JsonNull.INSTANCE;
            case 4: {
                JsonArray a = new JsonArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(element(r, depth + 1, anyNumber));
                }
                return a;
            }
            default: {
                JsonObject o = new JsonObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.add(string(r, r.nextInt(6)), element(r, depth + 1, anyNumber));
                }
                return o;
            }
        }
    }
}
