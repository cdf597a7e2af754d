package io.processlab.view.objects;

import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import java.util.ArrayList;
import java.util.List;

/** Hand-made trace events for the tests of the fold and of the panels: times 1, 2, 3...; the parent is PID 100. */
public final class Events {
    public static final long MAIN = 100;
    private final List<TraceEvent> list = new ArrayList<>();

    public static Events of() {
        return new Events();
    }

    public Events e(long pid, String kind, String object, String detail, long msg) {
        list.add(new TraceEvent(list.size() + 1, pid, name(pid), kind, object, detail, null, msg));
        return this;
    }

    public Events e(long pid, String kind, String object, String detail) {
        return e(pid, kind, object, detail, 0);
    }

    public Events print(long pid, String text) {
        list.add(new TraceEvent(list.size() + 1, pid, name(pid), "print", null, null, text, 0));
        return this;
    }

    public Events spawn(long pid, String target) {
        return e(MAIN, "spawn", null, name(pid) + " (" + pid + "): " + target);
    }

    /** A child spawned by the parent that has also started. */
    public Events child(long pid, String target) {
        return spawn(pid, target).e(pid, "start", null, "pid " + pid);
    }

    public static String name(long pid) {
        return pid == MAIN ? "MainProcess" : "P" + pid;
    }

    public static Proc p(long pid) {
        return new Proc(pid, name(pid));
    }

    /** The events, with the typed fields their version-1 texts give (as a version-1 file's get). */
    public List<TraceEvent> list() {
        return List.copyOf(TraceFile.withVersion1Fields(list));
    }

    public ObjectsModel fold() {
        return ObjectsModel.of(list());
    }
}
