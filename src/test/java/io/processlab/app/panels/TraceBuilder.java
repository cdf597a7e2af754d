package io.processlab.app.panels;

import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.ObjectsModel;
import java.util.ArrayList;
import java.util.List;

/** Hand-made trace events for the panels' view-model tests. The parent is PID 100. */
final class TraceBuilder {
    static final long MAIN = 100;
    private final List<TraceEvent> events = new ArrayList<>();

    TraceBuilder e(long pid, String kind, String object, String detail, long msg) {
        events.add(new TraceEvent(events.size() + 1, pid, name(pid), kind, object, detail, null, msg));
        return this;
    }

    TraceBuilder e(long pid, String kind, String object, String detail) {
        return e(pid, kind, object, detail, 0);
    }

    TraceBuilder spawn(long pid, String target) {
        e(MAIN, "spawn", null, name(pid) + " (" + pid + "): " + target);
        return e(pid, "start", null, "pid " + pid);
    }

    TraceBuilder print(long pid, String text) {
        events.add(new TraceEvent(events.size() + 1, pid, name(pid), "print", null, null, text, 0));
        return this;
    }

    static String name(long pid) {
        return pid == MAIN ? "MainProcess" : "P" + pid;
    }

    ObjectsModel fold() {
        return ObjectsModel.of(events);
    }
}
