package io.processlab.cli;

import io.processlab.engine.Run;
import io.processlab.trace.AtomicFile;
import io.processlab.trace.TraceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What {@code run} does when it is ended from outside (Ctrl-C, SIGTERM): a shutdown hook that
 * ends every child, saves the trace recorded so far marked as interrupted (when {@code --trace}
 * was given) and says so. Either the hook or the command's own end saves the trace, never both.
 */
final class RunEnding {
    private final Run run;
    private final RunCommand.Options options;
    private final Locale msgs;
    private final PrintStream err;
    private final AtomicBoolean armed = new AtomicBoolean(true);
    private final Thread hook = new Thread(this::interrupted, "run-interrupted");

    RunEnding(Run run, RunCommand.Options options, Locale msgs, PrintStream err) {
        this.run = run;
        this.options = options;
        this.msgs = msgs;
        this.err = err;
        AtomicFile.keepWritesOf(hook);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * The command ends by itself: the hook is taken away. If the JVM is ending already, the hook
     * does the rest and this waits for the JVM's end (never returns).
     */
    void ended() {
        if (armed.compareAndSet(true, false)) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ending) {
                // the JVM is ending (another hook's cause); nothing of ours runs
            }
            return;
        }
        try {
            hook.join();
            Thread.sleep(Long.MAX_VALUE); // the JVM halts once its hooks are done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void interrupted() {
        if (!armed.compareAndSet(true, false)) {
            return;
        }
        run.close();
        String id = options.lesson().id();
        if (options.trace() == null) {
            err.println(CliText.get(msgs, "run.interrupted", id));
            err.flush();
            return;
        }
        try {
            com.google.gson.JsonObject marked = new com.google.gson.JsonObject();
            marked.addProperty("interrupted", true);
            TraceFile.save(options.trace(), id, options.settings().toJson(), marked, run.trace());
            err.println(CliText.get(msgs, "run.interrupted_saved", id, run.trace().size(), options.trace()));
        } catch (IOException e) {
            err.println(CliText.get(msgs, "run.trace_failed", options.trace(), CliText.io(msgs, e)));
        }
        err.flush();
    }
}
