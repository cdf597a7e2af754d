package io.processlab.cli;

import io.processlab.api.Texts;
import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.Parsed;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import io.processlab.python.PythonException;
import io.processlab.python.PythonRun;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code run PROGRAM.py [--python PATH] [--lang en|pt] [--trace FILE] [--png FILE [--scale N]] [-- ARGS...]}:
 * runs an unmodified Python program with every process it starts traced, prints what its processes
 * print in the order received (their standard error on ours), and exits with the program's exit code.
 */
final class PythonRunCommand {
    private final PrintStream out;
    private final PrintStream err;

    PythonRunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether {@code run}'s first argument names a Python program rather than a lesson. */
    static boolean wants(List<String> args) {
        return !args.isEmpty() && args.get(0).endsWith(".py");
    }

    /** The parsed command line. */
    record Options(Path program, String python, Locale locale, Path trace, Path png, int scale, List<String> args,
            int repeat, Path traceDir) {
    }

    /** The command line of {@code run PROGRAM.py}; what follows {@code --} goes to the program. */
    static final CommandLine LINE = CommandLine.of("run")
            .operand("run.no_lesson", "PROGRAM.py")
            .option("--python", Value.text())
            .option("--lang", Value.language())
            .option("--trace", Value.path())
            .option("--png", Value.path())
            .option("--scale", Exports.SCALE)
            .option("--repeat", Value.whole(io.processlab.study.Repeat.MIN, io.processlab.study.Repeat.MAX))
            .option("--trace-dir", Value.path());

    static Options parse(List<String> args) throws UsageException {
        int dash = args.indexOf("--");
        List<String> ours = dash < 0 ? args : args.subList(0, dash);
        List<String> rest = dash < 0 ? List.of() : args.subList(dash + 1, args.size());
        Parsed p = LINE.parse(ours);
        return new Options(Path.of(p.operand(0)), p.get("--python", null), Texts.locale(p.get("--lang", "pt")),
                p.get("--trace", null), p.get("--png", null), p.get("--scale", 1), List.copyOf(rest),
                p.get("--repeat", 0), p.get("--trace-dir", null));
    }

    int execute(List<String> args) {
        Locale msgs = CommandLine.messages(args);
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        String once = RepeatCommand.clash(msgs, o.repeat(), o.traceDir(), o.trace(), o.png());
        if (once != null) {
            err.println(once);
            return Cli.USAGE;
        }
        if (o.repeat() > 0) {
            return new RepeatCommand(out, err, msgs).execute(new io.processlab.study.PythonRunner(
                    new PythonRun.Options(o.python(), o.program(), o.args(), null)),
                    String.valueOf(o.program().getFileName()), o.repeat(), o.traceDir());
        }
        PythonRun run;
        try {
            run = PythonRun.start(new PythonRun.Options(o.python(), o.program(), o.args(), null));
        } catch (PythonException e) {
            err.println(problem(e, msgs));
            return Cli.FAILED;
        }
        for (String f : run.shadowing()) {
            err.println(CliText.get(msgs, "py.shadowing", f));
        }
        run.trace().addListener(e -> {
            if (e.is(Kinds.PRINT)) {
                out.println(e.text());
                out.flush();
            } else if (e.is(Kinds.STDERR)) {
                err.println(e.text());
            }
        });
        Thread hook = new Thread(run::close, "python-run-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            while (!run.await(1, TimeUnit.SECONDS)) {
                // the program runs as long as it runs
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            run.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        out.flush();
        if (run.untraced()) {
            err.println(CliText.get(msgs, "py.untraced"));
        }
        String lesson = o.program().getFileName().toString();
        if (o.trace() != null) {
            try {
                TraceFile.save(o.trace(), "python", run.settings(), run.header(), run.trace());
            } catch (IOException e) {
                err.println(CliText.get(msgs, "run.trace_failed", o.trace(), CliText.io(msgs, e)));
                return Cli.FAILED;
            }
        }
        if (o.png() != null && !Exports.png(run.trace(), o.png(), o.scale(), lesson, run.settings(),
                LocalDateTime.now(), o.locale(), "run", msgs, err)) {
            return Cli.FAILED;
        }
        Integer code = run.exitCode();
        return code == null ? Cli.FAILED : code;
    }

    /** Why a program could not be run, in the user's language. */
    static String problem(PythonException e, Locale msgs) {
        return switch (e.problem()) {
            case NO_PYTHON -> CliText.get(msgs, "py.no_python", e.subject());
            case PYTHON_FAILED -> CliText.get(msgs, "py.python_failed", e.subject(), e.getMessage());
            case NO_PROGRAM -> CliText.get(msgs, "py.no_program", e.subject());
            case NOT_PY -> CliText.get(msgs, "py.not_py", e.subject());
            case SETUP -> CliText.get(msgs, "py.setup", e.subject());
        };
    }
}
