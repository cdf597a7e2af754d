package io.processlab.view.timeline;

import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made trace events written one per line: {@code T PID KIND [key=value]...} with keys
 * {@code object}, {@code detail}, {@code msg}, {@code text}, {@code name}; a value runs to the
 * next " key=" or the end. Process 1 is "MainProcess"; another pid N is named "pN".
 */
public final class Events {
    private Events() {
    }

    public static List<TraceEvent> parse(String lines) {
        List<TraceEvent> out = new ArrayList<>();
        for (String raw : lines.split(";|\\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] head = line.split(" ", 4);
            long t = Long.parseLong(head[0]);
            long pid = Long.parseLong(head[1]);
            String kind = head[2];
            String rest = head.length > 3 ? " " + head[3] : "";
            String name = field(rest, "name");
            if (name == null) {
                name = pid == 1 ? ProcessStates.MAIN_NAME : "p" + pid;
            }
            String msg = field(rest, "msg");
            out.add(new TraceEvent(t, pid, name, kind, field(rest, "object"), field(rest, "detail"),
                    field(rest, "text"), msg == null ? 0 : Long.parseLong(msg)));
        }
        return TraceFile.withVersion1Fields(out);
    }

    private static String field(String rest, String key) {
        int i = rest.indexOf(" " + key + "=");
        if (i < 0) {
            return null;
        }
        int from = i + key.length() + 2;
        int next = rest.length();
        for (String k : new String[] {"object", "detail", "msg", "text", "name"}) {
            int j = rest.indexOf(" " + k + "=", from);
            if (j >= 0 && j < next) {
                next = j;
            }
        }
        return rest.substring(from, next);
    }

    public static ProcessStates states(String lines) {
        ProcessStates s = new ProcessStates();
        s.acceptAll(parse(lines));
        return s;
    }
}
