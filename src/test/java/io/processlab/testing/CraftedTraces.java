package io.processlab.testing;

import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Trace files as an attacker would write them (issue 15, cases 1 to 9), as the bytes of the file:
 * a valid header and events built line by line, so that the reader, the timeline and both exports
 * meet them as they would on disk. Also the real traces the fuzz test mutates.
 */
public final class CraftedTraces {
    /** Real runs of the lessons, recorded with {@code run LESSON --trace}: the fuzz test's seeds. */
    public static final List<String> REAL = List.of("process", "pipe", "queue", "event", "pool", "deadlock");

    private CraftedTraces() {
    }

    /** A real trace's bytes. */
    public static byte[] real(String lesson) {
        try (InputStream in = CraftedTraces.class.getResourceAsStream("/io/processlab/fuzz/" + lesson + ".processlab")) {
            if (in == null) {
                throw new IllegalStateException("no recorded trace for " + lesson);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A trace file being written: the header, then events, then {@link #bytes()}. */
    public static final class Builder {
        private final StringBuilder processes = new StringBuilder();
        private final StringBuilder events = new StringBuilder();
        private int nProcesses;
        private int nEvents;

        public Builder process(long pid, String name, String role) {
            processes.append(nProcesses++ == 0 ? "" : ",").append("{\"pid\":").append(pid).append(",\"name\":")
                    .append(quote(name)).append(",\"role\":").append(quote(role)).append('}');
            return this;
        }

        /** An event; {@code extra} is raw JSON members to add (e.g. {@code "detail":"code 0"}), or null. */
        public Builder event(String tUs, String pid, String name, String kind, String extra) {
            events.append(nEvents++ == 0 ? "\n" : ",\n").append("{\"t_us\":").append(tUs).append(",\"pid\":").append(pid)
                    .append(",\"name\":").append(quote(name)).append(",\"kind\":").append(quote(kind));
            if (extra != null) {
                events.append(',').append(extra);
            }
            events.append('}');
            return this;
        }

        public Builder event(long tUs, long pid, String name, String kind, String extra) {
            return event(Long.toString(tUs), Long.toString(pid), name, kind, extra);
        }

        public byte[] bytes() {
            return ("{\"format\":\"processlab-trace\",\"version\":1,\"lesson\":\"queue\",\"settings\":{},\"processes\":["
                    + processes + "],\"events\":[" + events + "\n]}\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    public static Builder builder() {
        return new Builder().process(100, "MainProcess", "main");
    }

    /** A JSON string. */
    public static String quote(String s) {
        return new JsonPrimitive(s).toString();
    }

    /** Case 1: a spawn's detail names a PID too big for a long. */
    public static byte[] spawnPidTooBig() {
        return builder().event(10, 100, "MainProcess", "spawn", "\"detail\":\"C (99999999999999999999): t\"")
                .event(20, 100, "MainProcess", "print", "\"text\":\"hi\"").bytes();
    }

    /** Case 2: an exit detail with a code too big for an int. */
    public static byte[] exitCodeTooBig() {
        return builder().process(200, "C", "child")
                .event(10, 100, "MainProcess", "spawn", "\"detail\":\"C (200): t\"")
                .event(20, 200, "C", "exit", "\"detail\":\"code 99999999999\"").bytes();
    }

    /** Case 3: a process with a name of {@code chars} characters. */
    public static byte[] longName(int chars) {
        String name = "N".repeat(chars);
        return builder().process(200, name, "child")
                .event(10, 100, "MainProcess", "spawn", "\"detail\":" + quote(name + " (200): t"))
                .event(20, 200, name, "print", "\"text\":" + quote(name))
                .event(30, 200, name, "acquire-wait", "\"object\":" + quote(name))
                .event(40, 200, name, "acquired", "\"object\":" + quote(name))
                .event(900_000, 200, name, "exit", "\"detail\":\"code 0\"").bytes();
    }

    /** Case 4: {@code n} processes listed, each with one event. */
    public static byte[] manyListedProcesses(int n) {
        Builder b = builder();
        for (int i = 0; i < n; i++) {
            b.process(1000 + i, "P-" + i, "child");
        }
        for (int i = 0; i < n; i++) {
            b.event(i, 1000 + i, "P-" + i, "print", "\"text\":\"x\"");
        }
        return b.bytes();
    }

    /** Case 4: {@code n} PIDs seen only in events. */
    public static byte[] manyPidsInEvents(int n) {
        Builder b = builder();
        for (int i = 0; i < n; i++) {
            b.event(i, 1000 + i, "P", "print", null);
        }
        return b.bytes();
    }

    /** Case 4: {@code n} processes that all say they are the main one. */
    public static byte[] manyMains(int n) {
        Builder b = new Builder();
        for (int i = 0; i < n; i++) {
            b.process(1000 + i, "MainProcess", "main");
        }
        for (int i = 0; i < n; i++) {
            b.event(i, 1000 + i, "MainProcess", "print", null);
        }
        return b.bytes();
    }

    /** Case 5: one process that takes {@code n} locks and holds them all. */
    public static byte[] manyHeldLocks(int n) {
        Builder b = builder();
        for (int i = 0; i < n; i++) {
            b.event(i, 100, "MainProcess", "acquired", "\"object\":\"lock-" + i + "\"");
        }
        return b.bytes();
    }

    /** Case 5 and the waits' list: {@code n} waits opened, then closed in the order opened. */
    public static byte[] manyOpenWaits(int n) {
        Builder b = builder();
        for (int i = 0; i < n; i++) {
            b.event(i, 100, "MainProcess", "acquire-wait", "\"object\":\"lock-" + i + "\"");
        }
        for (int i = 0; i < n; i++) {
            b.event(n + i, 100, "MainProcess", "acquired", "\"object\":\"lock-" + i + "\"");
        }
        return b.bytes();
    }

    /** Case 8: an event at the largest time a long holds. */
    public static byte[] timeAtTheEndOfLong() {
        return builder().process(200, "C", "child")
                .event(0, 100, "MainProcess", "spawn", "\"detail\":\"C (200): t\"")
                .event(5, 200, "C", "print", "\"text\":\"hi\"")
                .event(Long.MAX_VALUE, 200, "C", "exit", "\"detail\":\"code 0\"").bytes();
    }
}
