package io.processlab.python;

import com.google.gson.JsonObject;
import io.processlab.trace.Clock;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.RuntimeKind;
import io.processlab.trace.StepBook;
import io.processlab.trace.Trace;
import io.processlab.wire.LineReader;
import io.processlab.wire.ProtocolException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One run of a Python program, unmodified, with every process it starts traced live into a
 * {@link Trace} of the same kinds as a Java run. {@link #start} launches the interpreter on the
 * program with the tracer on its PYTHONPATH and listens on the run's private folder; the trace
 * fills as the processes work. {@link #stop} ends the whole tree (every descendant, within two
 * seconds); so does the app's death, as each traced process holds a lifeline to the app.
 */
public final class PythonRun implements AutoCloseable {
    /** How long events wait to be put in time order (the processes' connections are read apart). */
    static final long HOLD_NANOS = 100_000_000L;
    /** After the program's process ended, how long the rest of its processes have to end. */
    static final long LINGER_NANOS = 2_000_000_000L;
    private static final long TICK_MS = 10;

    /** What to run: the interpreter (null: python3 on PATH), the program, its arguments, its folder (null: ours). */
    public record Options(String python, Path program, List<String> args, Path workDir) {
        public Options {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Options of(String python, Path program) {
            return new Options(python, program, List.of(), null);
        }
    }

    /** What the trace file says of a Python run besides its events. */
    public record Info(String python, String implementation, String executable, List<String> startMethods,
                       Path program) {
    }

    private final Options options;
    private final Path python;
    private final Path dir;
    /** The run's time zero: when the program's first process said hello (its interpreter had started). */
    private volatile long startNanos = Long.MIN_VALUE;
    private final ThreadLocal<Long> stamp = new ThreadLocal<>();
    private final Trace trace;
    private final TraceMapper mapper;
    private final Reorder<Incoming> reorder = new Reorder<>();
    private final TraceServer server;
    private final Set<Long> pids = ConcurrentHashMap.newKeySet();
    private final Map<TraceServer.Conn, Boolean> open = new ConcurrentHashMap<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<String> shadowing;
    private volatile Process process;
    private volatile Integer exitCode;
    private volatile long exitedAt;
    private volatile boolean stopped;
    private final AtomicInteger streamsOpen = new AtomicInteger(2);
    private volatile long lastUs;
    private final PythonSteps steps;

    /** What a connection or the interpreter's own streams brought, waiting to be put in order. */
    private record Incoming(long pid, JsonObject message, String raw, boolean err, boolean ended) {
    }

    private PythonRun(Options options, Path python, boolean stepped) throws IOException {
        this.options = options;
        this.python = python;
        this.dir = Files.createTempDirectory("processlab-py-");
        // called under the trace's lock: what it records is in time order, whichever thread records
        Clock clock = () -> {
            Long s = stamp.get();
            long zero = startNanos;
            long us = Math.max(lastUs, s != null ? s : zero == Long.MIN_VALUE ? 0
                    : (System.nanoTime() - zero - HOLD_NANOS) / 1000);
            lastUs = us;
            return us;
        };
        this.trace = new Trace(clock).runtime(RuntimeKind.PYTHON);
        this.mapper = new TraceMapper(new TraceMapper.Recorder() {
            @Override
            public void record(long nanos, long pid, String name, String kind, String object, String detail,
                               String text, long msg, io.processlab.trace.Fields fields) {
                stamp.set(usAt(nanos));
                try {
                    trace.record(pid, name, kind, object, detail, text, msg, fields);
                } finally {
                    stamp.remove();
                }
            }

            @Override
            public void held(long nanos, long pid, String name, String object, String op) {
                stamp.set(usAt(nanos));
                try {
                    steps.held(pid, name, object, op);
                } finally {
                    stamp.remove();
                }
            }

            @Override
            public void process(ProcessInfo p) {
                trace.addProcess(p);
            }
        });
        this.server = new TraceServer(dir, new TraceServer.Sink() {
            @Override
            public void message(TraceServer.Conn c, JsonObject m, long at) {
                open.put(c, Boolean.TRUE);
                if (c.pid > 0) {
                    pids.add(c.pid);
                }
                JsonObject msg = m;
                long t = at;
                if (m.has("t0") && m.get("t0").isJsonPrimitive()) {
                    t = m.get("t0").getAsLong(); // a spawn is placed when start() was called
                } else if (m.has("t") && m.get("t").isJsonPrimitive() && !"hello".equals(str(m))) {
                    t = m.get("t").getAsLong();
                }
                reorder.add(t, new Incoming(c.pid, msg, null, false, false));
            }

            @Override
            public void ended(TraceServer.Conn c, long at) {
                open.remove(c);
                reorder.add(at, new Incoming(c.pid, null, null, false, true));
            }

            @Override
            public void badLine(TraceServer.Conn c, String why) {
                reorder.add(System.nanoTime(), new Incoming(c.pid, null, why, true, false));
            }
        }, System::nanoTime);
        this.steps = new PythonSteps(dir, pid -> server.answer(pid, PythonSteps.GO), stepped);
        this.shadowing = StdlibNames.shadowedBy(options.program());
    }

    /** The run's time of {@code nanos} (the app's clock), in microseconds; the first stamp is time zero. */
    private long usAt(long nanos) {
        if (startNanos == Long.MIN_VALUE) {
            startNanos = nanos;
        }
        return Math.max(0, (nanos - startNanos) / 1000);
    }

    private static String str(JsonObject m) {
        return m.has("k") && m.get("k").isJsonPrimitive() ? m.get("k").getAsString() : "";
    }

    /** Starts the program. It runs its code, as the user asked. */
    public static PythonRun start(Options options) throws PythonException {
        return start(options, false);
    }

    /**
     * Starts the program; {@code stepped}: in step mode from its first operation, each waiting
     * until a {@link StepBook} given to {@link #holdIn} lets it go.
     */
    public static PythonRun start(Options options, boolean stepped) throws PythonException {
        Path program = options.program();
        if (program == null || !program.getFileName().toString().endsWith(".py")) {
            throw new PythonException(PythonException.Problem.NOT_PY, String.valueOf(program), "not a .py file");
        }
        if (!Files.isRegularFile(program) || !Files.isReadable(program)) {
            throw new PythonException(PythonException.Problem.NO_PROGRAM, program.toString(), "no such file");
        }
        Optional<Path> python = PythonFinder.find(options.python());
        if (python.isEmpty()) {
            throw new PythonException(PythonException.Problem.NO_PYTHON,
                    options.python() == null ? PythonFinder.DEFAULT : options.python(), "no Python interpreter");
        }
        PythonRun run;
        try {
            run = new PythonRun(options, python.get(), stepped);
        } catch (IOException e) {
            throw new PythonException(PythonException.Problem.SETUP, String.valueOf(e.getMessage()), "setup failed");
        }
        run.launch();
        return run;
    }

    private void launch() throws PythonException {
        Path program = options.program().toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>();
        cmd.add(python.toString());
        cmd.add(program.toString());
        cmd.addAll(options.args());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (options.workDir() != null) {
            pb.directory(options.workDir().toFile());
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Path tracer = TracerFiles.install(dir.resolve("tracer"));
            Map<String, String> env = pb.environment();
            String old = env.get("PYTHONPATH");
            env.put("PYTHONPATH", tracer + (old == null || old.isEmpty() ? "" : java.io.File.pathSeparator + old));
            env.put("PROCESSLAB_TRACE_DIR", dir.toString());
            env.put("PROCESSLAB_TRACE_ROOT", "1");
            env.put("PROCESSLAB_TRACE_PROGRAM", program.toString());
            env.put("PYTHONIOENCODING", "utf-8");
            server.start();
            process = pb.start();
        } catch (IOException e) {
            server.close();
            deleteDir();
            throw new PythonException(PythonException.Problem.PYTHON_FAILED, python.toString(), String.valueOf(e.getMessage()));
        }
        pids.add(process.pid());
        drain(process.getInputStream(), false);
        drain(process.getErrorStream(), true);
        Thread waiter = new Thread(this::awaitProcess, "python-wait");
        waiter.setDaemon(true);
        waiter.start();
        Thread flusher = new Thread(this::flushLoop, "python-trace-order");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** The program's process's own stdout or stderr: what bypassed the tracer (or came before it). */
    private void drain(InputStream in, boolean err) {
        long pid = process.pid();
        Thread t = new Thread(() -> {
            LineReader r = new LineReader(in);
            try {
                while (true) {
                    String line;
                    try {
                        line = r.readLine();
                    } catch (ProtocolException e) {
                        continue; // a line too long was skipped, or half a line at the end
                    }
                    if (line == null) {
                        break;
                    }
                    reorder.add(System.nanoTime(), new Incoming(pid, null, line, err, false));
                }
            } catch (IOException e) {
                // the stream closed
            } finally {
                streamsOpen.decrementAndGet();
            }
        }, err ? "python-stderr" : "python-stdout");
        t.setDaemon(true);
        t.start();
    }

    private void awaitProcess() {
        try {
            int code = process.waitFor();
            exitedAt = System.nanoTime();
            exitCode = code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void flushLoop() {
        try {
            while (true) {
                long now = System.nanoTime();
                apply(reorder.due(now, HOLD_NANOS));
                mapper.expire(now - HOLD_NANOS, false);
                // once the program's process exited, every connection ended and its output closed,
                // all its processes said all they will: nothing is left to wait for
                boolean quiet = exitCode != null && open.isEmpty() && streamsOpen.get() <= 0;
                if (exitCode != null && (quiet || now - exitedAt > HOLD_NANOS)) {
                    if (quiet || now - exitedAt > LINGER_NANOS) {
                        if (!quiet) {
                            killTree(); // what outlived the program does not go on alone
                            Thread.sleep(200);
                        }
                        finish();
                        return;
                    }
                }
                Thread.sleep(TICK_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish();
        }
    }

    private void finish() {
        apply(reorder.all());
        long now = System.nanoTime();
        mapper.rootExited(exitCode == null ? -1 : exitCode, Math.max(now - HOLD_NANOS, exitedAt));
        mapper.expire(now, true);
        long root = mapper.rootPid() > 0 ? mapper.rootPid() : process.pid();
        long us = startNanos == Long.MIN_VALUE ? 0 : Math.max(lastUs, (now - startNanos) / 1000);
        stamp.set(us);
        try {
            trace.record(root, TraceMapper.MAIN, Kinds.END, null, null);
        } finally {
            stamp.remove();
        }
        steps.close();
        server.close();
        deleteDir();
        done.countDown();
    }

    private void apply(List<Reorder.Item<Incoming>> items) {
        for (Reorder.Item<Incoming> i : items) {
            Incoming in = i.value();
            if (in.ended()) {
                mapper.ended(in.pid(), i.nanos());
            } else if (in.message() != null) {
                mapper.apply(in.pid(), in.message(), i.nanos());
            } else if (in.raw() != null) {
                long pid = mapper.rootPid() > 0 ? mapper.rootPid() : in.pid();
                mapper.raw(pid, in.err(), in.raw(), i.nanos());
            }
        }
    }

    /**
     * Step mode: from now on each operation of the program's processes on a traced object (a lock,
     * queue, event or pipe end) waits in {@code book} until it lets the operation go, the process
     * really blocked; null: none waits any more.
     */
    public void holdIn(StepBook book) {
        steps.holdIn(book);
    }

    /** The run's trace, filling live. */
    public Trace trace() {
        return trace;
    }

    /** The interpreter and start methods seen so far. */
    public Info info() {
        return new Info(mapper.python(), mapper.implementation(), mapper.executable(),
                List.copyOf(mapper.startMethods()), options.program());
    }

    /**
     * The trace file's header for this run: {@code "runtime": "python"}, the interpreter (version,
     * implementation, executable), the start method(s) its processes were started with, the program.
     */
    public JsonObject header() {
        JsonObject h = new JsonObject();
        h.addProperty("runtime", trace.runtime().id());
        JsonObject py = new JsonObject();
        py.addProperty("version", mapper.python());
        py.addProperty("implementation", mapper.implementation());
        py.addProperty("executable", mapper.executable() != null ? mapper.executable() : python.toString());
        h.add("python", py);
        List<String> methods = List.copyOf(mapper.startMethods());
        if (!methods.isEmpty()) {
            h.addProperty("start_method", String.join(",", methods));
        }
        h.addProperty("program", options.program().getFileName().toString());
        return h;
    }

    /** The settings a trace file records for a Python run: the program and the interpreter it ran on. */
    public JsonObject settings() {
        JsonObject s = new JsonObject();
        s.addProperty("program", options.program().getFileName().toString());
        s.addProperty("python", mapper.python() != null ? mapper.python() : python.toString());
        return s;
    }

    /** The interpreter this run uses. */
    public Path python() {
        return python;
    }

    /** Files beside the program (or the program itself) named like a standard module that multiprocessing imports. */
    public List<String> shadowing() {
        return shadowing;
    }

    /** True when the program's first process never reached the tracer (the interpreter ran without it). */
    public boolean untraced() {
        return isDone() && mapper.python() == null;
    }

    public boolean isDone() {
        return done.getCount() == 0;
    }

    /** Waits for the run to end (the program and every process it started); true when it did. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    /** The program's exit status (128 + N when signal N ended it), or null while it runs. */
    public Integer exitCode() {
        return isDone() ? exitCode : null;
    }

    /** True when {@link #stop} ended the run. */
    public boolean stopped() {
        return stopped;
    }

    /** Ends the program and every process it started, now. */
    public void stop() {
        stopped = true;
        mapper.stopping();
        killTree();
    }

    private void killTree() {
        server.cutLifelines(); // each traced process gets SIGIO and ends
        Process p = process;
        if (p == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>();
        all.add(p.toHandle());
        p.descendants().forEach(all::add);
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(all::add);
        }
        // the program's process made itself a process group: orphans of the run are in it too
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + p.pid())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // no kill command: each process below
        }
        for (ProcessHandle h : all) {
            h.destroyForcibly();
        }
    }

    /** Stops what still runs and waits (up to three seconds) for the run to end. */
    @Override
    public void close() {
        if (!isDone()) {
            stop();
            try {
                await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        server.close();
        deleteDir();
    }

    private void deleteDir() {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
