package io.processlab.view.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.view.timeline.ProcessStates;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The title of an exported timeline, the same from the command line and from the window:
 * "ProcessLab · LESSON", then the settings, the date and a summary of the run.
 */
public final class ExportTitle {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** A setting's value longer than this is cut with an ellipsis. */
    static final int MAX_VALUE = 40;

    private ExportTitle() {
    }

    /** "consumers=5, tasks=5, task_seconds=0.1". */
    public static String settingsText(JsonObject settings) {
        StringJoiner j = new StringJoiner(", ");
        if (settings != null) {
            for (Map.Entry<String, JsonElement> e : settings.entrySet()) {
                JsonElement v = e.getValue();
                String text = v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : v.toString();
                if (text.length() > MAX_VALUE) {
                    text = text.substring(0, MAX_VALUE - 1) + "\u2026";
                }
                j.add(e.getKey() + "=" + text);
            }
        }
        return j.toString();
    }

    /** "ProcessLab · queue · 350 ms / 566 ms" (the moment null: without it), the title of a panel picture or a GIF. */
    public static String panelTitle(String lesson, String moment) {
        String t = "ProcessLab \u00b7 " + (lesson == null || lesson.isEmpty() ? "run" : lesson);
        return moment == null ? t : t + " \u00b7 " + moment;
    }

    /**
     * The options of a PNG of {@code states} with its title.
     *
     * @param lesson the lesson's name (its id, or its title in the window's language)
     */
    public static PngExport.Options options(ProcessStates states, int scale, String lesson, JsonObject settings,
            LocalDateTime when, Locale locale) {
        String title = "ProcessLab \u00b7 " + (lesson == null || lesson.isEmpty() ? "run" : lesson);
        StringJoiner sub = new StringJoiner("  \u00b7  ");
        String s = settingsText(settings);
        if (!s.isEmpty()) {
            sub.add(s);
        }
        sub.add(DATE.format(when));
        sub.add(PngExport.summary(states, locale));
        return new PngExport.Options(scale, title, sub.toString(), locale);
    }
}
