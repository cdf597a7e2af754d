package io.processlab.trace;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.processlab.wire.JsonErrors;
import io.processlab.wire.WireCodec;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace file of the design (a contract):
 * {@code {"format":"processlab-trace","version":2,"lesson":ID,"settings":{...},
 * "processes":[...],"events":[...]}}. Opening a file only parses JSON: nothing in it runs.
 * Version 2 events carry typed fields ({@link Fields}, read by {@link FieldsJson}); a version-1
 * file's are derived from its texts ({@link VersionOne}).
 */
public final class TraceFile {
    public static final String FORMAT = "processlab-trace";
    /** The version this one writes, and the newest it reads (it reads every one from 1). */
    public static final int VERSION = 2;
    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 512L << 20;
    /** The members a header may not replace. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("format", "version", "lesson", "settings",
            "processes", "events");

    private TraceFile() {
    }

    /** A saved run: which lesson, with which settings, and its trace. */
    public record Recording(String lesson, JsonObject settings, Trace trace, JsonObject header) {
        /** A recording with no header besides its lesson and settings (a Java run's). */
        public Recording(String lesson, JsonObject settings, Trace trace) {
            this(lesson, settings, trace, null);
        }
    }

    /** Writes the file atomically (a temporary file, then a rename), with the usual permissions. */
    public static void save(Path file, String lesson, JsonObject settings, Trace trace) throws IOException {
        save(file, lesson, settings, null, trace);
    }

    /**
     * Writes the file atomically, with {@code header}'s members at the top besides the lesson and
     * its settings (a Python run's {@code runtime}, interpreter and start method); null: none.
     */
    public static void save(Path file, String lesson, JsonObject settings, JsonObject header, Trace trace)
            throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(w, lesson, settings, header, trace);
            w.flush();
        });
    }

    /** Streams the document to {@code out}. */
    public static void write(Writer out, String lesson, JsonObject settings, Trace trace) throws IOException {
        write(out, lesson, settings, null, trace);
    }

    /** Streams the document to {@code out}, with {@code header}'s members at the top (null: none). */
    public static void write(Writer out, String lesson, JsonObject settings, JsonObject header, Trace trace)
            throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setHtmlSafe(false);
        w.beginObject();
        w.name("format").value(FORMAT);
        w.name("version").value(VERSION);
        w.name("lesson").value(lesson);
        w.name("settings");
        WireCodec.gson().toJson(settings == null ? new JsonObject() : settings, w);
        if (header != null) {
            for (var member : header.entrySet()) {
                if (!RESERVED.contains(member.getKey())) {
                    w.name(member.getKey());
                    WireCodec.gson().toJson(member.getValue(), w);
                }
            }
        }
        w.name("processes").beginArray();
        for (ProcessInfo p : trace.processes()) {
            w.beginObject().name("pid").value(p.pid()).name("name").value(p.name());
            w.name("role").value(p.role());
            if (p.target() != null) {
                w.name("target").value(p.target());
            }
            w.endObject();
        }
        w.endArray();
        w.name("events").beginArray();
        for (TraceEvent e : trace.events()) {
            out.write('\n');
            w.beginObject().name("t_us").value(e.tUs()).name("pid").value(e.pid());
            w.name("name").value(e.name()).name("kind").value(e.kind());
            if (e.object() != null) {
                w.name("object").value(e.object());
            }
            if (e.detail() != null) {
                w.name("detail").value(e.detail());
            }
            if (e.text() != null) {
                w.name("text").value(e.text());
            }
            if (e.msg() != 0) {
                w.name("msg").value(e.msg());
            }
            FieldsJson.write(w, e.fields());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.flush();
    }

    /**
     * Events written as version 1 wrote them (their facts only in their English texts), with the
     * typed fields a version-1 file's events get when it is read: for events made by hand in
     * that shape (tests, tools) and for the reader itself.
     */
    public static List<TraceEvent> withVersion1Fields(List<TraceEvent> events) {
        VersionOne v1 = new VersionOne();
        List<TraceEvent> out = new ArrayList<>(events.size());
        for (TraceEvent e : events) {
            out.add(v1.derive(e));
        }
        return out;
    }

    /**
     * Reads and checks a file. Only an ordinary file is read (a pipe or a device could block
     * forever or never end), and at most {@link #MAX_BYTES} of it, counted as they are read.
     */
    public static Recording load(Path file) throws TraceFormatException {
        return load(file, MAX_BYTES);
    }

    /** {@link #load(Path)} with another cap (tests). */
    static Recording load(Path file, long cap) throws TraceFormatException {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new TraceFormatException(TraceFormatException.Problem.UNREADABLE, file + " is a folder, not a trace file");
            }
            if (!a.isRegularFile()) {
                throw new TraceFormatException(TraceFormatException.Problem.NOT_REGULAR,
                        file + " is not an ordinary file (a pipe, a device or a socket)");
            }
            if (a.size() > cap) {
                throw tooLarge();
            }
            try (java.io.InputStream in = new CappedInput(Files.newInputStream(file), cap)) {
                return read(new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16));
            } catch (TraceFormatException e) {
                throw refined(file, e);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new TraceFormatException(TraceFormatException.Problem.UNREADABLE, "there is no file " + file);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new TraceFormatException(TraceFormatException.Problem.UNREADABLE, "you may not read " + file);
        } catch (IOException e) {
            throw new TraceFormatException(TraceFormatException.Problem.UNREADABLE,
                    "the file cannot be read: " + e.getMessage());
        }
    }

    private static TraceFormatException tooLarge() {
        return new TraceFormatException(TraceFormatException.Problem.TOO_LARGE,
                "the file is larger than " + (MAX_BYTES >> 20) + " MiB");
    }

    /** Whether reading stopped at the size cap ({@link CappedInput}), the cause of {@code e} or not. */
    private static boolean capped(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CappedInput.OverCap) {
                return true;
            }
        }
        return false;
    }

    /** Refuses text after the trace, saying where it starts. */
    private static void trailing(JsonReader reader) throws TraceFormatException {
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return;
            }
        } catch (IOException | IllegalStateException e) {
            JsonErrors.Problem at = JsonErrors.of(e, null);
            throw notJson(new JsonErrors.Problem(JsonErrors.Reason.TRAILING, at.line(), at.column()));
        }
        throw notJson(new JsonErrors.Problem(JsonErrors.Reason.TRAILING, 1, 1));
    }

    private static TraceFormatException notUtf8() {
        return new TraceFormatException(TraceFormatException.Problem.NOT_JSON,
                "the file is not UTF-8 text, so it is not a trace (a trace is JSON text)");
    }

    private static TraceFormatException noList(String key) {
        return new TraceFormatException(TraceFormatException.Problem.MISSING_FIELD,
                "the trace has no \"" + key + "\" list", key);
    }

    /**
     * A refusal for text Gson calls malformed, or for a control character in a string, with its
     * reason told from the characters there (a NUL, a number too long to read...): the reader
     * keeps no text, so the part of that line around the column is read again.
     */
    private static TraceFormatException refined(Path file, TraceFormatException e) {
        JsonErrors.Problem p = e.json();
        if (p == null || p.reason() != JsonErrors.Reason.MALFORMED && p.reason() != JsonErrors.Reason.CONTROL_CHARACTER) {
            return e;
        }
        try (java.io.Reader r = new BufferedReader(new java.io.InputStreamReader(
                new CappedInput(Files.newInputStream(file), MAX_BYTES), StandardCharsets.UTF_8), 1 << 16)) {
            int line = 1;
            while (line < p.line()) {
                int c = r.read();
                if (c < 0) {
                    return e;
                }
                line += c == '\n' ? 1 : 0;
            }
            int offset = Math.max(0, p.column() - 2048);
            for (long left = offset; left > 0;) {
                long n = r.skip(left);
                if (n <= 0) {
                    return e;
                }
                left -= n;
            }
            char[] part = new char[4096];
            int n = 0;
            for (int got; n < part.length && (got = r.read(part, n, part.length - n)) > 0;) {
                n += got;
            }
            String text = new String(part, 0, n);
            int nl = text.indexOf('\n');
            return notJson(JsonErrors.refine(p, nl < 0 ? text : text.substring(0, nl), offset));
        } catch (IOException | RuntimeException again) {
            return e;
        }
    }

    private static TraceFormatException notJson(JsonErrors.Problem p) {
        String why = p.reason() == JsonErrors.Reason.TRAILING
                ? "the file has text after the trace (it may have been written twice)" : "the file is not valid JSON (it may be cut short)";
        return new TraceFormatException(TraceFormatException.Problem.NOT_JSON,
                why + ": " + JsonErrors.say(p, java.util.Locale.ENGLISH), p);
    }

    /**
     * Reads and checks a document. The events are read one by one as they stream in (a tree of the
     * whole file took several times the memory of the trace itself); a problem in an event is
     * told only after the file has proved to be a ProcessLab trace of a version this one reads.
     */
    public static Recording read(java.io.Reader in) throws TraceFormatException {
        JsonObject o = new JsonObject(); // every member but the events
        Events events = null;
        try {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(WireCodec.NESTING_LIMIT);
            JsonToken first;
            try {
                first = reader.peek();
            } catch (java.io.EOFException e) {
                first = JsonToken.END_DOCUMENT;
            }
            if (first == JsonToken.END_DOCUMENT) {
                throw new TraceFormatException(TraceFormatException.Problem.EMPTY, "the file is empty");
            }
            if (first != JsonToken.BEGIN_OBJECT) {
                JsonParser.parseReader(reader);
                trailing(reader);
                throw new TraceFormatException(TraceFormatException.Problem.NOT_A_TRACE,
                        "the file is JSON but not a ProcessLab trace");
            }
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if ("events".equals(name) && reader.peek() == JsonToken.BEGIN_ARRAY) {
                    events = Events.read(reader, versionSoFar(o));
                    o.remove(name);
                } else {
                    o.add(name, JsonParser.parseReader(reader));
                    if ("events".equals(name)) {
                        events = null; // a later member of the same name replaces an earlier one
                    }
                }
            }
            reader.endObject();
            trailing(reader);
        } catch (java.io.EOFException e) {
            if (capped(e)) {
                throw tooLarge();
            }
            // cut short: worded as Gson words it when it reads a whole value
            throw notJson(JsonErrors.of(new com.google.gson.JsonSyntaxException(e), null));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw notUtf8();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            if (capped(e)) {
                throw tooLarge();
            }
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw notUtf8();
            }
            throw notJson(JsonErrors.of(e, null));
        }
        if (!o.has("format") || !o.get("format").isJsonPrimitive() || !FORMAT.equals(o.get("format").getAsString())) {
            throw new TraceFormatException(TraceFormatException.Problem.NOT_A_TRACE,
                    "the file is JSON but not a ProcessLab trace (no \"format\":\"" + FORMAT + "\")");
        }
        int version = version(o);
        String lesson = o.has("lesson") && o.get("lesson").isJsonPrimitive() ? o.get("lesson").getAsString() : "";
        JsonObject settings = o.has("settings") && o.get("settings").isJsonObject()
                ? o.getAsJsonObject("settings") : new JsonObject();
        if (events == null) {
            throw noList("events");
        }
        List<ProcessInfo> processes = new ArrayList<>();
        if (o.has("processes")) {
            int i = 0;
            for (JsonElement p : array(o, "processes")) {
                processes.add(process(p, i++));
            }
        }
        if (events.bad != null) {
            throw events.bad;
        }
        List<TraceEvent> list = version == 1 ? withVersion1Fields(events.list) : events.list;
        String runtime = o.has("runtime") && o.get("runtime").isJsonPrimitive() ? o.get("runtime").getAsString() : null;
        return new Recording(lesson, settings, Trace.of(processes, list).runtime(RuntimeKind.of(runtime)));
    }

    /** The events as read, up to the first one that is wrong (kept to be told later). */
    private static final class Events {
        final List<TraceEvent> list = new ArrayList<>();
        TraceFormatException bad;

        /**
         * Reads the array the reader is at; each event is a small tree, made and dropped. Its
         * typed fields are read as version 2 writes them unless the file said before its events
         * that it is version 1 (a version-1 file's fields are derived after, from its texts).
         */
        static Events read(JsonReader reader, Integer version) throws IOException {
            Events ev = new Events();
            long last = Long.MIN_VALUE;
            reader.beginArray();
            for (int i = 0; reader.hasNext(); i++) {
                JsonElement el = JsonParser.parseReader(reader);
                if (ev.bad != null) {
                    continue; // still read to the end: the JSON after it must be valid too
                }
                try {
                    TraceEvent e = event(el, i, version == null || version != 1);
                    if (e.tUs() < last) {
                        throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT,
                                "event " + i + " is earlier than the one before it");
                    }
                    last = e.tUs();
                    ev.list.add(e);
                } catch (TraceFormatException wrong) {
                    ev.bad = wrong.problem() == TraceFormatException.Problem.BAD_EVENT && wrong.value() == null
                            ? new TraceFormatException(wrong.problem(), wrong.getMessage(), Integer.toString(i)) : wrong;
                }
            }
            reader.endArray();
            return ev;
        }
    }

    private static ProcessInfo process(JsonElement p, int i) throws TraceFormatException {
        if (!p.isJsonObject()) {
            throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT, "process " + i + " is not an object");
        }
        JsonObject o = p.getAsJsonObject();
        return new ProcessInfo(longField(o, "pid", "process " + i), str(o, "name"),
                o.has("role") ? str(o, "role") : "child", str(o, "target"));
    }

    private static TraceEvent event(JsonElement el, int i, boolean typed) throws TraceFormatException {
        if (!el.isJsonObject()) {
            throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT, "event " + i + " is not an object");
        }
        JsonObject o = el.getAsJsonObject();
        String where = "event " + i;
        String kind = str(o, "kind");
        if (kind == null || kind.isEmpty() || !o.get("kind").isJsonPrimitive()) {
            throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT, where + " has no \"kind\" word");
        }
        long msg = o.has("msg") ? longField(o, "msg", where) : 0;
        String name = str(o, "name");
        long t = longField(o, "t_us", where);
        if (t < 0) {
            throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT, where + ": \"t_us\" is negative");
        }
        long pid = longField(o, "pid", where);
        if (pid < 0 || pid > FieldsJson.MAX_PID) {
            throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT,
                    where + ": \"pid\" is not a whole number from 0 to " + FieldsJson.MAX_PID + " (" + pid + ")");
        }
        return new TraceEvent(t, pid, name == null ? "?" : name, kind, str(o, "object"), str(o, "detail"),
                str(o, "text"), msg, typed ? FieldsJson.read(kind, o, where) : Fields.NONE);
    }

    private static JsonArray array(JsonObject o, String key) throws TraceFormatException {
        if (!o.has(key) || !o.get(key).isJsonArray()) {
            throw noList(key);
        }
        return o.getAsJsonArray(key);
    }

    /** The file's "version" as a whole number, the whole of it (no cast), from 1 to {@link #VERSION}. */
    private static int version(JsonObject o) throws TraceFormatException {
        JsonElement v = o.get("version");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
            throw new TraceFormatException(v == null ? TraceFormatException.Problem.MISSING_FIELD
                    : TraceFormatException.Problem.BAD_EVENT, "the trace has no number \"version\"", "version");
        }
        java.math.BigDecimal n;
        try {
            n = new java.math.BigDecimal(v.getAsString());
        } catch (NumberFormatException e) {
            n = null;
        }
        if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(java.math.BigDecimal.ONE) < 0) {
            throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT,
                    "the trace's \"version\" is not a version number (" + WireCodec.preview(v.getAsString()) + ")");
        }
        if (n.compareTo(java.math.BigDecimal.valueOf(VERSION)) > 0) {
            String shown = n.stripTrailingZeros().toPlainString();
            throw new TraceFormatException(TraceFormatException.Problem.NEWER_VERSION,
                    "the file has format version " + WireCodec.preview(shown) + ", newer than this ProcessLab reads ("
                            + VERSION + "): update ProcessLab to open it", WireCodec.preview(shown));
        }
        return n.intValueExact();
    }

    /** The version, if the file gave a plain one before the point being read; else null. */
    private static Integer versionSoFar(JsonObject o) {
        JsonElement v = o.get("version");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.getAsString()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static long longField(JsonObject o, String key, String where) throws TraceFormatException {
        JsonElement v = o.get(key);
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
            throw new TraceFormatException(v == null ? TraceFormatException.Problem.MISSING_FIELD
                    : TraceFormatException.Problem.BAD_EVENT, where + " has no number \"" + key + "\"", key);
        }
        try {
            return new java.math.BigDecimal(v.getAsString()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TraceFormatException(TraceFormatException.Problem.BAD_EVENT,
                    where + ": \"" + key + "\" is not a whole number that fits (" + WireCodec.preview(v.getAsString()) + ")");
        }
    }

    private static String str(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v == null || v.isJsonNull() ? null : v.isJsonPrimitive() ? v.getAsString() : v.toString();
    }
}
