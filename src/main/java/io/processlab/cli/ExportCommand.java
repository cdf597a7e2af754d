package io.processlab.cli;

import io.processlab.api.Texts;
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
 * {@code export TRACE [--png FILE] [--scale 1|2|3] [--svg FILE] [--chrome FILE] [--panel FILE [--at S]]
 * [--gif FILE [--size WxH] [--speed X] [--fps N] [--only timeline|panel]] [--lang en|pt]}: draws a
 * saved run's whole timeline as a PNG and/or an SVG, its lesson panel at a moment as a PNG or SVG,
 * its replay as an animated GIF, and/or writes it as a Chrome/Perfetto trace. No display needed.
 */
final class ExportCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The parsed command line. */
    record Options(Path trace, Path png, int scale, Path chrome, Locale locale, Path svg, Path panel, Double atSeconds,
            Path gif, Exports.GifShape gifShape) {
    }

    static Options parse(List<String> args) throws RunCommand.UsageException {
        Locale msgs = CliText.locale(args);
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new RunCommand.UsageException(CliText.get(msgs, "export.no_trace"));
        }
        Path trace = Path.of(args.get(0));
        Path png = null;
        Path chrome = null;
        Path svg = null;
        Path panel = null;
        Double at = null;
        Path gif = null;
        Exports.GifShape shape = Exports.GifShape.DEFAULT;
        String gifOption = null;
        int scale = 1;
        String lang = "pt";
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--png" -> png = Path.of(value(args, ++i, a, msgs));
                case "--chrome" -> chrome = Path.of(value(args, ++i, a, msgs));
                case "--svg" -> svg = Path.of(value(args, ++i, a, msgs));
                case "--panel" -> panel = Path.of(value(args, ++i, a, msgs));
                case "--at" -> at = Exports.seconds(value(args, ++i, a, msgs), msgs);
                case "--gif" -> gif = Path.of(value(args, ++i, a, msgs));
                case "--size", "--speed", "--fps", "--only" -> {
                    shape = shape.with(a, value(args, ++i, a, msgs), msgs);
                    gifOption = a;
                }
                case "--scale" -> scale = Exports.scale(value(args, ++i, a, msgs), "export", msgs);
                case "--lang" -> {
                    lang = value(args, ++i, a, msgs);
                    if (!lang.equals("en") && !lang.equals("pt")) {
                        throw new RunCommand.UsageException(CliText.get(msgs, "export.bad_lang", lang));
                    }
                }
                default -> throw new RunCommand.UsageException(CliText.get(msgs, "export.unknown_option", a));
            }
        }
        if (png == null && chrome == null && svg == null && panel == null && gif == null) {
            throw new RunCommand.UsageException(CliText.get(msgs, "export.nothing_to_write"));
        }
        if (gifOption != null && gif == null) {
            throw new RunCommand.UsageException(CliText.get(msgs, "export.gif_options_alone", gifOption));
        }
        if (at != null && panel == null) {
            throw new RunCommand.UsageException(CliText.get(msgs, "export.at_alone"));
        }
        return new Options(trace, png, scale, chrome, Texts.locale(lang), svg, panel, at, gif, shape);
    }

    private static String value(List<String> args, int i, String option, Locale msgs) throws RunCommand.UsageException {
        if (i >= args.size()) {
            throw new RunCommand.UsageException(CliText.get(msgs, "export.needs_value", option));
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
        Locale msgs = CliText.locale(args);
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
        if (ok && o.svg() != null) {
            ok = Exports.svg(rec.trace(), o.svg(), rec.lesson(), rec.settings(), when, o.locale(), "export", msgs, err);
            if (ok) {
                out.println(CliText.get(msgs, "export.wrote", o.svg()));
            }
        }
        if (ok && o.panel() != null) {
            ok = Exports.panel(rec.trace(), o.panel(), o.atSeconds(), o.scale(), rec.lesson(), o.locale(), msgs, out,
                    err);
        }
        if (ok && o.gif() != null) {
            ok = Exports.gif(rec.trace(), o.gif(), o.gifShape(), rec.lesson(), o.locale(), msgs, out, err);
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
            case TOO_LARGE -> CliText.get(msgs, "export.open.TOO_LARGE", file, TraceFile.MAX_BYTES >> 20);
            case NOT_JSON -> e.json() == null ? CliText.get(msgs, "export.open.NOT_JSON", file)
                    : CliText.get(msgs, "export.open.NOT_JSON_AT", file, e.json().line(), e.json().column(),
                            JsonErrors.reason(e.json().reason(), msgs));
            default -> CliText.get(msgs, "export.open." + e.problem().name(), file);
        };
    }
}
