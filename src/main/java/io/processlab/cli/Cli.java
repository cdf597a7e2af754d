package io.processlab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Dispatches the command-line verbs. Returns the process's exit code. */
public final class Cli {
    /** Exit code for a run that failed. */
    public static final int FAILED = 1;
    /** Exit code for a command line that is wrong. */
    public static final int USAGE = 2;

    public static final List<String> VERBS = List.of("run", "bench", "export", "help", "--help", "-h");

    private Cli() {
    }

    /** Whether {@code args} asks for the command line rather than the window. */
    public static boolean wants(String[] args) {
        return args.length > 0 && VERBS.contains(args[0]);
    }

    public static int main(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "run":
                if (PythonRunCommand.wants(rest)) {
                    return new PythonRunCommand(out, err).execute(rest);
                }
                return new RunCommand(out, err).execute(rest);
            case "bench":
                return new io.processlab.cli.bench.BenchCommand(out, err).execute(rest);
            case "export":
                return new ExportCommand(out, err).execute(rest);
            default:
                out.println(CliText.usage(io.processlab.cli.args.CommandLine.messages(rest)));
                return 0;
        }
    }
}
