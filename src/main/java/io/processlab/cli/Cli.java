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
                return new RunCommand(out, err).execute(rest);
            case "bench":
                return new io.processlab.cli.bench.BenchCommand(out, err).execute(rest);
            case "export":
                return new ExportCommand(out, err).execute(rest);
            default:
                out.println(usage());
                return 0;
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar processlab.jar                  open the window",
                "       java -jar processlab.jar run LESSON [--set KEY=VALUE]... [--lang en|pt]",
                "                                    [--trace FILE] [--png FILE [--scale 1|2|3]] [--tempo 0.1..4]",
                "       java -jar processlab.jar export TRACE [--png FILE] [--scale 1|2|3] [--chrome FILE]",
                "                                    [--lang en|pt]",
                "       java -jar processlab.jar bench [--only process,pipe,queue,event,pool]",
                "       java -jar processlab.jar bench --ui [--processes 64] [--events 100000] [--seconds 10]",
                "lessons: " + io.processlab.lessons.Lessons.ids());
    }
}
