package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WireCodecTest {
    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("empty line", "", "not a JSON object"),
                Arguments.of("not an object", "[1,2]", "not a JSON object"),
                Arguments.of("plain text", "hello", "not a JSON object"),
                Arguments.of("trailing text", "{\"type\":\"hello\",\"pid\":1} x", ""),
                Arguments.of("two objects", "{\"type\":\"hello\"}{\"type\":\"hello\"}", ""),
                Arguments.of("single quotes", "{'type':'hello'}", "malformed JSON"),
                Arguments.of("unquoted key", "{type:\"hello\"}", "malformed JSON"),
                Arguments.of("trailing comma", "{\"type\":\"hello\",}", "malformed JSON"),
                Arguments.of("NaN", "{\"type\":\"spawn\",\"tempo\":NaN}", "malformed JSON"),
                Arguments.of("NaN in args", "{\"type\":\"call\",\"id\":1,\"args\":{\"x\":NaN}}", "malformed JSON"),
                Arguments.of("comment", "{\"type\":\"hello\"} // hi", ""),
                Arguments.of("unknown type", "{\"type\":\"launch\"}", "unknown message type 'launch'"),
                Arguments.of("missing type", "{\"pid\":12}", "without a type"),
                Arguments.of("null type", "{\"type\":null}", ""),
                Arguments.of("wrong field type", "{\"type\":\"hello\",\"pid\":\"twelve\"}", "malformed JSON"),
                Arguments.of("unclosed", "{\"type\":\"hello\"", "malformed JSON"),
                Arguments.of("too deep", "{\"type\":\"call\",\"id\":1,\"args\":" + nested(WireCodec.NESTING_LIMIT + 1) + "}",
                        "malformed JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void strictDecodingRefusesBadLines(String what, String line, String phrase) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> WireCodec.decode(line));
        assertTrue(e.getMessage().contains(phrase), what + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void valuesNestedUpToTheLimitAreAccepted() throws Exception {
        String line = "{\"type\":\"call\",\"id\":1,\"args\":" + nested(WireCodec.NESTING_LIMIT - 1) + "}";
        assertEquals(Message.CALL, WireCodec.decode(line).type());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        Message m = WireCodec.decode("{\"type\":\"hello\",\"pid\":7,\"future\":true}");
        assertEquals(7, m.pid());
    }

    static Stream<Message> messages() {
        JsonObject args = new JsonObject();
        args.addProperty("block", true);
        args.addProperty("timeout", 0.5);
        JsonArray spawnArgs = new JsonArray();
        spawnArgs.add("a");
        spawnArgs.add(42);
        return Stream.of(
                Message.spawn("queue.consumer", "Consumer-1", spawnArgs, "pt-BR", 2.0, 1234),
                Message.reply(5, new JsonPrimitive("ok")),
                Message.replyError(6, new RemoteError(RemoteError.EMPTY, "the queue is empty")),
                Message.shutdown(),
                Message.hello(4321),
                Message.call(7, "lock", "acquire", args),
                Message.cast("tasks", "put", args),
                Message.post(8, "pipe.a", "send", args).withSeen(120),
                Message.postFailed(8, "pipe.a", new RemoteError(RemoteError.CLOSED, "broken pipe")),
                Message.print("linha com \"aspas\", tab\t e quebra\nde linha: João ✓"),
                Message.state("sleeping", "0.1 s"),
                Message.step("consumer.get"),
                Message.exit(0, new JsonPrimitive(3)),
                Message.error("boom", new RemoteError(RemoteError.FAILED, "boom")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void everyMessageRoundTripsOnOneLine(Message m) throws Exception {
        String line = WireCodec.encode(m);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        Message back = WireCodec.decode(line);
        assertEquals(line, WireCodec.encode(back));
        assertEquals(m.type(), back.type());
        assertEquals(m.id(), back.id());
        assertEquals(m.text(), back.text());
        assertEquals(m.error(), back.error());
        assertEquals(m.args(), back.args());
        assertEquals(m.value(), back.value());
        assertEquals(m.object(), back.object());
        assertEquals(m.seen(), back.seen());
    }

    @Test
    void unsetFieldsAreLeftOut() {
        assertEquals("{\"type\":\"shutdown\"}", WireCodec.encode(Message.shutdown()));
        assertEquals("{\"type\":\"hello\",\"pid\":9}", WireCodec.encode(Message.hello(9)));
    }

    @Test
    void spawnCarriesItsFields() throws Exception {
        Message m = WireCodec.decode(WireCodec.encode(Message.spawn("t", "n", new JsonArray(), "en", 1.5, 99)));
        assertEquals(List.of("t", "n", "en", 1.5, 99L),
                List.of(m.target(), m.name(), m.locale(), m.tempo(), m.ppid()));
    }

    @Test
    void htmlCharactersAreNotEscaped() {
        String line = WireCodec.encode(Message.print("<a href='x'>&</a>"));
        assertTrue(line.contains("<a href='x'>&</a>"), line);
    }

    @Test
    void parseRefusesTrailingTextAndNaNButTakesAnyValue() throws Exception {
        assertEquals(new JsonPrimitive(42), WireCodec.parse("42"));
        assertEquals(3, WireCodec.parse("[\"spam\", 42, \"ovos\"]").getAsJsonArray().size());
        for (String bad : List.of("[1] [2]", "NaN", "{'a':1}", "[1,]", "", nested(WireCodec.NESTING_LIMIT + 1))) {
            assertThrows(ProtocolException.class, () -> WireCodec.parse(bad), bad);
        }
    }

    @Test
    void previewCutsLongLines() {
        String p = WireCodec.preview("x".repeat(500));
        assertEquals(83, p.length());
        assertTrue(p.endsWith("..."));
        assertEquals("short", WireCodec.preview("short"));
    }
}
