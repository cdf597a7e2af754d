package io.processlab.trace;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import io.processlab.wire.WireCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed fields of an event as JSON members of the event (format version 2), written and
 * read in one place. Reading checks every number's type and range: a field that does not fit is
 * a refusal that names the event's number, never an exception.
 */
final class FieldsJson {
    /** The largest PID any system gives (Windows' are 32-bit unsigned; Linux's at most 2^22). */
    static final long MAX_PID = 0xFFFF_FFFFL;
    private static final int MAX_SIGNAL = 64;

    private FieldsJson() {
    }

    /** Writes the members of {@code f} into the event object being written. */
    static void write(JsonWriter w, Fields f) throws IOException {
        if (f instanceof Fields.Child c) {
            w.name("child_pid").value(c.childPid());
            optional(w, "child_name", c.childName());
            optional(w, "target", c.target());
        } else if (f instanceof Fields.Exit x) {
            w.name("code").value(x.code());
            if (x.signal() != null) {
                w.name("signal").value(x.signal().intValue());
            }
            w.name("reason").value(x.reason());
        } else if (f instanceof Fields.Wait x) {
            if (x.timeoutS() != null) {
                w.name("timeout_s").value(x.timeoutS().doubleValue());
            }
            if (x.heldBy() != null) {
                w.name("held_by").value(x.heldBy().longValue());
            }
        } else if (f instanceof Fields.Outcome x) {
            w.name("reason").value(x.reason());
        } else if (f instanceof Fields.Unfinished x) {
            w.name("unfinished").value(x.unfinished());
        } else if (f instanceof Fields.Create x) {
            w.name("type").value(x.type());
        } else if (f instanceof Fields.Sleep x) {
            w.name("seconds").value(x.seconds());
        } else if (f instanceof Fields.Op x) {
            w.name("op").value(x.op()).name("seq").value(x.seq());
        } else if (f instanceof Fields.PoolWork x) {
            w.name("job").value(x.job()).name("chunk").value(x.chunk()).name("items").value(x.items());
            if (x.worker() != null) {
                w.name("worker").value(x.worker().longValue());
            }
            w.name("results").value(x.results());
            w.name("values").beginArray();
            for (String v : x.values()) {
                w.value(v);
            }
            w.endArray();
        } else if (f instanceof Fields.Deadlock x) {
            w.name("cycle").beginArray();
            for (Fields.Deadlock.Link l : x.cycle()) {
                w.beginObject().name("pid").value(l.pid());
                optional(w, "name", l.name());
                optional(w, "waits_for", l.waitsFor());
                w.name("held_by").value(l.heldBy()).endObject();
            }
            w.endArray();
        } else if (f instanceof Fields.Metric x) {
            w.name("metric").beginObject().name("name").value(x.name()).name("value").value(x.value());
            optional(w, "unit", x.unit());
            w.endObject();
        } else if (f instanceof Fields.Said x) {
            w.name("say").beginObject().name("key").value(x.key()).name("args").beginArray();
            for (String a : x.args()) {
                w.value(a);
            }
            w.endArray().endObject();
        } else if (f instanceof Fields.Restart x) {
            w.name("worker").value(x.worker()).name("replaces").value(x.replaces());
        }
    }

    private static void optional(JsonWriter w, String key, String value) throws IOException {
        if (value != null) {
            w.name(key).value(value);
        }
    }

    /**
     * The typed fields of an event of {@code kind} read from its object {@code o}; an event whose
     * kind has fields but which carries none of them has {@link Fields#NONE} (fields are added to
     * kinds over time, and a reader must open what an older producer wrote).
     */
    static Fields read(String kind, JsonObject o, String where) throws TraceFormatException {
        Reader r = new Reader(o, where);
        return switch (kind) {
            case Kinds.SPAWN, Kinds.START, Kinds.PROCESS_JOIN_WAIT, Kinds.PROCESS_JOINED -> o.has("child_pid")
                    ? new Fields.Child(r.pid("child_pid"), r.text("child_name"), r.text("target")) : Fields.NONE;
            case Kinds.EXIT -> o.has("code") ? exit(r) : Fields.NONE;
            case Kinds.ACQUIRE_WAIT, Kinds.GET_WAIT, Kinds.EVENT_WAIT, Kinds.RECV_WAIT ->
                    o.has("timeout_s") || o.has("held_by")
                            ? new Fields.Wait(r.seconds("timeout_s"), o.has("held_by") ? r.pid("held_by") : null)
                            : Fields.NONE;
            case Kinds.ACQUIRE_TIMEOUT, Kinds.GET_EMPTY, Kinds.EVENT_WAKE, Kinds.RECV, Kinds.ACQUIRED ->
                    o.has("reason") ? new Fields.Outcome(r.word("reason")) : Fields.NONE;
            case Kinds.TASK_DONE, Kinds.JOIN_WAIT, Kinds.JOINED -> o.has("unfinished")
                    ? new Fields.Unfinished((int) r.whole("unfinished", 0, Integer.MAX_VALUE)) : Fields.NONE;
            case Kinds.CREATE -> o.has("type") ? new Fields.Create(r.word("type")) : Fields.NONE;
            case Kinds.SLEEP -> o.has("seconds") ? new Fields.Sleep(r.seconds("seconds")) : Fields.NONE;
            case Kinds.HELD, Kinds.GRANTED, Kinds.FREED -> o.has("seq")
                    ? new Fields.Op(r.word("op"), r.whole("seq", 1, Long.MAX_VALUE)) : Fields.NONE;
            case Kinds.PUT, Kinds.GET -> o.has("job") ? pool(r) : Fields.NONE;
            case Kinds.DEADLOCK -> o.has("cycle") ? deadlock(r) : Fields.NONE;
            case Kinds.METRIC -> o.has("metric") ? metric(r) : Fields.NONE;
            case Kinds.PRINT -> o.has("say") ? said(r) : Fields.NONE;
            case Kinds.RESTART -> o.has("worker") ? new Fields.Restart(r.pid("worker"), r.pid("replaces")) : Fields.NONE;
            default -> Fields.NONE;
        };
    }

    private static Fields exit(Reader r) throws TraceFormatException {
        int code = (int) r.whole("code", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Integer signal = r.has("signal") ? Integer.valueOf((int) r.whole("signal", 1, MAX_SIGNAL)) : null;
        String reason = r.has("reason") ? r.word("reason") : Fields.Exit.reasonOf(code, signal);
        return new Fields.Exit(code, signal, reason);
    }

    private static Fields pool(Reader r) throws TraceFormatException {
        int job = (int) r.whole("job", 0, Integer.MAX_VALUE);
        int chunk = (int) r.whole("chunk", 0, Integer.MAX_VALUE);
        int items = (int) r.whole("items", -1, Integer.MAX_VALUE);
        Long worker = r.has("worker") ? r.pid("worker") : null;
        boolean results = r.flag("results");
        List<String> values = new ArrayList<>();
        for (JsonElement v : r.list("values")) {
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                throw r.bad("\"values\" holds something that is not a text");
            }
            values.add(v.getAsString());
        }
        return new Fields.PoolWork(job, chunk, items, worker, results, values);
    }

    private static Fields deadlock(Reader r) throws TraceFormatException {
        List<Fields.Deadlock.Link> links = new ArrayList<>();
        int i = 0;
        for (JsonElement el : r.list("cycle")) {
            if (!el.isJsonObject()) {
                throw r.bad("\"cycle\" member " + i + " is not an object");
            }
            Reader m = new Reader(el.getAsJsonObject(), r.where + ", \"cycle\" member " + i);
            links.add(new Fields.Deadlock.Link(m.pid("pid"), m.text("name"), m.text("waits_for"), m.pid("held_by")));
            i++;
        }
        return new Fields.Deadlock(links);
    }

    private static Fields said(Reader r) throws TraceFormatException {
        JsonElement el = r.o.get("say");
        if (!el.isJsonObject()) {
            throw r.bad("\"say\" is not an object");
        }
        Reader m = new Reader(el.getAsJsonObject(), r.where + ", \"say\"");
        List<String> args = new ArrayList<>();
        for (JsonElement a : m.list("args")) {
            if (!a.isJsonPrimitive() || !a.getAsJsonPrimitive().isString()) {
                throw m.bad("\"args\" holds something that is not a text");
            }
            args.add(a.getAsString());
        }
        return new Fields.Said(m.word("key"), args);
    }

    private static Fields metric(Reader r) throws TraceFormatException {
        JsonElement el = r.o.get("metric");
        if (!el.isJsonObject()) {
            throw r.bad("\"metric\" is not an object");
        }
        Reader m = new Reader(el.getAsJsonObject(), r.where + ", \"metric\"");
        String name = m.text("name");
        if (name == null) {
            throw m.bad("it has no text \"name\"");
        }
        return new Fields.Metric(name, m.number("value"), m.text("unit"));
    }

    /** Reads the members of one object, saying where a wrong one is. */
    private static final class Reader {
        final JsonObject o;
        final String where;

        Reader(JsonObject o, String where) {
            this.o = o;
            this.where = where;
        }

        boolean has(String key) {
            return o.has(key) && !o.get(key).isJsonNull();
        }

        TraceFormatException bad(String why) {
            return new TraceFormatException(TraceFormatException.Problem.BAD_EVENT, where + ": " + why);
        }

        /** A whole number from {@code min} to {@code max}; refused when missing, not whole, or out of range. */
        long whole(String key, long min, long max) throws TraceFormatException {
            JsonPrimitive p = number(key, "a whole number");
            try {
                long v = new BigDecimal(p.getAsString()).longValueExact();
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // not whole, or beyond a long: said below
            }
            throw bad("\"" + key + "\" is not a whole number from " + min + " to " + max
                    + " (" + WireCodec.preview(p.getAsString()) + ")");
        }

        long pid(String key) throws TraceFormatException {
            return whole(key, 0, MAX_PID);
        }

        /** A finite number. */
        double number(String key) throws TraceFormatException {
            JsonPrimitive p = number(key, "a number");
            double v;
            try {
                v = new BigDecimal(p.getAsString()).doubleValue();
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw bad("\"" + key + "\" is not a number that fits (" + WireCodec.preview(p.getAsString()) + ")");
            }
            return v;
        }

        /** A number of seconds, 0 or more; null when absent. */
        Double seconds(String key) throws TraceFormatException {
            if (!has(key)) {
                return null;
            }
            double v = number(key);
            if (v < 0) {
                throw bad("\"" + key + "\" is negative");
            }
            return v;
        }

        private JsonPrimitive number(String key, String what) throws TraceFormatException {
            JsonElement v = o.get(key);
            if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
                throw bad("\"" + key + "\" is not " + what);
            }
            return v.getAsJsonPrimitive();
        }

        /** A text, or null when absent. */
        String text(String key) throws TraceFormatException {
            if (!has(key)) {
                return null;
            }
            JsonElement v = o.get(key);
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                throw bad("\"" + key + "\" is not a text");
            }
            return v.getAsString();
        }

        /** A text that must be there. */
        String word(String key) throws TraceFormatException {
            String s = text(key);
            if (s == null) {
                throw bad("it has no text \"" + key + "\"");
            }
            return s;
        }

        boolean flag(String key) throws TraceFormatException {
            if (!has(key)) {
                return false;
            }
            JsonElement v = o.get(key);
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
                throw bad("\"" + key + "\" is not true or false");
            }
            return v.getAsBoolean();
        }

        JsonArray list(String key) throws TraceFormatException {
            if (!has(key)) {
                return new JsonArray();
            }
            JsonElement v = o.get(key);
            if (!v.isJsonArray()) {
                throw bad("\"" + key + "\" is not a list");
            }
            return v.getAsJsonArray();
        }
    }
}
