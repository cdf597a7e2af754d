package io.processlab.cli;

import io.processlab.api.Texts;
import io.processlab.trace.TraceFile;
import io.processlab.trace.TraceFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * {@code export TRACE [--png FILE] [--scale 1|2|3] [--chrome FILE] [--lang en|pt]}: draws a saved
 * run's whole timeline as a PNG and/or writes it as a Chrome/Perfetto trace. No display needed.
 */
final class ExportCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The parsed command line. */
    record Options(Path trace, Path png, int scale, Path chrome, Locale locale) {
    }

    static Options parse(List<String> args) throws RunCommand.UsageException {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new RunCommand.UsageException("export: name a trace file: export TRACE --png FILE [--scale N] [--chrome FILE]");
        }
        Path trace = Path.of(args.get(0));
        Path png = null;
        Path chrome = null;
        int scale = 1;
        String lang = "pt";
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--png" -> png = Path.of(value(args, ++i, a));
                case "--chrome" -> chrome = Path.of(value(args, ++i, a));
                case "--scale" -> scale = Exports.scale(value(args, ++i, a), "export");
                case "--lang" -> {
                    lang = value(args, ++i, a);
                    if (!lang.equals("en") && !lang.equals("pt")) {
                        throw new RunCommand.UsageException("export: --lang takes en or pt, not '" + lang + "'");
                    }
                }
                default -> throw new RunCommand.UsageException("export: unknown option '" + a + "'");
            }
        }
        if (png == null && chrome == null) {
            throw new RunCommand.UsageException("export: say what to write: --png FILE and/or --chrome FILE");
        }
        return new Options(trace, png, scale, chrome, Texts.locale(lang));
    }

    private static String value(List<String> args, int i, String option) throws RunCommand.UsageException {
        if (i >= args.size()) {
            throw new RunCommand.UsageException("export: " + option + " needs a value");
        }
        return args.get(i);
    }

    int execute(List<String> args) {
        Options o;
        try {
            o = parse(args);
        } catch (RunCommand.UsageException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        if (!Files.isRegularFile(o.trace())) {
            err.println("export: no such file: " + o.trace());
            return Cli.FAILED;
        }
        TraceFile.Recording rec;
        try {
            rec = TraceFile.load(o.trace());
        } catch (TraceFormatException e) {
            err.println("export: cannot open " + o.trace() + ": " + e.getMessage());
            return Cli.FAILED;
        }
        LocalDateTime when;
        try {
            when = LocalDateTime.ofInstant(Files.getLastModifiedTime(o.trace()).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            when = LocalDateTime.now();
        }
        boolean ok = true;
        if (o.png() != null) {
            long t = System.nanoTime();
            ok = Exports.png(rec.trace(), o.png(), o.scale(), rec.lesson(), rec.settings(), when, o.locale(), "export", err);
            if (ok) {
                out.println("wrote " + o.png() + " (" + (System.nanoTime() - t) / 1_000_000 + " ms)");
            }
        }
        if (ok && o.chrome() != null) {
            ok = Exports.chrome(rec.trace(), o.chrome(), rec.lesson(), rec.settings(), "export", err);
            if (ok) {
                out.println("wrote " + o.chrome());
            }
        }
        return ok ? 0 : Cli.FAILED;
    }
}
