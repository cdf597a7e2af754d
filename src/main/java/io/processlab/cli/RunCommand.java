package io.processlab.cli;

import io.processlab.api.Texts;
import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.Parsed;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.Run;
import io.processlab.engine.RunListener;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.course.Lessons;
import io.processlab.lessons.SettingException;
import io.processlab.lessons.Settings;
import io.processlab.trace.TraceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code run LESSON [--set KEY=VALUE]... [--lang en|pt] [--trace FILE] [--png FILE [--scale N]] [--svg FILE]}: runs a
 * lesson on real child processes, printing each line its processes print, in the order the
 * parent received them.
 */
final class RunCommand {
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The parsed command line. */
    record Options(Lesson lesson, Settings settings, Locale locale, Path trace, Path png, int scale, double slowdown,
            Path svg, int repeat, Path traceDir) {
    }

    /** The command line of {@code run}: adding an option is one line here, and reading it one in {@link #parse}. */
    static final CommandLine LINE = CommandLine.of("run")
            .operand("run.no_lesson", Lessons.ids())
            .repeatable("--set", Value.text())
            .option("--lang", Value.language())
            .option("--trace", Value.path())
            .option("--png", Value.path())
            .option("--svg", Value.path())
            .option("--scale", Exports.SCALE)
            .option("--tempo", Value.number(0.1, 4).says("args.bad_tempo"))
            .option("--repeat", Value.whole(io.processlab.study.Repeat.MIN, io.processlab.study.Repeat.MAX))
            .option("--trace-dir", Value.path());

    /** Parses the arguments after "run"; a wrong one throws with a one-line reason. */
    static Options parse(List<String> args) throws UsageException {
        Parsed p = LINE.parse(args);
        Locale msgs = p.messages();
        String id = p.operand(0);
        Lesson lesson = Lessons.byId(id).orElseThrow(() ->
                new UsageException(CliText.get(msgs, "run.unknown_lesson", id, Lessons.ids())));
        List<String> sets = p.all("--set");
        try {
            Settings settings = Settings.parsePairs(lesson.settings(), sets);
            return new Options(lesson, settings, Texts.locale(p.get("--lang", "pt")), p.get("--trace", null),
                    p.get("--png", null), p.get("--scale", 1), 1 / p.get("--tempo", 1.0), p.get("--svg", null),
                    p.get("--repeat", 0), p.get("--trace-dir", null));
        } catch (SettingException e) {
            throw new UsageException("run " + id + ": " + e.message(msgs));
        }
    }

    /** The language of messages: {@code --lang} if given (and valid), else the system's. */
    static Locale messageLocale(List<String> args) {
        return CommandLine.messages(args);
    }

    int execute(List<String> args) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        Locale msgs = messageLocale(args);
        String once = RepeatCommand.clash(msgs, o.repeat(), o.traceDir(), o.trace(), o.png(), o.svg());
        if (once != null) {
            err.println(once);
            return Cli.USAGE;
        }
        if (o.repeat() > 0) {
            return new RepeatCommand(out, err, msgs).execute(new io.processlab.study.LessonRunner(o.lesson(),
                    o.settings(), o.locale(), o.slowdown()), o.lesson().id(), o.repeat(), o.traceDir());
        }
        String clash = Exports.clash("run", null, msgs, "--trace", o.trace(), "--png", o.png(), "--svg", o.svg());
        if (clash != null) {
            err.println(clash);
            return Cli.USAGE;
        }
        String unwritable = unwritable(o, msgs);
        if (unwritable != null) {
            err.println(unwritable);
            return Cli.FAILED;
        }
        String failure = null;
        Run run = new Run(o.locale());
        run.slowdown(o.slowdown());
        run.addListener(new RunListener() {
            @Override
            public void printed(long pid, String name, String line) {
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            }

            @Override
            public void stderr(long pid, String name, String line) {
                err.println(CliText.get(msgs, "run.stderr", name, pid, line));
            }

            @Override
            public void protocolError(ChildProcess child, String what) {
                err.println(CliText.get(msgs, "run.protocol_error", child.name(), child.pid(), what));
            }
        });
        RunEnding ending = new RunEnding(run, o, msgs, err);
        DeadlockNotice.watch(run.trace(), o.lesson().id(), o.trace(), msgs, err);
        try {
            o.lesson().run(run.main(), o.settings());
            if (!run.awaitChildren(10)) {
                failure = CliText.get(msgs, "run.not_ended");
            }
        } catch (Exception e) {
            failure = describe(e);
        } finally {
            run.close();
        }
        ending.ended();
        boolean programOk = failure == null;
        String childFailure = null;
        for (ChildProcess c : failedChildren(run)) {
            String how = c.failure() == null ? CliText.get(msgs, "run.exit_code", String.valueOf(c.exitCode())) : c.failure();
            String what = CliText.get(msgs, "run.child_failed", c.name(), c.pid(), how);
            if (programOk && replaceable(run, c)) {
                err.println(CliText.get(msgs, "run.worker_replaced", o.lesson().id(), c.name(), c.pid(), how));
            } else if (childFailure == null) {
                childFailure = what;
            }
        }
        if (childFailure != null) {
            failure = failure == null ? childFailure : CliText.get(msgs, "run.then_main_stopped", childFailure, failure);
        }
        if (o.trace() != null) {
            try {
                TraceFile.save(o.trace(), o.lesson().id(), o.settings().toJson(), run.trace());
            } catch (IOException e) {
                err.println(CliText.get(msgs, "run.trace_failed", o.trace(), CliText.io(msgs, e)));
                return Cli.FAILED;
            }
        }
        if (o.png() != null && !Exports.png(run.trace(), o.png(), o.scale(), o.lesson().id(),
                o.settings().toJson(), LocalDateTime.now(), o.locale(), "run", msgs, err)) {
            return Cli.FAILED;
        }
        if (o.svg() != null && !Exports.svg(run.trace(), o.svg(), o.lesson().id(), o.settings().toJson(),
                LocalDateTime.now(), o.locale(), "run", msgs, err)) {
            return Cli.FAILED;
        }
        out.flush();
        if (failure != null) {
            err.println(CliText.get(msgs, "run.failed", o.lesson().id(), failure));
            return Cli.FAILED;
        }
        return 0;
    }

    /** Why the trace or the PNG could not be written at all, told before the run, or null. */
    private static String unwritable(Options o, Locale msgs) {
        try {
            if (o.trace() != null) {
                io.processlab.trace.AtomicFile.checkWritable(o.trace());
            }
        } catch (IOException e) {
            return CliText.get(msgs, "run.trace_failed", o.trace(), CliText.io(msgs, e));
        }
        try {
            if (o.png() != null) {
                io.processlab.trace.AtomicFile.checkWritable(o.png());
            }
        } catch (IOException e) {
            return CliText.get(msgs, "cli.png_failed", "run", o.png(), CliText.io(msgs, e));
        }
        return null;
    }

    /** An exception of the lesson's script in words: the messages of the engine's own errors are enough. */
    static String describe(Exception e) {
        if (e instanceof io.processlab.api.ProcessException || e instanceof io.processlab.wire.NotSendableException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The children that failed, in the order they started; a child that was replaced by a pool counts too. */
    private static List<ChildProcess> failedChildren(Run run) {
        List<ChildProcess> failed = new ArrayList<>();
        for (ChildProcess c : run.children()) {
            Integer code = c.exitCode();
            if (code == null || code != 0) {
                failed.add(c);
            }
        }
        return failed;
    }

    /**
     * Whether a failed child is one the lesson's program can do without: a pool worker (the pool
     * replaces a worker that dies and runs its chunk again, so a program that succeeded has every
     * result), as in Python, where a replaced worker does not make the program fail.
     */
    private static boolean replaceable(Run run, ChildProcess c) {
        for (io.processlab.trace.ProcessInfo p : run.trace().processes()) {
            if (p.pid() == c.pid()) {
                return "pool-worker".equals(p.role());
            }
        }
        return false;
    }
}
