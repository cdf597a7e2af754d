package io.processlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast parser of messages reads what it accepts exactly as Gson's strict reader does, and
 * accepts nothing that reader refuses (it leaves everything unusual to it).
 */
class MessageParserTest {
    /** Either both agree on the message, or the fast parser stepped aside. */
    private static void agrees(String line) {
        Message gson;
        try {
            gson = MessageJson.readWithGson(line);
        } catch (Exception refused) {
            assertThrows(MessageParser.NotFast.class, () -> MessageParser.read(line), "accepted what Gson refuses: " + line);
            return;
        }
        Message fast;
        try {
            fast = MessageParser.read(line);
        } catch (MessageParser.NotFast stepAside) {
            return;
        }
        assertEquals(fields(gson), fields(fast), line);
    }

    private static List<Object> fields(Message m) {
        return java.util.Arrays.asList(m.type(), m.id(), m.hasId(), m.pid(), m.ppid(), m.target(), m.name(), m.object(), m.op(),
                m.args(), m.value(), m.error(), m.text(), m.state(), m.detail(), m.marker(), m.locale(), m.tempo(), m.code(), m.seen());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"hello\",\"pid\":7}",
        "{\"type\":\"hello\",\"pid\":7,\"future\":[1,{\"a\":null}]}",
        "{\"type\":\"reply\",\"id\":5,\"value\":[\"spam\",42,\"ovos\"]}",
        "{\"type\":\"reply\",\"id\":5,\"error\":{\"kind\":\"empty\",\"message\":\"the queue is empty\",\"x\":1}}",
        "{\"type\":\"reply\",\"id\":5,\"error\":null}",
        "{ \"type\":\"hello\",\"pid\":7}",
        "{\"type\":\"hello\" ,\"pid\":7}",
        "{\"type\":\"hello\",\"pid\":\"7\"}",
        "{\"type\":\"hello\",\"pid\":7.0}",
        "{\"type\":\"hello\",\"pid\":99999999999999999999}",
        "{\"type\":7,\"pid\":7}",
        "{\"type\":\"spawn\",\"tempo\":1e999}",
        "{\"type\":\"spawn\",\"tempo\":-0.5,\"code\":2147483648}",
        "{\"type\":\"exit\",\"code\":-2147483648,\"value\":-0}",
        "{\"type\":\"exit\",\"value\":123456789012345678901234567890}",
        "{\"type\":\"exit\",\"value\":1.5e300}",
        "{\"type\":\"print\",\"text\":\"tab\\there \\\"q\\\" \\\\ \\/ \\u00e3\\u2028 ✓\"}",
        "{\"type\":\"print\",\"text\":\"raw\ttab\"}",
        "{\"type\":\"print\",\"text\":\"bad \\x escape\"}",
        "{\"type\":\"print\",\"text\":\"\\ud83d\\ude00\"}",
        "{\"type\":\"print\",\"text\":\"\\u\uff10\uff10\uff14\uff11\"}",
        "{\"type\":\"print\",\"text\":\"\\u\u0660\u0660\u0664\u0661\"}",
        "{\"type\":\"print\",\"text\":\"\\u00\u0664\u0661\"}",
        "{\"type\":\"print\",\"text\":\"\\u00E3\\u00e3\"}",
        "{\"type\":\"print\",\"text\":\"cut",
        "{\"type\":\"print\",\"text\":nul}",
        "{\"type\":\"print\",\"text\":true}",
        "{\"type\":\"call\",\"id\":1,\"object\":\"q\",\"op\":\"put\",\"args\":{\"item\":{\"$set\":[1,2]},\"item\":3}}",
        "{\"type\":\"hello\",\"pid\":7} x",
        "{\"type\":\"hello\",\"pid\":7}{}",
        "{\"type\":\"hello\",\"pid\":07}",
        "{\"type\":\"hello\",\"pid\":-}",
        "{\"type\":\"hello\",\"pid\":1.}",
        "{\"type\":\"hello\",\"pid\":7,}",
        "{'type':'hello'}",
        "{\"type\":\"exit\",\"value\":[1,2,]}",
        "{\"type\":\"exit\",\"value\":NaN}",
        "{}",
        "{\"a\":1}",
    })
    void agreesWithGsonOnTheseLines(String line) {
        agrees(line);
    }

    @Test
    void refusesNonAsciiDigitsInAUnicodeEscapeAsGsonDoes() {
        String fullwidth = "{\"type\":\"print\",\"text\":\"\\u\uff10\uff10\uff14\uff11\"}";
        assertThrows(Exception.class, () -> MessageJson.readWithGson(fullwidth), "Gson's strict reader refuses it");
        assertThrows(MessageParser.NotFast.class, () -> MessageParser.read(fullwidth), "\\u\uff10\uff10\uff14\uff11 is not an escape of A");
        for (char c = 0; c < 0xFFFF; c++) {
            int expected = "0123456789abcdef".indexOf(Character.toLowerCase(c));
            assertEquals(c < 128 ? expected : -1, MessageParser.hex(c), "char " + (int) c);
        }
    }

    @Test
    void agreesOnDeepNesting() {
        for (int depth : new int[] {10, 60, 61, 62, 63, 64, 65, 70}) {
            agrees("{\"type\":\"exit\",\"value\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
        }
    }

    @Test
    void agreesOnRandomMessagesAndOnTheirBrokenCopies() {
        Random r = new Random(11);
        List<Message> ms = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            JsonObject args = new JsonObject();
            args.add("item", RandomJson.element(r, 0, false));
            ms.add(Message.call(r.nextInt(1000), "q-" + i, "put", args).withSeen(r.nextInt(100000)));
            ms.add(Message.reply(i, RandomJson.element(r, 0, false)));
            ms.add(Message.replyError(i, new RemoteError(RemoteError.EMPTY, "empty \"" + i + "\"")));
            ms.add(Message.spawn("t", "n\u00e3o", RandomJson.element(r, 0, false), "pt-BR", r.nextDouble() * 3, 42));
        }
        for (Message m : ms) {
            String line = MessageJson.write(m);
            try {
                assertEquals(line, MessageJson.write(MessageParser.read(line)), "its own form is always fast");
            } catch (MessageParser.NotFast e) {
                fail("stepped aside on its own form: " + line);
            }
            for (int k = 0; k < 5; k++) {
                StringBuilder broken = new StringBuilder(line);
                int at = r.nextInt(broken.length());
                switch (r.nextInt(3)) {
                    case 0 -> broken.deleteCharAt(at);
                    case 1 -> broken.insert(at, "{}[]\",:0 e-\\\uff10\u0664u".charAt(r.nextInt(15)));
                    default -> broken.setCharAt(at, "{}[]\",:0 e-\\tn".charAt(r.nextInt(14)));
                }
                agrees(broken.toString());
            }
        }
    }
}
