package io.processlab.python;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows the tracer's messages: turns them, in time order, into the trace's
 * kinds and fields, the same as a Java run records (docs/trace-format.md). Objects get the names
 * the program gave them where the tracer saw one ({@code tasks = JoinableQueue()} is
 * {@code tasks}), else a kind and a number; each put/send and the get/recv that took its value
 * share a message number. Not thread-safe: one thread applies the messages.
 */
final class TraceMapper {
    /** Where the trace events go. */
    interface Recorder {
        void record(long nanos, long pid, String name, String kind, String object, String detail, String text, long msg,
                    Fields fields);

        void process(ProcessInfo p);

        /**
         * Step mode: the process {@code pid} waits, before an operation {@code op} on {@code object},
         * to be let go (stamped {@code nanos}); the recorder records it as held, or answers at once.
         */
        default void held(long nanos, long pid, String name, String object, String op) {
        }
    }

    /** How long a process that ended without saying so waits for its parent to see its exit code. */
    static final long REAP_WAIT_NANOS = 2_000_000_000L;
    static final String MAIN = "MainProcess";

    private final Recorder out;
    private final Map<Long, String> names = new HashMap<>();
    private final Set<Long> spawned = new HashSet<>();
    private final Set<Long> exited = new HashSet<>();
    private final Map<Long, Long> endedAt = new HashMap<>();
    private final Map<Long, Integer> reaped = new HashMap<>();
    private final Map<String, String> objects = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, Long> msgs = new HashMap<>();
    private final Map<String, Long> holders = new HashMap<>();
    private final LockCycles cycles = new LockCycles();
    private final Map<Long, StringBuilder> partial = new HashMap<>();
    private final Set<String> methods = new LinkedHashSet<>();
    private long nextMsg = 1;
    private long rootPid = -1;
    private String python;
    private String implementation;
    private String executable;
    private final Map<String, Integer> jobs = new HashMap<>();
    private final Map<Long, Long> lines = new HashMap<>();
    private final Map<String, Long> computedBy = new HashMap<>();
    private volatile boolean stopping;
    private int pools;

    TraceMapper(Recorder out) {
        this.out = out;
    }

    long rootPid() {
        return rootPid;
    }

    /** The interpreter's version (3.11.7), or null before the program's process said hello. */
    String python() {
        return python;
    }

    String implementation() {
        return implementation;
    }

    String executable() {
        return executable;
    }

    /** The start methods the program's processes were started with, in order of first use. */
    Set<String> startMethods() {
        return methods;
    }

    /** How many processes of the run were seen. */
    int processes() {
        return names.size();
    }

    /** One message of the process {@code pid}, stamped {@code t} (nanoseconds, the app's clock). */
    void apply(long pid, JsonObject m, long t) {
        String k = str(m, "k");
        if (k == null) {
            return;
        }
        line(pid, m, t);
        switch (k) {
            case "hello" -> hello(pid, m);
            case "start" -> start(pid, m, t);
            case "spawned" -> spawned(pid, m, t);
            case "create" -> create(pid, m, t);
            case "print" -> printed(pid, m, t, Kinds.PRINT);
            case "stderr" -> printed(pid, m, t, Kinds.STDERR);
            case "exit" -> exit(pid, (int) num(m, "code"), str(m, "error"), t);
            case "reaped" -> reaped(num(m, "child"), num(m, "code"), t);
            case "held" -> out.held(t, pid, name(pid), objects.getOrDefault(str(m, "o"), str(m, "o")), str(m, "op"));
            case "sleep" -> {
                double secs = dbl(m, "secs");
                rec(t, pid, Kinds.SLEEP, null, seconds(m.get("secs")), null, 0,
                        Double.isFinite(secs) && secs >= 0 ? new Fields.Sleep(secs) : Fields.NONE);
            }
            case "wake" -> rec(t, pid, Kinds.WAKE, null, null, 0);
            case "process-join-wait", "process-joined" -> {
                long child = num(m, "child");
                rec(t, pid, k, null, name(child) + " (" + child + ")", null, 0, new Fields.Child(child, name(child), null));
            }
            default -> operation(pid, k, m, t);
        }
    }

    /** A step to the program's line the operation is at, when it is another than the process's last. */
    private void line(long pid, JsonObject m, long t) {
        JsonElement e = m.get("ln");
        if (e == null || e.isJsonNull() || "spawned".equals(str(m, "k"))) {
            return;
        }
        long ln = num(m, "ln");
        if (ln > 0 && !Long.valueOf(ln).equals(lines.put(pid, ln))) {
            rec(t, pid, Kinds.STEP, null, "line " + ln, 0);
        }
    }

    /** A line the program's process wrote to its real stdout or stderr, past the tracer (a C library, os.write). */
    void raw(long pid, boolean err, String line, long t) {
        rec(t, pid, err ? Kinds.STDERR : Kinds.PRINT, null, null, line, 0, Fields.NONE);
    }

    /** From now on, a process that ends was ended by the run being stopped. */
    void stopping() {
        stopping = true;
    }

    /** The process's connection ended: it ended, however it did. */
    void ended(long pid, long t) {
        if (pid < 0) {
            return;
        }
        flushPartial(pid, t);
        if (exited.contains(pid) || pid == rootPid) {
            return;
        }
        Integer code = reaped.remove(pid);
        if (code != null) {
            exit(pid, status(code), null, t);
        } else {
            endedAt.put(pid, t);
        }
    }

    /** The program's first process ended with {@code code} (its exit status as the app saw it). */
    void rootExited(int code, long t) {
        if (rootPid >= 0 && !exited.contains(rootPid)) {
            flushPartial(rootPid, t);
            exit(rootPid, code, null, t);
        }
    }

    /**
     * Processes that ended without saying how and whose parent did not tell either within
     * {@link #REAP_WAIT_NANOS} (or {@code all}: the run is over) get their end with no code.
     */
    void expire(long now, boolean all) {
        for (Map.Entry<Long, Long> e : List.copyOf(endedAt.entrySet())) {
            if (all || now - e.getValue() > REAP_WAIT_NANOS) {
                exit(e.getKey(), -1, null, Math.max(now, e.getValue()));
            }
        }
    }

    private void hello(long pid, JsonObject m) {
        if ("main".equals(str(m, "role"))) {
            rootPid = pid;
            names.put(pid, MAIN);
            python = str(m, "python");
            implementation = str(m, "implementation");
            executable = str(m, "executable");
        }
    }

    private void start(long pid, JsonObject m, long t) {
        String role = str(m, "role");
        String target = str(m, "target");
        if ("main".equals(role)) {
            rootPid = pid;
            names.put(pid, MAIN);
            out.process(new ProcessInfo(pid, MAIN, "main", null));
        } else {
            String name = str(m, "name");
            names.put(pid, name);
            long parent = m.has("parent") && !m.get("parent").isJsonNull() ? m.get("parent").getAsLong() : rootPid;
            spawn(parent, pid, name, role, target, t);
            method(str(m, "method"));
        }
        rec(t, pid, Kinds.START, null, "pid " + pid, null, 0, new Fields.Child(pid, names.get(pid), target));
    }

    private void spawned(long pid, JsonObject m, long t) {
        method(str(m, "method"));
        long child = num(m, "child");
        String name = str(m, "name");
        if (!names.containsKey(child)) {
            names.put(child, name);
        }
        spawn(pid, child, name, str(m, "role"), str(m, "target"), t);
    }

    private void spawn(long parent, long child, String name, String role, String target, long t) {
        if (!spawned.add(child)) {
            return;
        }
        String tgt = target == null ? "run" : target;
        out.process(new ProcessInfo(child, name, role == null ? "child" : role, tgt));
        rec(t, parent, Kinds.SPAWN, null, name + " (" + child + "): " + tgt, null, 0, new Fields.Child(child, name, tgt));
    }

    private void method(String m) {
        if (m != null) {
            methods.add(m);
        }
    }

    private void create(long pid, JsonObject m, long t) {
        String type = str(m, "type");
        String id = str(m, "o");
        if (type == null || id == null) {
            return;
        }
        switch (type) {
            case "Pipe" -> {
                String shown = fresh(null, "pipe");
                JsonArray ends = m.getAsJsonArray("ends");
                for (int i = 0; ends != null && i < ends.size() && i < 2; i++) {
                    String end = shown + (i == 0 ? ".a" : ".b");
                    objects.put(ends.get(i).getAsString(), end);
                    rec(t, pid, Kinds.CREATE, end, "Connection", null, 0, new Fields.Create("Connection"));
                }
            }
            case "Pool" -> {
                pools++;
                String prefix = pools == 1 ? "pool" : "pool-" + pools;
                objects.put(str(m, "tasks"), prefix + "-tasks");
                objects.put(str(m, "results"), prefix + "-results");
            }
            default -> {
                String shown = fresh(str(m, "label"), type.toLowerCase(java.util.Locale.ROOT));
                objects.put(id, shown);
                if (type.equals("Lock") || type.equals("RLock")) {
                    cycles.lock(shown);
                }
                rec(t, pid, Kinds.CREATE, shown, type, null, 0, new Fields.Create(type));
            }
        }
    }

    /** A name not used yet: the program's own if it gave one, else the kind and a number. */
    private String fresh(String label, String kind) {
        String base = label != null && label.matches("[A-Za-z_][A-Za-z0-9_]*") ? label : kind;
        int n = counters.merge(base, 1, Integer::sum);
        String name = label != null && n == 1 ? base : base + "-" + n;
        while (!used.add(name)) {
            name = base + "-" + counters.merge(base, 1, Integer::sum);
        }
        return name;
    }

    private void operation(long pid, String k, JsonObject m, long t) {
        String o = objects.getOrDefault(str(m, "o"), str(m, "o"));
        if (m.has("job")) {
            pool(pid, k, o, m, t);
            return;
        }
        Double timeout = m.has("timeout") && !m.get("timeout").isJsonNull() ? dbl(m, "timeout") : null;
        switch (k) {
            case Kinds.ACQUIRE_WAIT -> {
                Long h = holders.get(o);
                rec(t, pid, k, o, h == null ? null : "held by " + name(h) + " (" + h + ")", null, 0, new Fields.Wait(timeout, h));
                LockCycles.Found d = cycles.waits(pid, o, holders, this::name);
                if (d != null) {
                    rec(t, pid, Kinds.DEADLOCK, null, d.text(), null, 0, new Fields.Deadlock(d.links()));
                }
            }
            case Kinds.ACQUIRED -> {
                holders.put(o, pid);
                cycles.done(pid);
                rec(t, pid, k, o, null, 0);
            }
            case Kinds.ACQUIRE_TIMEOUT -> {
                cycles.done(pid);
                outcome(t, pid, k, o, bool(m, "busy") ? Fields.Outcome.BUSY : Fields.Outcome.TIMEOUT);
            }
            case Kinds.RELEASED -> {
                holders.remove(o);
                rec(t, pid, k, o, null, 0);
            }
            case Kinds.PUT, Kinds.SEND, Kinds.GET -> rec(t, pid, k, o, str(m, "value"), msg(str(m, "key")));
            case Kinds.RECV -> {
                if (bool(m, "eof")) {
                    outcome(t, pid, k, o, Fields.Outcome.EOF);
                } else {
                    rec(t, pid, k, o, str(m, "value"), msg(str(m, "key")));
                }
            }
            case Kinds.GET_WAIT, Kinds.EVENT_WAIT, Kinds.RECV_WAIT -> rec(t, pid, k, o,
                    timeout == null ? null : "timeout " + str(m, "timeout") + " s", null, 0, new Fields.Wait(timeout, null));
            case Kinds.GET_EMPTY -> outcome(t, pid, k, o,
                    "timeout".equals(str(m, "why")) ? Fields.Outcome.TIMEOUT : Fields.Outcome.EMPTY);
            case Kinds.TASK_DONE, Kinds.JOIN_WAIT, Kinds.JOINED -> {
                int n = m.has("unfinished") && !m.get("unfinished").isJsonNull() ? (int) num(m, "unfinished")
                        : k.equals(Kinds.JOINED) ? 0 : -1;
                rec(t, pid, k, o, n < 0 ? null : "unfinished " + n, null, 0, n < 0 ? Fields.NONE : new Fields.Unfinished(n));
            }
            case Kinds.EVENT_SET -> rec(t, pid, k, o,
                    m.has("waiters") && !m.get("waiters").isJsonNull() && num(m, "waiters") > 0 ? "wakes " + num(m, "waiters") : null, 0);
            case Kinds.EVENT_WAKE -> {
                String how = str(m, "how");
                outcome(t, pid, k, o, "timeout".equals(how) ? Fields.Outcome.TIMEOUT
                        : "already set".equals(how) ? Fields.Outcome.ALREADY_SET : Fields.Outcome.SET);
            }
            case Kinds.ERROR -> rec(t, pid, k, o, str(m, "error"), 0);
            default -> rec(t, pid, k, o, null, 0);
        }
    }

    /** A call that ended other than by getting what it asked; the detail is the reason's own word. */
    private void outcome(long t, long pid, String k, String o, String reason) {
        String words = switch (reason) {
            case Fields.Outcome.TIMEOUT -> "timed out";
            case Fields.Outcome.ALREADY_SET -> "already set";
            case Fields.Outcome.EOF -> "EOF";
            default -> reason;
        };
        rec(t, pid, k, o, k.equals(Kinds.EVENT_WAKE) && reason.equals(Fields.Outcome.TIMEOUT) ? "timeout" : words,
                null, 0, new Fields.Outcome(reason));
    }

    /** A pool's chunk taken or given, and its results: the same reprs a Java run's pool queues carry. */
    private void pool(long pid, String k, String o, JsonObject m, long t) {
        boolean results = !m.has("items");
        JsonArray list = results ? m.getAsJsonArray("results") : m.getAsJsonArray("items");
        String poolId = str(m, "pool");
        int job = jobs.computeIfAbsent(poolId + ":" + num(m, "job"), x -> 1 + (int) jobs.keySet().stream()
                .filter(j -> j.startsWith(poolId + ":")).count());
        int chunk = (int) num(m, "chunk");
        StringBuilder d = new StringBuilder("{'job': ").append(job).append(", 'chunk': ").append(chunk);
        d.append(results ? ", 'results': [" : ", 'fn': '" + str(m, "fn") + "', 'items': [");
        List<String> values = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String v = list.get(i).getAsString();
            d.append(i > 0 ? ", " : "").append(v);
            if (values.size() < Fields.PoolWork.MAX_VALUES) {
                values.add(v.length() <= Fields.PoolWork.MAX_VALUE_CHARS ? v
                        : v.substring(0, Fields.PoolWork.MAX_VALUE_CHARS - 1) + "\u2026");
            }
        }
        int count = (int) num(m, "count");
        if (list != null && count > list.size()) {
            d.append(", \u2026");
        }
        d.append("]}");
        String key = str(m, "key");
        Long worker;
        if (results && k.equals(Kinds.PUT)) {
            worker = pid;
            computedBy.put(key, pid);
        } else if (results) {
            worker = computedBy.get(key);
        } else {
            worker = k.equals(Kinds.GET) ? Long.valueOf(pid) : null;
        }
        rec(t, pid, k, o, d.toString(), null, msg(key), new Fields.PoolWork(job, chunk, count, worker, results, values));
    }

    private void printed(long pid, JsonObject m, long t, String kind) {
        String text = str(m, "text");
        if (text == null) {
            return;
        }
        if (bool(m, "part")) {
            partial.computeIfAbsent(pid, p -> new StringBuilder()).append(text);
            return;
        }
        StringBuilder before = partial.remove(pid);
        rec(t, pid, kind, null, null, before == null ? text : before.append(text).toString(), 0, Fields.NONE);
    }

    private void flushPartial(long pid, long t) {
        StringBuilder before = partial.remove(pid);
        if (before != null && before.length() > 0) {
            rec(t, pid, Kinds.PRINT, null, null, before.toString(), 0, Fields.NONE);
        }
    }

    /**
     * A process's end. {@code code} is its exit status as the operating system gives it
     * (128 + N when signal N ended it; -1 when there was none to be had).
     */
    private void exit(long pid, int code, String error, long t) {
        if (!exited.add(pid)) {
            return;
        }
        endedAt.remove(pid);
        cycles.done(pid);
        Integer signal = code == 0 ? null : Fields.Exit.signalOf(code);
        String reason = code == 0 ? Fields.Exit.EXITED : stopping ? Fields.Exit.STOPPED
                : code == -1 ? Fields.Exit.UNKNOWN : Fields.Exit.reasonOf(code, signal);
        String detail = "code " + code + (error == null ? "" : ": " + error);
        rec(t, pid, Kinds.EXIT, null, detail, null, 0, new Fields.Exit(code, signal, reason));
    }

    /** Python's exitcode (-N when signal N ended the process) as the operating system's status (128 + N). */
    static int status(long pythonExitCode) {
        return pythonExitCode < 0 && pythonExitCode >= -64 ? 128 + (int) -pythonExitCode : (int) pythonExitCode;
    }

    private void reaped(long child, long code, long t) {
        if (exited.contains(child)) {
            return;
        }
        if (endedAt.containsKey(child)) {
            exit(child, status(code), null, t);
        } else {
            reaped.put(child, status(code));
        }
    }

    private long msg(String key) {
        return key == null ? 0 : msgs.computeIfAbsent(key, x -> nextMsg++);
    }

    private String name(long pid) {
        String n = names.get(pid);
        return n == null ? "?" : n;
    }

    private void rec(long t, long pid, String kind, String object, String detail, long msg) {
        rec(t, pid, kind, object, detail, null, msg, Fields.NONE);
    }

    private void rec(long t, long pid, String kind, String object, String detail, String text, long msg, Fields f) {
        out.record(t, pid, name(pid), kind, object, detail, text, msg, f);
    }

    private static double dbl(JsonObject m, String key) {
        JsonElement e = m.get(key);
        try {
            return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
        } catch (NumberFormatException | UnsupportedOperationException x) {
            return Double.NaN;
        }
    }

    private static String seconds(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString() + " s";
    }

    private static String str(JsonObject m, String key) {
        JsonElement e = m.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static long num(JsonObject m, String key) {
        JsonElement e = m.get(key);
        try {
            return e == null || e.isJsonNull() ? 0 : e.getAsLong();
        } catch (NumberFormatException | UnsupportedOperationException x) {
            return 0;
        }
    }

    private static boolean bool(JsonObject m, String key) {
        JsonElement e = m.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() && e.getAsBoolean();
    }
}
