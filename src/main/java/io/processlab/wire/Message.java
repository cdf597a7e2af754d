package io.processlab.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One line of the protocol. Which fields are set depends on {@link #type()}:
 *
 * <pre>
 * parent -> child   spawn    target, name, args, locale, tempo, ppid
 *                   reply    id, value | error    (to a call; to a failed post: id, object, error)
 *                   shutdown
 * child -> parent   hello    pid
 *                   call     id, object, op, args     (answered by a reply)
 *                   cast     object, op, args         (no reply expected)
 *                   cast     id, object, op, args     (a post: a reply only when it fails)
 *                            call and cast also carry seen: how many bytes of its stdin the
 *                            child has read, so that the parent knows a write cannot block
 *                   print    text
 *                   state    state, detail            (sleeping, running)
 *                   step     marker
 *                   exit     code, value
 *                   error    text, error
 * </pre>
 *
 * Unset fields are left out of the JSON. Instances are immutable.
 */
public final class Message {
    public static final String SPAWN = "spawn";
    public static final String REPLY = "reply";
    public static final String SHUTDOWN = "shutdown";
    public static final String HELLO = "hello";
    public static final String CALL = "call";
    public static final String CAST = "cast";
    public static final String PRINT = "print";
    public static final String STATE = "state";
    public static final String STEP = "step";
    public static final String EXIT = "exit";
    public static final String ERROR = "error";

    final String type;
    Long id;
    Long pid;
    Long ppid;
    String target;
    String name;
    String object;
    String op;
    JsonElement args;
    JsonElement value;
    RemoteError error;
    String text;
    String state;
    String detail;
    String marker;
    String locale;
    Double tempo;
    Integer code;
    Long seen;

    Message(String type) {
        this.type = type;
    }

    private Message copy(String newType) {
        Message m = new Message(newType);
        m.id = id;
        m.pid = pid;
        m.ppid = ppid;
        m.target = target;
        m.name = name;
        m.object = object;
        m.op = op;
        m.args = args;
        m.value = value;
        m.error = error;
        m.text = text;
        m.state = state;
        m.detail = detail;
        m.marker = marker;
        m.locale = locale;
        m.tempo = tempo;
        m.code = code;
        m.seen = seen;
        return m;
    }

    public static Message spawn(String target, String name, JsonElement args, String locale, double tempo, long ppid) {
        Message m = new Message(SPAWN);
        m.target = target;
        m.name = name;
        m.args = args;
        m.locale = locale;
        m.tempo = tempo;
        m.ppid = ppid;
        return m;
    }

    public static Message reply(long id, JsonElement value) {
        Message m = new Message(REPLY);
        m.id = id;
        m.value = value;
        return m;
    }

    public static Message replyError(long id, RemoteError error) {
        Message m = new Message(REPLY);
        m.id = id;
        m.error = error;
        return m;
    }

    public static Message shutdown() {
        return new Message(SHUTDOWN);
    }

    public static Message hello(long pid) {
        Message m = new Message(HELLO);
        m.pid = pid;
        return m;
    }

    public static Message call(long id, String object, String op, JsonObject args) {
        Message m = new Message(CALL);
        m.id = id;
        m.object = object;
        m.op = op;
        m.args = args;
        return m;
    }

    public static Message cast(String object, String op, JsonObject args) {
        Message m = new Message(CAST);
        m.object = object;
        m.op = op;
        m.args = args;
        return m;
    }

    /**
     * A cast that wants to hear of its failure: the parent answers it only if it fails, with
     * {@link #postFailed}; the child raises that error at its next operation on the object.
     */
    public static Message post(long id, String object, String op, JsonObject args) {
        Message m = cast(object, op, args);
        m.id = id;
        return m;
    }

    /** The answer to a failed post {@code id} on {@code object}. */
    public static Message postFailed(long id, String object, RemoteError error) {
        Message m = replyError(id, error);
        m.object = object;
        return m;
    }

    public static Message print(String text) {
        Message m = new Message(PRINT);
        m.text = text;
        return m;
    }

    /**
     * A printed line that is the text {@code key} of the lessons' bundle with {@code args} (each
     * as the line shows it): {@code {"type":"print","text":...,"marker":KEY,"args":[...]}}.
     */
    public static Message said(String text, String key, JsonArray args) {
        Message m = print(text);
        m.marker = key;
        m.args = args;
        return m;
    }

    public static Message state(String state, String detail) {
        Message m = new Message(STATE);
        m.state = state;
        m.detail = detail;
        return m;
    }

    public static Message step(String marker) {
        Message m = new Message(STEP);
        m.marker = marker;
        return m;
    }

    public static Message exit(int code, JsonElement value) {
        Message m = new Message(EXIT);
        m.code = code;
        m.value = value;
        return m;
    }

    public static Message error(String text, RemoteError error) {
        Message m = new Message(ERROR);
        m.text = text;
        m.error = error;
        return m;
    }

    /** A copy of this message with another type (used by the decoder). */
    Message withType(String t) {
        return copy(t);
    }

    /** A copy of this message that says the child has read {@code bytes} of its stdin. */
    public Message withSeen(long bytes) {
        Message m = copy(type);
        m.seen = bytes;
        return m;
    }

    /** A copy of this message with {@code value} set. */
    public Message withValue(JsonElement v) {
        Message m = copy(type);
        m.value = v;
        return m;
    }

    public String type() { return type; }
    public long id() { return id == null ? -1 : id; }
    public boolean hasId() { return id != null; }
    public long pid() { return pid == null ? -1 : pid; }
    public long ppid() { return ppid == null ? -1 : ppid; }
    public String target() { return target; }
    public String name() { return name; }
    public String object() { return object; }
    public String op() { return op; }
    public JsonElement args() { return args; }
    public JsonElement value() { return value; }
    public RemoteError error() { return error; }
    public String text() { return text; }
    public String state() { return state; }
    public String detail() { return detail; }
    public String marker() { return marker; }
    public String locale() { return locale; }
    public double tempo() { return tempo == null ? 1.0 : tempo; }
    public int code() { return code == null ? 0 : code; }
    /** Bytes of its stdin the child had read when it sent this; -1 if it did not say. */
    public long seen() { return seen == null ? -1 : seen; }

    @Override
    public String toString() {
        return WireCodec.encode(this);
    }
}
