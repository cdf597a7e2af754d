package io.processlab.cli;

import io.processlab.api.Texts;
import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.Parsed;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import io.processlab.trace.TraceFile;
import io.processlab.view.export.GifExport;
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
            Path gif, GifExport.Options gifShape) {
    }

    /** The options that shape the GIF, refused without {@code --gif}. */
    private static final List<String> GIF_OPTIONS = List.of("--size", "--speed", "--fps", "--only");

    /** The command line of {@code export}: adding an option is one line here, and reading it one in {@link #parse}. */
    static final CommandLine LINE = CommandLine.of("export")
            .operand("export.no_trace")
            .option("--png", Value.path())
            .option("--chrome", Value.path())
            .option("--scale", Exports.SCALE)
            .option("--svg", Value.path())
            .option("--panel", Value.path())
            .option("--at", Value.number(0, 86_400))
            .option("--gif", Value.path())
            .option("--size", Value.size(GifExport.MIN_WIDTH, GifExport.MIN_HEIGHT, GifExport.MAX_WIDTH,
                    GifExport.MAX_HEIGHT))
            .option("--speed", Value.number(GifExport.MIN_SPEED, GifExport.MAX_SPEED))
            .option("--fps", Value.whole(1, GifExport.MAX_FPS))
            .option("--only", Value.oneOf("timeline", "panel"))
            .option("--lang", Value.language());

    static Options parse(List<String> args) throws UsageException {
        Parsed p = LINE.parse(args);
        if (!p.has("--png") && !p.has("--chrome") && !p.has("--svg") && !p.has("--panel") && !p.has("--gif")) {
            throw new UsageException(CliText.get(p.messages(), "export.nothing_to_write"));
        }
        for (String o : GIF_OPTIONS) {
            if (p.has(o) && !p.has("--gif")) {
                throw new UsageException(CliText.get(p.messages(), "export.gif_options_alone", o));
            }
        }
        if (p.has("--at") && !p.has("--panel")) {
            throw new UsageException(CliText.get(p.messages(), "export.at_alone"));
        }
        Path trace = Value.path().read(p.operand(0));
        if (trace == null) {
            throw new UsageException(CliText.get(p.messages(), "args.bad_path", "export", "TRACE", p.operand(0)));
        }
        Locale locale = Texts.locale(p.get("--lang", "pt"));
        int[] size = p.get("--size", new int[] {960, 540});
        String only = p.get("--only", "both");
        GifExport.Options gif = new GifExport.Options(size[0], size[1], p.get("--speed", 1.0), p.get("--fps", 10),
                only.equals("timeline") ? GifExport.Parts.TIMELINE : only.equals("panel") ? GifExport.Parts.PANEL
                        : GifExport.Parts.BOTH, null, locale);
        return new Options(trace, p.get("--png", null), p.get("--scale", 1), p.get("--chrome", null), locale,
                p.get("--svg", null), p.get("--panel", null), p.get("--at", null), p.get("--gif", null), gif);
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
        String clash = Exports.clash("export", o.trace(), msgs, "--png", o.png(), "--chrome", o.chrome(), "--svg", o.svg(),
                "--panel", o.panel(), "--gif", o.gif());
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
            ok = Exports.gif(rec.trace(), o.gif(), o.gifShape(), rec.lesson(), msgs, out, err);
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
