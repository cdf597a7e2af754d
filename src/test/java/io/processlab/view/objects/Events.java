package io.processlab.view.objects;

import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/** Hand-made trace events for the fold's tests: one builder, times 1, 2, 3... */
final class Events {
    static final long MAIN = 100;
    private final List<TraceEvent> list = new ArrayList<>();

    static Events of() {
        return new Events();
    }

    Events e(long pid, String kind, String object, String detail, long msg) {
        list.add(new TraceEvent(list.size() + 1, pid, name(pid), kind, object, detail, null, msg));
        return this;
    }

    Events e(long pid, String kind, String object, String detail) {
        return e(pid, kind, object, detail, 0);
    }

    Events print(long pid, String text) {
        list.add(new TraceEvent(list.size() + 1, pid, name(pid), "print", null, null, text, 0));
        return this;
    }

    Events spawn(long pid, String target) {
        return e(MAIN, "spawn", null, name(pid) + " (" + pid + "): " + target);
    }

    static String name(long pid) {
        return pid == MAIN ? "MainProcess" : "P" + pid;
    }

    static Proc p(long pid) {
        return new Proc(pid, name(pid));
    }

    List<TraceEvent> list() {
        return List.copyOf(list);
    }

    ObjectsModel fold() {
        return ObjectsModel.of(list);
    }
}
