package io.processlab.cli;

import com.google.gson.JsonObject;
import io.processlab.cli.args.Value;
import io.processlab.trace.Trace;
import io.processlab.view.export.ChromeTraceExport;
import io.processlab.view.export.ExportTitle;
import io.processlab.view.export.PngExport;
import io.processlab.view.timeline.ProcessStates;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

/** Writes a run's PNG and Chrome-trace exports for {@code run} and {@code export}. */
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
        ProcessStates states = ProcessStates.ofRun(trace);
        try {
            PngExport.write(states, png, ExportTitle.options(states, scale, lesson, settings, when, locale));
            return true;
        } catch (IOException e) {
            err.println(CliText.get(msgs, "cli.png_failed", verb, png, CliText.io(msgs, e)));
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
