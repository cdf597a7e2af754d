package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadsTest {
    private static <K, V> Map<K, V> map(Object... kv) {
        Map<K, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            K k = (K) kv[i];
            @SuppressWarnings("unchecked")
            V v = (V) kv[i + 1];
            m.put(k, v);
        }
        return m;
    }

    private static Object nestedList(int depth) {
        Object v = "bottom";
        for (int i = 0; i < depth; i++) {
            v = new ArrayList<>(List.of(v));
        }
        return v;
    }

    /** Shared-object stand-in: what a proxy looks like to the encoder. */
    private record FakeProxy(Handle handle) implements Handle.Shareable {
    }

    static Stream<Arguments> sendable() {
        return Stream.of(
                Arguments.of("null", null, null),
                Arguments.of("true", true, true),
                Arguments.of("false", false, false),
                Arguments.of("int becomes long", 42, 42L),
                Arguments.of("negative long", -7L, -7L),
                Arguments.of("largest long", Long.MAX_VALUE, Long.MAX_VALUE),
                Arguments.of("big integer", new BigInteger("123456789012345678901234567890"),
                        new BigInteger("123456789012345678901234567890")),
                Arguments.of("double", 3.25, 3.25),
                Arguments.of("whole double stays a double", 2.0, 2.0),
                Arguments.of("float becomes double", 1.5f, 1.5),
                Arguments.of("string", "spam", "spam"),
                Arguments.of("unicode and line breaks", "João ✓ 𝄞\nsecond line", "João ✓ 𝄞\nsecond line"),
                Arguments.of("char becomes string", 'x', "x"),
                Arguments.of("seed's list", Arrays.asList("spam", 42, "ovos"), List.of("spam", 42L, "ovos")),
                Arguments.of("empty list", List.of(), List.of()),
                Arguments.of("list with null", Arrays.asList(1L, null), Arrays.asList(1L, null)),
                Arguments.of("int array", new int[] {1, 2, 3}, List.of(1L, 2L, 3L)),
                Arguments.of("object array", new Object[] {"a", List.of(true)}, List.of("a", List.of(true))),
                Arguments.of("set", new LinkedHashSet<>(List.of("ss", "pp", "aa", "mm")), Set.of("ss", "pp", "aa", "mm")),
                Arguments.of("empty set", Set.of(), Set.of()),
                Arguments.of("set of lists", Set.of(List.of(1L, 2L)), Set.of(List.of(1L, 2L))),
                Arguments.of("seed's dict", map("name", "João", "spam", 42), map("name", "João", "spam", 42L)),
                Arguments.of("empty map", Map.of(), Map.of()),
                Arguments.of("map with long keys", map(1L, "one", 2L, "two"), map(1L, "one", 2L, "two")),
                Arguments.of("map with mixed keys", map("a", 1L, 2L, "b"), map("a", 1L, 2L, "b")),
                Arguments.of("map with list keys", map(List.of(1L, 2L), "pair"), map(List.of(1L, 2L), "pair")),
                Arguments.of("map whose key looks like a marker", map("$set", List.of(1L)), map("$set", List.of(1L))),
                Arguments.of("map with null key", map(null, "nothing"), map(null, "nothing")),
                Arguments.of("nested", map("xs", List.of(map("k", Set.of(1L)))), map("xs", List.of(map("k", Set.of(1L))))),
                Arguments.of("shared twice is not a cycle", Arrays.asList(List.of(1L), List.of(1L)), List.of(List.of(1L), List.of(1L))),
                Arguments.of("deep but within the limit", nestedList(Payloads.MAX_DEPTH - 1), nestedList(Payloads.MAX_DEPTH - 1)),
                Arguments.of("shared object's handle", new FakeProxy(new Handle("Lock", "lock-2")), new Handle("Lock", "lock-2")),
                Arguments.of("JSON element", new JsonPrimitive("raw"), "raw"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sendable")
    void sendableValuesRoundTrip(String what, Object value, Object expected) throws Exception {
        JsonElement encoded = Payloads.encode(value);
        // through the wire too: the encoding must survive a strict parse of its text
        JsonElement wire = WireCodec.parse(WireCodec.encode(encoded));
        assertEquals(expected, Payloads.decode(wire), what);
    }

    @Test
    void setsAndNonStringKeyMapsAreTagged() {
        assertEquals("{\"$set\":[\"a\"]}", WireCodec.encode(Payloads.encode(Set.of("a"))));
        assertEquals("{\"$map\":[[1,\"one\"]]}", WireCodec.encode(Payloads.encode(Map.of(1L, "one"))));
        assertEquals("{\"$obj\":\"Queue\",\"id\":\"tasks\"}",
                WireCodec.encode(Payloads.encode(new FakeProxy(new Handle("Queue", "tasks")))));
    }

    @Test
    void decodingGivesACopyTheSenderCannotChange() {
        List<Object> original = new ArrayList<>(List.of("a"));
        JsonElement sent = Payloads.encode(original);
        original.add("b");
        Object received = Payloads.decode(sent);
        assertEquals(List.of("a"), received);
        assertNotSame(original, received);
    }

    @Test
    void handlesBecomeWhatTheResolverMakes() {
        JsonElement e = Payloads.encode(List.of(new FakeProxy(new Handle("Event", "ev"))));
        Function<Handle, Object> resolver = h -> "proxy of " + h.id();
        assertEquals(List.of("proxy of ev"), Payloads.decode(e, resolver));
    }

    @Test
    void encodeAllEncodesEachArgument() {
        assertEquals("[\"a\",1,{\"$set\":[true]}]",
                WireCodec.encode(Payloads.encodeAll(Arrays.asList("a", 1, Set.of(true)))));
    }

    static Stream<Arguments> unsendable() {
        List<Object> cyclicList = new ArrayList<>();
        cyclicList.add("x");
        cyclicList.add(cyclicList);
        Map<String, Object> cyclicMap = new LinkedHashMap<>();
        cyclicMap.put("inner", List.of(cyclicMap));
        Object[] cyclicArray = new Object[1];
        cyclicArray[0] = cyclicArray;
        Runnable lambda = () -> { };
        Supplier<String> methodRef = String::new;
        Runnable anonymous = new Runnable() {
            @Override
            public void run() {
            }
        };
        return Stream.of(
                Arguments.of("lambda", lambda, NotSendableException.Reason.LAMBDA, "lambda"),
                Arguments.of("method reference", methodRef, NotSendableException.Reason.LAMBDA, "lambda"),
                Arguments.of("anonymous Runnable", anonymous, NotSendableException.Reason.LAMBDA, "lambda"),
                Arguments.of("lambda inside a list", List.of(1, lambda), NotSendableException.Reason.LAMBDA, "lambda"),
                Arguments.of("InputStream", new ByteArrayInputStream(new byte[0]), NotSendableException.Reason.RESOURCE, "stream"),
                Arguments.of("Thread", new Thread(() -> { }), NotSendableException.Reason.RESOURCE, "thread"),
                Arguments.of("iterator", List.of(1).iterator(), NotSendableException.Reason.RESOURCE, "belongs to this process"),
                Arguments.of("cyclic list", cyclicList, NotSendableException.Reason.CYCLE, "contains itself"),
                Arguments.of("cyclic map", cyclicMap, NotSendableException.Reason.CYCLE, "contains itself"),
                Arguments.of("cyclic array", cyclicArray, NotSendableException.Reason.CYCLE, "contains itself"),
                Arguments.of("NaN", Double.NaN, NotSendableException.Reason.NOT_A_NUMBER, "NaN"),
                Arguments.of("infinity", Double.POSITIVE_INFINITY, NotSendableException.Reason.NOT_A_NUMBER, "infinity"),
                Arguments.of("float NaN in a map", Map.of("x", Float.NaN), NotSendableException.Reason.NOT_A_NUMBER, "NaN"),
                Arguments.of("too deep", nestedList(Payloads.MAX_DEPTH + 1), NotSendableException.Reason.TOO_DEEP, "deep"),
                Arguments.of("plain object", new Object(), NotSendableException.Reason.TYPE, "only null, booleans"),
                Arguments.of("string builder", new StringBuilder("sb"), NotSendableException.Reason.TYPE, "StringBuilder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsendable")
    void unsendableValuesAreRefusedWithTheirReason(String what, Object value, NotSendableException.Reason reason,
                                                   String phrase) {
        NotSendableException e = assertThrows(NotSendableException.class, () -> Payloads.encode(value));
        assertEquals(reason, e.reason(), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(phrase), what + ": " + e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, e, "callers may catch it as a bad argument");
    }

    static Stream<Arguments> reprs() {
        return Stream.of(
                Arguments.of(null, "None"),
                Arguments.of(true, "True"),
                Arguments.of(false, "False"),
                Arguments.of(42L, "42"),
                Arguments.of(2.5, "2.5"),
                Arguments.of("spam", "'spam'"),
                Arguments.of("João", "'João'"),
                Arguments.of("it's", "\"it's\""),
                Arguments.of("say \"hi\"", "'say \"hi\"'"),
                Arguments.of("both ' and \"", "'both \\' and \"'"),
                Arguments.of("back\\slash", "'back\\\\slash'"),
                Arguments.of("two\nlines\tand tab", "'two\\nlines\\tand tab'"),
                Arguments.of(Arrays.asList("spam", 42L, "ovos"), "['spam', 42, 'ovos']"),
                Arguments.of(List.of(), "[]"),
                Arguments.of(map("name", "João", "spam", 42L), "{'name': 'João', 'spam': 42}"),
                Arguments.of(Map.of(), "{}"),
                Arguments.of(new LinkedHashSet<>(List.of("ss", "pp")), "{'ss', 'pp'}"),
                Arguments.of(Set.of(), "set()"),
                Arguments.of(map(1L, List.of(true, false)), "{1: [True, False]}"),
                Arguments.of(Arrays.asList(null, List.of(map("k", null))), "[None, [{'k': None}]]"),
                Arguments.of(new Handle("Lock", "lock"), "<Lock lock>"),
                Arguments.of(Payloads.encode(Arrays.asList("a", Set.of(1L))), "['a', {1}]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("reprs")
    void reprReadsLikePython(Object value, String expected) {
        assertEquals(expected, PyRepr.repr(value));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("reprs")
    void shortReprOfTheEncodedValueReadsAsReprDoes(Object value, String expected) {
        Object sendable = value instanceof Handle h ? (Handle.Shareable) () -> h : value;
        JsonElement encoded = value instanceof JsonElement e ? e : Payloads.encode(sendable);
        assertEquals(expected, PyRepr.shortRepr(encoded, 80));
    }

    @ParameterizedTest(name = "max {0}")
    @ValueSource(ints = {5, 12, 80})
    void shortReprOfALongValueIsReprCutWithDots(int max) {
        List<Object> big = new ArrayList<>();
        for (long i = 0; i < 20_000; i++) {
            big.add(i % 3 == 0 ? "item " + i : i % 3 == 1 ? (Object) i : map("k", List.of(i)));
        }
        String full = PyRepr.repr(big);
        String cut = PyRepr.shortRepr(Payloads.encode(big), max);
        assertEquals(full.substring(0, max - 3) + "...", cut);
    }

    @Test
    void reprOfSomethingTooDeepIsCut() {
        assertTrue(PyRepr.repr(nestedList(Payloads.MAX_DEPTH + 5)).contains("..."));
    }
}
