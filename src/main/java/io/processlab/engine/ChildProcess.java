package io.processlab.engine;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.wire.LineReader;
import io.processlab.wire.LineWriter;
import io.processlab.wire.Message;
import io.processlab.wire.ProtocolException;
import io.processlab.wire.RemoteError;
import io.processlab.wire.WireCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real child process of the run: Python's {@code multiprocessing.Process}. Created unstarted;
 * {@link #start()} launches a JVM, and two threads serve it: one reads its protocol lines and
 * answers its calls, one drains its stderr.
 */
public final class ChildProcess {
    /** How many lines of stderr are kept for messages. */
    static final int STDERR_TAIL = 20;
    /** After this many protocol errors the child is ended. */
    static final int MAX_PROTOCOL_ERRORS = 50;

    private final Run run;
    private final String name;
    private final String target;
    private final String role;
    private final JsonArray args;
    private final CompletableFuture<Integer> ended = new CompletableFuture<>();
    private final ArrayDeque<String> stderrTail = new ArrayDeque<>();
    private volatile Process process;
    private volatile LineWriter toChild;
    private volatile Caller caller;
    private volatile JsonElement result;
    private volatile String failure;
    private volatile boolean helloSeen;
    private int protocolErrors;

    ChildProcess(Run run, String name, String target, String role, JsonArray args) {
        this.run = run;
        this.name = name;
        this.target = target;
        this.role = role;
        this.args = args;
    }

    public String name() {
        return name;
    }

    public String target() {
        return target;
    }

    /** The operating system's id; -1 before start. */
    public long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    /** Launches the child JVM and sends it its target. Returns at once, as Python's start(). */
    public synchronized void start() {
        if (process != null) {
            throw new IllegalStateException("process " + name + " was already started");
        }
        run.checkOpen();
        Trace trace = run.trace();
        ProcessBuilder pb = new ProcessBuilder(run.launcher().command(run.parentPid()));
        pb.redirectErrorStream(false);
        try {
            process = pb.start();
        } catch (IOException e) {
            trace.record(run.parentPid(), Run.MAIN, Kinds.ERROR, null, "cannot start " + name + ": " + e.getMessage());
            throw new IllegalStateException("cannot start process " + name + ": " + e.getMessage(), e);
        }
        run.adopt(this);
        caller = new Caller(process.pid(), name);
        trace.addProcess(new ProcessInfo(process.pid(), name, role, target));
        trace.record(run.parentPid(), Run.MAIN, Kinds.SPAWN, null, name + " (" + process.pid() + "): " + target, null, 0);
        toChild = new LineWriter(process.getOutputStream());
        send(Message.spawn(target, name, args, run.locale().toLanguageTag(), run.slowdown(), run.parentPid()));
        Thread reader = new Thread(this::readLoop, "child-" + process.pid() + "-out");
        Thread drain = new Thread(this::drainStderr, "child-" + process.pid() + "-err");
        reader.setDaemon(true);
        drain.setDaemon(true);
        drain.start();
        reader.start();
        this.drainThread = drain;
    }

    private volatile Thread drainThread;

    void send(Message m) {
        LineWriter w = toChild;
        if (w == null) {
            return;
        }
        String line = WireCodec.encode(m);
        run.tap(pid(), false, line);
        try {
            w.writeLine(line);
        } catch (IOException gone) {
            // the child has ended; its end is recorded by the reader
        }
    }

    private void readLoop() {
        LineReader in = new LineReader(process.getInputStream(), run.lineCap());
        try {
            String line;
            while (true) {
                try {
                    line = in.readLine();
                } catch (ProtocolException bad) {
                    protocolError(bad.getMessage());
                    if (protocolErrors >= MAX_PROTOCOL_ERRORS) {
                        break;
                    }
                    continue;
                }
                if (line == null) {
                    break;
                }
                run.tap(pid(), true, line);
                try {
                    handle(WireCodec.decode(line));
                } catch (ProtocolException bad) {
                    protocolError(bad.getMessage());
                    if (protocolErrors >= MAX_PROTOCOL_ERRORS) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // the pipe broke: the process is gone
        } finally {
            finish();
        }
    }

    private void protocolError(String what) {
        protocolErrors++;
        run.trace().record(pid(), name, Kinds.ERROR, null, "protocol error: " + what);
        if (protocolErrors == MAX_PROTOCOL_ERRORS) {
            failure = "too many protocol errors; the process was ended";
            process.destroyForcibly();
        }
    }

    private void handle(Message m) {
        Trace trace = run.trace();
        switch (m.type()) {
            case Message.HELLO -> {
                helloSeen = true;
                trace.record(pid(), name, Kinds.START, null, "pid " + m.pid());
            }
            case Message.PRINT -> run.printed(pid(), name, m.text() == null ? "" : m.text());
            case Message.CALL -> {
                long id = m.id();
                run.broker().dispatch(caller, m.object(), m.op(), m.args() != null && m.args().isJsonObject()
                        ? m.args().getAsJsonObject() : null, new Completion() {
                            @Override
                            public void ok(JsonElement value) {
                                send(Message.reply(id, value));
                            }

                            @Override
                            public void fail(RemoteError error) {
                                send(Message.replyError(id, error));
                            }
                        });
            }
            case Message.CAST -> run.broker().dispatch(caller, m.object(), m.op(),
                    m.args() != null && m.args().isJsonObject() ? m.args().getAsJsonObject() : null,
                    Completion.ignoring(e -> trace.record(pid(), name, Kinds.ERROR, m.object(), e.message())));
            case Message.STATE -> trace.record(pid(), name, "sleeping".equals(m.state()) ? Kinds.SLEEP : Kinds.WAKE,
                    null, m.detail());
            case Message.STEP -> trace.record(pid(), name, Kinds.STEP, null, m.marker());
            case Message.EXIT -> {
                result = m.value();
                closeStdin();
            }
            case Message.ERROR -> {
                failure = m.text();
                trace.record(pid(), name, Kinds.ERROR, null, m.text());
            }
            default -> protocolError("a child may not send '" + m.type() + "'");
        }
    }

    private void drainStderr() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            char[] buf = new char[4096];
            StringBuilder line = new StringBuilder();
            int n;
            while ((n = r.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c == '\n' || line.length() >= 4000) {
                        stderrLine(line.toString());
                        line.setLength(0);
                    } else if (c != '\r') {
                        line.append(c);
                    }
                }
            }
            if (line.length() > 0) {
                stderrLine(line.toString());
            }
        } catch (IOException gone) {
            // the process ended
        }
    }

    private void stderrLine(String line) {
        synchronized (stderrTail) {
            if (stderrTail.size() == STDERR_TAIL) {
                stderrTail.poll();
            }
            stderrTail.add(line);
        }
        run.trace().record(pid(), name, Kinds.STDERR, null, null, line, 0);
        run.stderr(pid(), name, line);
    }

    private void finish() {
        int code;
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
            Thread d = drainThread;
            if (d != null) {
                d.join(1000);
            }
            code = process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        if (code != 0 && failure == null) {
            failure = helloSeen ? "exit code " + code : "the process ended before it said hello (exit code " + code + ")";
        }
        String detail = "code " + code + (code == 0 ? "" : ": " + failure + lastStderr());
        run.trace().record(pid(), name, Kinds.EXIT, null, detail);
        run.broker().forget(pid());
        toChild = null;
        ended.complete(code);
        run.ended(this);
    }

    private String lastStderr() {
        synchronized (stderrTail) {
            String last = stderrTail.peekLast();
            return last == null ? "" : " | " + last;
        }
    }

    /** The last lines the child wrote to stderr. */
    public List<String> stderrTail() {
        synchronized (stderrTail) {
            return new ArrayList<>(stderrTail);
        }
    }

    /** Waits until the process has ended and all it printed is recorded. */
    public void join() {
        join(-1);
    }

    /**
     * Python's {@code join(timeout)}.
     *
     * @return whether the process has ended
     */
    public boolean join(double timeoutSeconds) {
        if (process == null) {
            throw new IllegalStateException("process " + name + " was never started");
        }
        Trace trace = run.trace();
        boolean wait = !ended.isDone();
        if (wait) {
            trace.record(run.parentPid(), Run.MAIN, Kinds.PROCESS_JOIN_WAIT, null, name + " (" + pid() + ")");
        }
        try {
            if (timeoutSeconds < 0) {
                ended.get();
            } else {
                ended.get((long) (timeoutSeconds * run.slowdown() * 1e6), TimeUnit.MICROSECONDS);
            }
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (wait) {
            trace.record(run.parentPid(), Run.MAIN, Kinds.PROCESS_JOINED, null, name + " (" + pid() + ")");
        }
        return true;
    }

    public boolean isAlive() {
        return process != null && !ended.isDone();
    }

    /** The exit code, or null while it runs. */
    public Integer exitCode() {
        return ended.isDone() ? ended.join() : null;
    }

    /** What its target returned (sent with its exit), or null. */
    public JsonElement result() {
        return result;
    }

    /** Why it failed, or null. */
    public String failure() {
        return failure;
    }

    /** A future that completes with the exit code. */
    public CompletableFuture<Integer> ended() {
        return ended;
    }

    /** Asks the child to end (closes its stdin); it ends at once. */
    public void shutdown() {
        if (toChild != null) {
            send(Message.shutdown());
            closeStdin();
        }
    }

    /** Closes the child's stdin: after its exit message, this lets it end at once. */
    private void closeStdin() {
        LineWriter w = toChild;
        if (w != null) {
            try {
                w.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    /** Python's {@code terminate()}: SIGTERM. */
    public void terminate() {
        Process p = process;
        if (p != null) {
            p.destroy();
        }
    }

    /** SIGKILL. */
    public void kill() {
        Process p = process;
        if (p != null) {
            p.destroyForcibly();
        }
    }

    Process process() {
        return process;
    }
}
