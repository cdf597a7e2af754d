package io.processlab.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.trace.Trace;
import io.processlab.view.export.ChromeTraceExport;
import io.processlab.view.export.PngExport;
import io.processlab.view.timeline.ProcessStates;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Writes a run's PNG and Chrome-trace exports for {@code run} and {@code export}. */
final class Exports {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Exports() {
    }

    /** The parsed {@code --scale} value: 1, 2 or 3. */
    static int scale(String v, String verb) throws RunCommand.UsageException {
        if (!v.equals("1") && !v.equals("2") && !v.equals("3")) {
            throw new RunCommand.UsageException(verb + ": --scale takes 1, 2 or 3, not '" + v + "'");
        }
        return Integer.parseInt(v);
    }

    /** "consumers=5, tasks=5, task_seconds=0.1". */
    static String settingsText(JsonObject settings) {
        StringJoiner j = new StringJoiner(", ");
        if (settings != null) {
            for (Map.Entry<String, JsonElement> e : settings.entrySet()) {
                JsonElement v = e.getValue();
                String text = v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : v.toString();
                if (text.length() > 40) {
                    text = text.substring(0, 39) + "\u2026";
                }
                j.add(e.getKey() + "=" + text);
            }
        }
        return j.toString();
    }

    /** Draws the whole run into {@code png}; returns whether it worked (else says why on {@code err}). */
    static boolean png(Trace trace, Path png, int scale, String lesson, JsonObject settings, LocalDateTime when,
            Locale locale, String verb, PrintStream err) {
        ProcessStates states = ProcessStates.of(trace);
        String title = "ProcessLab \u00b7 " + (lesson == null || lesson.isEmpty() ? "run" : lesson);
        StringJoiner sub = new StringJoiner("  \u00b7  ");
        String s = settingsText(settings);
        if (!s.isEmpty()) {
            sub.add(s);
        }
        sub.add(DATE.format(when));
        sub.add(PngExport.summary(states, locale));
        try {
            PngExport.write(trace, png, new PngExport.Options(scale, title, sub.toString(), locale));
            return true;
        } catch (IOException e) {
            err.println(verb + ": cannot write the PNG " + png + ": " + e.getMessage());
            return false;
        }
    }

    /** Writes the Chrome/Perfetto trace; returns whether it worked. */
    static boolean chrome(Trace trace, Path file, String lesson, JsonObject settings, String verb, PrintStream err) {
        try {
            ChromeTraceExport.save(file, trace, lesson, settings);
            return true;
        } catch (IOException e) {
            err.println(verb + ": cannot write the Chrome trace " + file + ": " + e.getMessage());
            return false;
        }
    }
}
