package io.processlab.cli;

import io.processlab.api.Texts;
import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.Parsed;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import io.processlab.trace.TraceFile;
import io.processlab.trace.TraceFormatException;
import io.processlab.wire.JsonErrors;
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

    /** The command line of {@code export}: adding an option is one line here, and reading it one in {@link #parse}. */
    static final CommandLine LINE = CommandLine.of("export")
            .operand("export.no_trace")
            .option("--png", Value.path())
            .option("--chrome", Value.path())
            .option("--scale", Exports.SCALE)
            .option("--lang", Value.language());

    static Options parse(List<String> args) throws UsageException {
        Parsed p = LINE.parse(args);
        if (!p.has("--png") && !p.has("--chrome")) {
            throw new UsageException(CliText.get(p.messages(), "export.nothing_to_write"));
        }
        Path trace = Value.path().read(p.operand(0));
        if (trace == null) {
            throw new UsageException(CliText.get(p.messages(), "args.bad_path", "export", "TRACE", p.operand(0)));
        }
        return new Options(trace, p.get("--png", null), p.get("--scale", 1), p.get("--chrome", null),
                Texts.locale(p.get("--lang", "pt")));
    }

    int execute(List<String> args) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        Locale msgs = CommandLine.messages(args);
        String clash = Exports.clash("export", o.trace(), msgs, "--png", o.png(), "--chrome", o.chrome());
        if (clash != null) {
            err.println(clash);
            return Cli.USAGE;
        }
        if (!Files.exists(o.trace())) {
            err.println(CliText.get(msgs, "export.no_file", o.trace()));
            return Cli.FAILED;
        }
        TraceFile.Recording rec;
        try {
            rec = TraceFile.load(o.trace());
        } catch (TraceFormatException e) {
            err.println(refusal(e, o.trace(), msgs));
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
            ok = Exports.png(rec.trace(), o.png(), o.scale(), rec.lesson(), rec.settings(), when, o.locale(), "export",
                    msgs, err);
            if (ok) {
                out.println(CliText.get(msgs, "export.wrote_png", o.png(), (System.nanoTime() - t) / 1_000_000));
            }
        }
        if (ok && o.chrome() != null) {
            ok = Exports.chrome(rec.trace(), o.chrome(), rec.lesson(), rec.settings(), "export", msgs, err);
            if (ok) {
                out.println(CliText.get(msgs, "export.wrote", o.chrome()));
            }
        }
        return ok ? 0 : Cli.FAILED;
    }

    /**
     * Why {@code file} was refused, in {@code msgs}: one key per {@link TraceFormatException.Problem},
     * and for a file that is not valid JSON where and why in words of {@code i18n/json}, so no
     * English text (Gson's, the trace reader's) reaches a Portuguese message.
     */
    static String refusal(TraceFormatException e, Path file, Locale msgs) {
        return switch (e.problem()) {
            case NEWER_VERSION -> CliText.get(msgs, "export.open.NEWER_VERSION", file, e.value(), TraceFile.VERSION);
            case MISSING_FIELD -> CliText.get(msgs, "export.open.MISSING_FIELD", file, e.value());
            case BAD_EVENT -> e.value() == null ? CliText.get(msgs, "export.open.BAD_EVENT", file)
                    : CliText.get(msgs, "export.open.BAD_EVENT_AT", file, e.value());
            case TOO_LARGE -> CliText.get(msgs, "export.open.TOO_LARGE", file, TraceFile.MAX_BYTES >> 20);
            case NOT_JSON -> e.json() == null ? CliText.get(msgs, "export.open.NOT_JSON", file)
                    : CliText.get(msgs, "export.open.NOT_JSON_AT", file, e.json().line(), e.json().column(),
                            JsonErrors.reason(e.json().reason(), msgs));
            default -> CliText.get(msgs, "export.open." + e.problem().name(), file);
        };
    }
}
