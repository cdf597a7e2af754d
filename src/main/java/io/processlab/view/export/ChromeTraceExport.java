package io.processlab.view.export;

import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import io.processlab.trace.AtomicFile;
import io.processlab.trace.RuntimeKind;
import io.processlab.trace.Trace;
import io.processlab.view.timeline.Arrow;
import io.processlab.view.timeline.Lane;
import io.processlab.view.timeline.Marks;
import io.processlab.view.timeline.Palette;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.Segments;
import io.processlab.view.timeline.State;
import io.processlab.wire.WireCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A run as Trace Event Format JSON, for chrome://tracing and ui.perfetto.dev: a process per PID
 * named by metadata events ({@code "M"} process_name, process_sort_index so the parent is on top),
 * each process's states as begin/end slices ({@code "B"}/{@code "E"}, one thread per process with
 * tid = pid), the locks it holds as async slices ({@code "b"}/{@code "e"}, so they may overlap the
 * states), prints, errors and exits as instant events ({@code "i"}), and each message as a flow
 * ({@code "s"} at its put/send, {@code "f"} at its get/recv, sharing the message number as id).
 * Times are the trace's microseconds. See docs/trace-format.md.
 */
public final class ChromeTraceExport {
    private final Writer out;
    private final JsonWriter w;
    private RuntimeKind runtime = RuntimeKind.JAVA;

    private ChromeTraceExport(Writer out) {
        this.out = out;
        this.w = new JsonWriter(out);
        w.setHtmlSafe(false);
    }

    /** Writes the file atomically (a temporary file, then a rename). */
    public static void save(Path file, Trace trace, String lesson, JsonObject settings) throws IOException {
        ProcessStates states = ProcessStates.ofRun(trace);
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(w, states, lesson, settings);
            w.flush();
        });
    }

    /** Streams the document to {@code out}. */
    public static void write(Writer out, ProcessStates states, String lesson, JsonObject settings) throws IOException {
        new ChromeTraceExport(out).document(states, lesson, settings);
    }

    private void document(ProcessStates states, String lesson, JsonObject settings) throws IOException {
        runtime = states.runtime();
        w.beginObject();
        w.name("displayTimeUnit").value("ms");
        w.name("otherData").beginObject();
        w.name("producer").value("ProcessLab");
        w.name("lesson").value(lesson == null ? "" : lesson);
        w.name("settings");
        WireCodec.gson().toJson(settings == null ? new JsonObject() : settings, w);
        w.endObject();
        w.name("traceEvents").beginArray();
        List<Lane> lanes = states.lanes();
        long end = states.endUs();
        for (int i = 0; i < lanes.size(); i++) {
            metadata(lanes.get(i), i);
        }
        long lockId = 0;
        for (Lane lane : lanes) {
            slices(lane, end);
            lockId = locks(lane, end, lockId);
            instants(lane, lane.prints(), "print", "text");
            instants(lane, lane.errors(), "error", "detail");
            exit(lane);
        }
        for (Arrow a : states.arrows()) {
            flow(a);
        }
        w.endArray();
        w.endObject();
        w.flush();
    }

    private JsonWriter head(String ph, String name, long ts, long pid) throws IOException {
        out.write('\n');
        w.beginObject().name("ph").value(ph).name("name").value(name).name("ts").value(ts);
        w.name("pid").value(pid).name("tid").value(pid);
        return w;
    }

    private void metadata(Lane lane, int index) throws IOException {
        head("M", "process_name", 0, lane.pid());
        w.name("args").beginObject().name("name").value(lane.name() + " (" + lane.pid() + ")").endObject().endObject();
        head("M", "process_sort_index", 0, lane.pid());
        w.name("args").beginObject().name("sort_index").value(index).endObject().endObject();
        head("M", "thread_name", 0, lane.pid());
        w.name("args").beginObject().name("name").value(lane.name()).endObject().endObject();
    }

    private String name(Segments s, int i) {
        String label = Lane.readable(s.label(i));
        return label != null ? label : Palette.label(s.state(i), Locale.ENGLISH, runtime);
    }

    private void slices(Lane lane, long end) throws IOException {
        Segments s = lane.states();
        for (int i = 0; i < s.size(); i++) {
            State st = s.state(i);
            if (st.ended()) {
                continue;
            }
            long b = s.end(i) == Segments.OPEN ? Math.max(end, s.start(i)) : s.end(i);
            String name = name(s, i);
            head("B", name, s.start(i), lane.pid()).name("cat").value("state");
            w.name("args").beginObject().name("state").value(st.name().toLowerCase(Locale.ROOT)).endObject();
            w.endObject();
            head("E", name, b, lane.pid()).name("cat").value("state").endObject();
        }
    }

    private long locks(Lane lane, long end, long id) throws IOException {
        Segments s = lane.locks();
        for (int i = 0; i < s.size(); i++) {
            long b = s.end(i) == Segments.OPEN ? Math.max(end, s.start(i)) : s.end(i);
            String ident = "lock-hold-" + (++id);
            head("b", s.label(i), s.start(i), lane.pid()).name("cat").value("lock").name("id").value(ident).endObject();
            head("e", s.label(i), b, lane.pid()).name("cat").value("lock").name("id").value(ident).endObject();
        }
        return id;
    }

    private void instants(Lane lane, Marks m, String name, String key) throws IOException {
        for (int i = 0; i < m.size(); i++) {
            head("i", name, m.time(i), lane.pid()).name("s").value("t").name("cat").value(name);
            w.name("args").beginObject().name(key).value(m.text(i)).endObject().endObject();
        }
    }

    private void exit(Lane lane) throws IOException {
        if (!lane.ended()) {
            return;
        }
        String name = lane.exitCode() == null ? "end" : lane.failed() ? "failed" : "exit";
        head("i", name, lane.endUs(), lane.pid()).name("s").value("p").name("cat").value("exit");
        w.name("args").beginObject().name("code").value(lane.exitCode()).endObject().endObject();
    }

    private void flow(Arrow a) throws IOException {
        String name = "message " + (a.object() == null ? "" : a.object());
        head("s", name, a.fromUs(), a.fromPid()).name("cat").value("message").name("id").value(a.msg());
        if (a.detail() != null) {
            w.name("args").beginObject().name("value").value(a.detail()).endObject();
        }
        w.endObject();
        head("f", name, a.toUs(), a.toPid()).name("cat").value("message").name("id").value(a.msg())
                .name("bp").value("e").endObject();
    }
}
