package io.processlab.cli;

import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says at once, when the run records a deadlock, who waits for which lock and who holds it, and
 * how to end the run: a lesson without a timeout would otherwise wait in silence forever. Worked
 * out from the trace's lock events (who acquired what and has not released it, who waits).
 */
final class DeadlockNotice {
    private DeadlockNotice() {
    }

    /** Listens to {@code trace}; the notice is written by a thread of its own, off the engine's. */
    static void watch(Trace trace, String lesson, Path traceFile, Locale msgs, PrintStream err) {
        trace.addListener(e -> {
            if (e.is(Kinds.DEADLOCK)) {
                Thread t = new Thread(() -> {
                    err.println(say(trace, lesson, traceFile, msgs));
                    err.flush();
                }, "deadlock-notice");
                t.setDaemon(true);
                t.start();
            }
        });
    }

    /** The notice for the trace as it is now. */
    static String say(Trace trace, String lesson, Path traceFile, Locale msgs) {
        Map<Long, String> names = new HashMap<>();
        for (ProcessInfo p : trace.processes()) {
            names.put(p.pid(), p.name() + " (" + p.pid() + ")");
        }
        Map<String, Long> holder = new HashMap<>();
        Map<Long, String> waitsFor = new LinkedHashMap<>();
        for (TraceEvent e : trace.events()) {
            names.putIfAbsent(e.pid(), e.name() + " (" + e.pid() + ")");
            String lock = e.object();
            switch (e.kind()) {
                case Kinds.ACQUIRE_WAIT -> waitsFor.put(e.pid(), lock);
                case Kinds.ACQUIRED -> {
                    waitsFor.remove(e.pid());
                    holder.put(lock, e.pid());
                }
                case Kinds.ACQUIRE_TIMEOUT -> waitsFor.remove(e.pid());
                case Kinds.RELEASED -> holder.remove(lock, e.pid());
                case Kinds.EXIT -> waitsFor.remove(e.pid());
                default -> {
                    // other events do not change who holds or waits for a lock
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Long, String> w : waitsFor.entrySet()) {
            Long by = holder.get(w.getValue());
            if (by != null && !by.equals(w.getKey())) {
                parts.add(CliText.get(msgs, "run.deadlock.waits", names.get(w.getKey()), w.getValue(), names.get(by)));
            }
        }
        String who = String.join("; ", parts);
        return traceFile == null ? CliText.get(msgs, "run.deadlock", lesson, who)
                : CliText.get(msgs, "run.deadlock_trace", lesson, who, traceFile);
    }
}
