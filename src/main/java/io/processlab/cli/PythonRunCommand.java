package io.processlab.cli;

import io.processlab.api.Texts;
import io.processlab.python.PythonException;
import io.processlab.python.PythonRun;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
    record Options(Path program, String python, Locale locale, Path trace, Path png, int scale, List<String> args) {
    }

    static Options parse(List<String> args, Locale msgs) throws RunCommand.UsageException {
        Path program = Path.of(args.get(0));
        String python = null;
        String lang = "pt";
        Path trace = null;
        Path png = null;
        int scale = 1;
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--python" -> python = value(args, ++i, a, msgs);
                case "--lang" -> {
                    lang = value(args, ++i, a, msgs);
                    if (!lang.equals("en") && !lang.equals("pt")) {
                        throw new RunCommand.UsageException(CliText.get(msgs, "run.bad_lang", lang));
                    }
                }
                case "--trace" -> trace = Path.of(value(args, ++i, a, msgs));
                case "--png" -> png = Path.of(value(args, ++i, a, msgs));
                case "--scale" -> scale = Exports.scale(value(args, ++i, a, msgs), "run", msgs);
                case "--" -> {
                    rest.addAll(args.subList(i + 1, args.size()));
                    i = args.size();
                }
                default -> throw new RunCommand.UsageException(CliText.get(msgs, "run.unknown_option", a));
            }
        }
        return new Options(program, python, Texts.locale(lang), trace, png, scale, rest);
    }

    private static String value(List<String> args, int i, String option, Locale msgs) throws RunCommand.UsageException {
        if (i >= args.size()) {
            throw new RunCommand.UsageException(CliText.get(msgs, "run.needs_value", option));
        }
        return args.get(i);
    }

    int execute(List<String> args) {
        Locale msgs = CliText.locale(args);
        Options o;
        try {
            o = parse(args, msgs);
        } catch (RunCommand.UsageException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
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
