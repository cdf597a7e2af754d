package io.processlab.engine;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.engine.internal.Caller;
import io.processlab.engine.internal.Completion;
import io.processlab.engine.internal.Phrase;
import io.processlab.engine.internal.Scheduler;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.wire.LineReader;
import io.processlab.wire.Message;
import io.processlab.wire.ProtocolException;
import io.processlab.wire.RemoteError;
import io.processlab.wire.WireCodec;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real child process of the run: Python's {@code multiprocessing.Process}. Created unstarted;
 * {@link #start()} launches a JVM, and three threads serve it: one reads its protocol lines and
 * answers its calls, one drains its stderr, one writes to its stdin.
 *
 * <p>Whatever the child does, the parent goes on: a line that breaks the protocol is counted
 * against it, a child that never says hello is ended after the run's hello timeout, and its end
 * (normal, crash, kill) is recorded with its exit code and its stderr.
 */
public final class ChildProcess {
    /** How many lines of stderr are kept for messages. */
    static final int STDERR_TAIL = StderrCapture.TAIL;
    /** After this many protocol errors the child is ended. */
    static final int MAX_PROTOCOL_ERRORS = 50;
    /** How many stderr lines a failure message quotes. */
    static final int QUOTED_LINES = 3;

    private final Run run;
    private final String name;
    private final String target;
    private final String role;
    private final JsonArray args;
    private final CompletableFuture<Integer> ended = new CompletableFuture<>();
    private final AtomicInteger protocolErrors = new AtomicInteger();
    private volatile Process process;
    private volatile ChildWriter toChild;
    private volatile StderrCapture stderr;
    private volatile Caller caller;
    private volatile JsonElement result;
    private volatile Phrase failure;
    private volatile boolean helloSeen;
    /** The run was closed while it lived: that ended it (for the exit's typed reason). */
    private volatile boolean stoppedByRun;
    private volatile Integer exitCode;
    private volatile Scheduler.Cancellable helloTimer;

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
        Process p;
        try {
            p = ProcessStarter.start(run.launcher().processBuilder(run.parentPid()));
        } catch (IOException e) {
            trace.record(run.parentPid(), Run.MAIN, Kinds.ERROR, null, "cannot start " + name + ": " + e.getMessage());
            throw new IllegalStateException(Phrase.say(run.locale(), "child.cannot_start", name, e.getMessage()), e);
        }
        process = p;
        run.adopt(this);
        caller = new Caller(p.pid(), name);
        trace.addProcess(new ProcessInfo(p.pid(), name, role, target));
        trace.record(run.parentPid(), Run.MAIN, Kinds.SPAWN, null, name + " (" + p.pid() + "): " + target,
                new Fields.Child(p.pid(), name, target));
        toChild = new ChildWriter(p.getOutputStream(), "child-" + p.pid() + "-in");
        send(Message.spawn(target, name, args, run.locale().toLanguageTag(), run.slowdown(), run.parentPid()));
        stderr = new StderrCapture(p.getErrorStream(), "child-" + p.pid() + "-err", this::stderrLine);
        double hello = run.helloTimeout();
        helloTimer = run.scheduler().schedule(() -> helloOverdue(hello), (long) (hello * 1e6));
        Thread reader = new Thread(this::readLoop, "child-" + p.pid() + "-out");
        reader.setDaemon(true);
        reader.start();
    }

    void send(Message m) {
        ChildWriter w = toChild;
        if (w == null) {
            return;
        }
        String line = WireCodec.encode(m);
        run.tap(pid(), false, line);
        w.send(line);
    }

    private void helloOverdue(double seconds) {
        if (!helloSeen && isAlive()) {
            Phrase why = Phrase.of("child.hello_overdue", seconds);
            failure = why;
            run.trace().record(pid(), name, Kinds.ERROR, null, why.english());
            kill();
        }
    }

    private void readLoop() {
        LineReader in = new LineReader(process.getInputStream(), run.lineCap());
        try {
            while (protocolErrors.get() < MAX_PROTOCOL_ERRORS) {
                String line;
                try {
                    line = in.readLine();
                } catch (ProtocolException bad) {
                    protocolError(bad.getMessage());
                    continue;
                }
                if (line == null) {
                    break;
                }
                run.tap(pid(), true, line);
                try {
                    Message m = WireCodec.decode(line);
                    if (m.seen() > 0) {
                        toChild.seen(m.seen());
                    }
                    handle(m);
                } catch (ProtocolException bad) {
                    protocolError(bad.getMessage());
                } catch (RuntimeException bad) {
                    protocolError("a message the parent cannot handle (" + bad + "): " + WireCodec.preview(line));
                }
            }
        } catch (IOException e) {
            // the pipe broke: the process is gone
        } finally {
            finish();
        }
    }

    private void protocolError(String what) {
        int n = protocolErrors.incrementAndGet();
        run.trace().record(pid(), name, Kinds.ERROR, null, "protocol error: " + what);
        run.protocolError(this, what);
        if (n == MAX_PROTOCOL_ERRORS) {
            failure = Phrase.of("child.protocol_limit", n, what);
            kill();
        }
    }

    private void handle(Message m) {
        Trace trace = run.trace();
        switch (m.type()) {
            case Message.HELLO -> {
                helloSeen = true;
                Scheduler.Cancellable t = helloTimer;
                if (t != null) {
                    t.cancel();
                }
                trace.record(pid(), name, Kinds.START, null, "pid " + m.pid(), new Fields.Child(m.pid(), name, target));
            }
            case Message.PRINT -> run.printed(pid(), name, m.text() == null ? "" : m.text(), said(m));
            case Message.CALL -> call(m);
            case Message.CAST -> {
                if (m.object() == null || m.op() == null) {
                    protocolError("a cast without object or op");
                    return;
                }
                dispatch(m, Completion.ignoring(e -> {
                    trace.record(pid(), name, Kinds.ERROR, m.object(), e.message());
                    if (m.hasId()) {
                        send(Message.postFailed(m.id(), m.object(), e)); // a post: its next operation raises it
                    }
                }));
            }
            case Message.STATE -> trace.record(pid(), name, "sleeping".equals(m.state()) ? Kinds.SLEEP : Kinds.WAKE,
                    null, m.detail(), "sleeping".equals(m.state()) ? sleepFields(m.detail()) : Fields.NONE);
            case Message.STEP -> trace.record(pid(), name, Kinds.STEP, null, m.marker());
            case Message.EXIT -> {
                result = m.value();
                ChildWriter w = toChild;
                if (w != null) {
                    w.close(); // nothing more to say to it: its stdin ends with its work
                }
            }
            case Message.ERROR -> {
                failure = Phrase.literal(m.text());
                trace.record(pid(), name, Kinds.ERROR, null, m.text());
            }
            default -> protocolError("a child may not send '" + m.type() + "'");
        }
    }

    private void call(Message m) {
        if (!m.hasId() || m.object() == null || m.op() == null) {
            protocolError("a call without id, object or op");
            if (m.hasId()) {
                send(Message.replyError(m.id(), new RemoteError(RemoteError.FAILED, "a call needs an object and an op")));
            }
            return;
        }
        long id = m.id();
        dispatch(m, new Completion() {
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

    /** Hands a call to the broker; arguments of the wrong shape are the child's protocol error. */
    private void dispatch(Message m, Completion done) {
        JsonObject a = m.args() != null && m.args().isJsonObject() ? m.args().getAsJsonObject() : null;
        try {
            run.broker().dispatch(caller, m.object(), m.op(), a, done);
        } catch (RuntimeException bad) {
            protocolError("bad arguments to " + m.op() + " on " + m.object() + ": " + bad.getMessage());
            done.fail(new RemoteError(RemoteError.FAILED, "bad arguments to " + m.op() + ": " + bad.getMessage()));
        }
    }

    private void stderrLine(String line) {
        run.trace().record(pid(), name, Kinds.STDERR, null, null, line, 0);
        run.stderr(pid(), name, line);
    }

    private void finish() {
        Scheduler.Cancellable t = helloTimer;
        if (t != null) {
            t.cancel();
        }
        int code;
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
                process.waitFor(2, TimeUnit.SECONDS);
            }
            stderr.await(1000);
            code = process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        toChild.abort();
        closeQuietly(process.getInputStream());
        closeQuietly(process.getErrorStream());
        if (code != 0 && failure == null) {
            failure = whyEnded(code);
        }
        String detail = "code " + code + (code == 0 ? "" : ": " + failureIn(Locale.ENGLISH));
        run.trace().record(pid(), name, Kinds.EXIT, null, detail, exitFields(code));
        run.broker().forget(pid());
        exitCode = code;
        run.ended(this);
        ended.complete(code);
    }

    /** Which text of the lessons' bundle a child's printed line is, if it said (its key and arguments). */
    static Fields said(Message m) {
        if (m.marker() == null || m.args() == null || !m.args().isJsonArray()) {
            return Fields.NONE;
        }
        List<String> args = new java.util.ArrayList<>();
        for (com.google.gson.JsonElement a : m.args().getAsJsonArray()) {
            if (!a.isJsonPrimitive()) {
                return Fields.NONE;
            }
            args.add(a.getAsString());
        }
        return new Fields.Said(m.marker(), args);
    }

    /** How it ended, as the trace's typed fields say it. */
    private Fields exitFields(int code) {
        Integer signal = code == 0 ? null : Fields.Exit.signalOf(code);
        String reason = code == 0 ? Fields.Exit.EXITED : code == -1 ? Fields.Exit.UNKNOWN
                : stoppedByRun ? Fields.Exit.STOPPED : !helloSeen ? Fields.Exit.NO_START
                : Fields.Exit.reasonOf(code, signal);
        return new Fields.Exit(code, signal, reason);
    }

    /** The seconds of a child's "sleeping" state ({@code "0.5 s"}, as the child writes it), or none. */
    static Fields sleepFields(String detail) {
        if (detail == null || !detail.endsWith(" s")) {
            return Fields.NONE;
        }
        try {
            double s = Double.parseDouble(detail.substring(0, detail.length() - 2));
            return Double.isFinite(s) && s >= 0 ? new Fields.Sleep(s) : Fields.NONE;
        } catch (NumberFormatException e) {
            return Fields.NONE;
        }
    }

    private Phrase whyEnded(int code) {
        Phrase how = ExitCodes.describe(code);
        if (run.isClosed()) {
            stoppedByRun = true;
            return Phrase.of("child.run_closed", how);
        }
        if (!helloSeen) {
            List<String> first = stderr.head();
            return first.isEmpty() ? Phrase.of("child.no_start", how)
                    : Phrase.of("child.no_start_said", how, String.join(" / ", first));
        }
        List<String> last = stderr.last(QUOTED_LINES);
        return last.isEmpty() ? how : Phrase.of("child.last_stderr", how, String.join(" / ", last));
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** The last lines the child wrote to stderr. */
    public List<String> stderrTail() {
        StderrCapture s = stderr;
        return s == null ? List.of() : s.tail();
    }

    /** The first lines the child wrote to stderr (a JVM that cannot start says why there). */
    public List<String> stderrHead() {
        StderrCapture s = stderr;
        return s == null ? List.of() : s.head();
    }

    /** How many lines of the child broke the protocol. */
    public int protocolErrors() {
        return protocolErrors.get();
    }

    /** Whether the child said hello (its JVM started and runs ChildMain). */
    public boolean started() {
        return helloSeen;
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
            trace.record(run.parentPid(), Run.MAIN, Kinds.PROCESS_JOIN_WAIT, null, name + " (" + pid() + ")",
                    new Fields.Child(pid(), name, target));
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
            trace.record(run.parentPid(), Run.MAIN, Kinds.PROCESS_JOINED, null, name + " (" + pid() + ")",
                    new Fields.Child(pid(), name, target));
        }
        return true;
    }

    public boolean isAlive() {
        return process != null && exitCode == null;
    }

    /** The exit code, or null while it runs. */
    public Integer exitCode() {
        return exitCode;
    }

    /** What its target returned (sent with its exit), or null. */
    public JsonElement result() {
        return result;
    }

    /**
     * Why it failed, in words in the run's language, or null: the target's error, or how it ended
     * (exit code, signal) with the last lines of its stderr, or why it could not start with the
     * first ones. (The trace records the English words.)
     */
    public String failure() {
        return failureIn(run.locale());
    }

    /** Why it failed, to be said in any language, or null. */
    Phrase failurePhrase() {
        return failure;
    }

    /** Why it failed in {@code locale} (English when the engine's bundle has no such language), or null. */
    String failureIn(Locale locale) {
        Phrase f = failure;
        return f == null ? null : f.in(locale);
    }

    /** A future that completes with the exit code. */
    public CompletableFuture<Integer> ended() {
        return ended;
    }

    /** Asks the child to end: a shutdown message, then the end of its stdin. Never blocks. */
    public void shutdown() {
        ChildWriter w = toChild;
        if (w != null) {
            send(Message.shutdown());
            w.close();
        }
    }

    /**
     * Python's {@code terminate()}: SIGTERM. Signals go through the process handle: the JDK's
     * {@code Process.destroy} also closes the child's stdin, which waits for a write in progress,
     * and a write to a frozen child never ends.
     */
    public void terminate() {
        Process p = process;
        if (p != null) {
            p.toHandle().destroy();
        }
    }

    /** SIGKILL (through the process handle, as {@link #terminate()}). */
    public void kill() {
        Process p = process;
        if (p != null) {
            p.toHandle().destroyForcibly();
        }
    }

    Process process() {
        return process;
    }
}
