package io.processlab.cli;

import com.google.gson.JsonObject;
import io.processlab.cli.args.Value;
import io.processlab.trace.Trace;
import io.processlab.view.export.ChromeTraceExport;
import io.processlab.view.export.ExportTitle;
import io.processlab.view.export.GifExport;
import io.processlab.view.export.PanelExport;
import io.processlab.view.export.PngExport;
import io.processlab.view.export.SvgExport;
import io.processlab.view.panel.PanelContent;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.TimeAxis;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

/** Writes a run's exports for {@code run} and {@code export}: PNG, SVG, panel picture, GIF, Chrome trace. */
final class Exports {
    private Exports() {
    }

    /**
     * Why the command's files clash, or null: an output that is the input (a trace read by
     * {@code export}), or two outputs that are one file. Told before anything is read or written.
     *
     * @param input the file read, or null
     * @param outputs option and path, in the order of the command line (a null path is no output)
     */
    static String clash(String verb, Path input, Locale msgs, Object... outputs) {
        for (int i = 0; i + 1 < outputs.length; i += 2) {
            Path out = (Path) outputs[i + 1];
            if (out == null) {
                continue;
            }
            if (input != null && io.processlab.trace.AtomicFile.same(input, out)) {
                return CliText.get(msgs, "cli.same_as_input", verb, outputs[i], out);
            }
            for (int j = 0; j < i; j += 2) {
                Path other = (Path) outputs[j + 1];
                if (other != null && io.processlab.trace.AtomicFile.same(other, out)) {
                    return CliText.get(msgs, "cli.same_output", verb, outputs[j], other, outputs[i]);
                }
            }
        }
        return null;
    }

    /** The {@code --scale} of a PNG: 1, 2 or 3. */
    static final Value<Integer> SCALE = Value.whole(1, 3).says("args.bad_scale");

    /**
     * Draws the whole run into {@code png} ({@code locale}: the legend's language); returns whether
     * it worked, else says why on {@code err} in {@code msgs}.
     */
    static boolean png(Trace trace, Path png, int scale, String lesson, JsonObject settings, LocalDateTime when,
            Locale locale, String verb, Locale msgs, PrintStream err) {
        return timeline(trace, png, scale, lesson, settings, when, locale, "cli.png_failed", verb, msgs, err,
                PngExport::write);
    }

    /** Draws the whole run into {@code svg} as vectors; returns whether it worked. */
    static boolean svg(Trace trace, Path svg, String lesson, JsonObject settings, LocalDateTime when, Locale locale,
            String verb, Locale msgs, PrintStream err) {
        return timeline(trace, svg, 1, lesson, settings, when, locale, "cli.svg_failed", verb, msgs, err,
                SvgExport::write);
    }

    /** Writes the whole run's timeline picture into a file. */
    private interface TimelineWriter {
        void write(ProcessStates states, Path file, PngExport.Options o) throws IOException;
    }

    private static boolean timeline(Trace trace, Path file, int scale, String lesson, JsonObject settings,
            LocalDateTime when, Locale locale, String failedKey, String verb, Locale msgs, PrintStream err,
            TimelineWriter writer) {
        ProcessStates states = ProcessStates.ofRun(trace);
        try {
            writer.write(states, file, ExportTitle.options(states, scale, lesson, settings, when, locale));
            return true;
        } catch (IOException e) {
            err.println(CliText.get(msgs, failedKey, verb, file, CliText.io(msgs, e)));
            return false;
        }
    }

    /** "350.0 ms / 1.329 s": a time of the run and the run's end, in {@code locale}'s decimals. */
    private static String span(long us, long endUs, Locale locale) {
        return TimeAxis.format(us, locale) + " / " + TimeAxis.format(endUs, locale);
    }

    /**
     * Draws the lesson's panel at {@code atSeconds} (null: the run's end; past the end: the end)
     * into {@code file}, PNG or SVG by its extension; says what it drew on {@code out}.
     */
    static boolean panel(Trace trace, Path file, Double atSeconds, int scale, String lesson, Locale locale,
            Locale msgs, PrintStream out, PrintStream err) {
        long end = ProcessStates.ofRun(trace).endUs();
        long t = atSeconds == null ? end : Math.min(end, Math.round(atSeconds * 1e6));
        // the times in each reader's way of writing decimals: the picture's, the message's ("261,2 ms")
        String when = span(t, end, locale);
        try {
            PanelExport.write(PanelExport.at(trace, t), file,
                    new PanelExport.Options(scale, ExportTitle.panelTitle(lesson, when), locale,
                            PanelContent.usesPool(trace.events())));
            out.println(CliText.get(msgs, "export.wrote_panel", file, span(t, end, msgs)));
            return true;
        } catch (IOException e) {
            err.println(CliText.get(msgs, "cli.panel_failed", "export", file, CliText.io(msgs, e)));
            return false;
        }
    }

    /** Writes the replay of {@code trace} as an animated GIF; says its frames, size and weight on {@code out}. */
    static boolean gif(Trace trace, Path file, GifExport.Options shape, String lesson, Locale msgs, PrintStream out,
            PrintStream err) {
        long t0 = System.nanoTime();
        GifExport.Options o = new GifExport.Options(shape.width(), shape.height(), shape.speed(), shape.fps(),
                shape.parts(), ExportTitle.panelTitle(lesson, null), shape.locale());
        try {
            GifExport.Written w = GifExport.write(trace, file, o, n -> { }, () -> false);
            out.println(CliText.get(msgs, "export.wrote_gif", file, w.frames(), o.width(), o.height(),
                    (w.bytes() + 1023) / 1024, (System.nanoTime() - t0) / 1_000_000));
            return true;
        } catch (GifExport.TooManyFrames e) {
            err.println(CliText.get(msgs, "export.too_many_frames", e.frames(), GifExport.MAX_FRAMES));
            return false;
        } catch (IOException e) {
            err.println(CliText.get(msgs, "cli.gif_failed", "export", file, CliText.io(msgs, e)));
            return false;
        }
    }

    /** Writes the Chrome/Perfetto trace; returns whether it worked. */
    static boolean chrome(Trace trace, Path file, String lesson, JsonObject settings, String verb, Locale msgs,
            PrintStream err) {
        try {
            ChromeTraceExport.save(file, trace, lesson, settings);
            return true;
        } catch (IOException e) {
            err.println(CliText.get(msgs, "cli.chrome_failed", verb, file, CliText.io(msgs, e)));
            return false;
        }
    }
}
