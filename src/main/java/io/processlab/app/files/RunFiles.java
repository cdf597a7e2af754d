package io.processlab.app.files;

import io.processlab.app.i18n.I18n;
import io.processlab.trace.TraceFile;
import io.processlab.trace.TraceFormatException;
import io.processlab.view.export.ChromeTraceExport;
import io.processlab.view.export.ExportTitle;
import io.processlab.view.export.PngExport;
import io.processlab.view.export.SvgExport;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.wire.JsonErrors;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Saving, opening and exporting a run, with every failure said in the window's language. No
 * JavaFX here: any thread may call it (the window calls it off the FX thread).
 */
public final class RunFiles {
    /** The extension of saved runs (the installer associates it with ProcessLab). */
    public static final String RUN = ".processlab";
    public static final String PNG = ".png";
    public static final String JSON = ".json";
    /** A Python program: dropped on the window, it runs, traced. */
    public static final String PY = ".py";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final I18n i18n;

    public RunFiles(I18n i18n) {
        this.i18n = i18n;
    }

    /** What opening a file gave: the run, or why there is none. */
    public record Opened(TraceFile.Recording recording, String error) {
    }

    /** Reads a saved run; a file that is not one gives a message and no run. */
    public Opened open(Path file) {
        String name = name(file);
        if (!Files.exists(file)) {
            return new Opened(null, i18n.get("open.missing", name));
        }
        try {
            return new Opened(TraceFile.load(file), null);
        } catch (TraceFormatException e) {
            return new Opened(null, message(e, name));
        }
    }

    /**
     * What to do with files dropped on the window: the one saved run to open (or Python program
     * to run: {@code python}), or why there is none.
     */
    public record Drop(Path file, String refusal, boolean python) {
        public Drop(Path file, String refusal) {
            this(file, refusal, false);
        }

        public boolean accepted() {
            return file != null;
        }
    }

    /**
     * Decides a drop before anything is read: one regular, readable file ending in
     * {@code .processlab} or {@code .json} is opened, one ending in {@code .py} is run; several files, a folder, another kind of
     * file, or one that cannot be read are refused, saying why in the window's language.
     */
    public Drop drop(List<Path> dropped) {
        if (dropped.isEmpty()) {
            return new Drop(null, i18n.get("open.none"));
        }
        if (dropped.size() > 1) {
            return new Drop(null, i18n.get("open.many"));
        }
        Path file = dropped.get(0);
        String name = name(file);
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            return new Drop(null, i18n.get("open.folder", name));
        }
        if (!Files.exists(file)) {
            return new Drop(null, i18n.get("open.missing", name));
        }
        if (!lower.endsWith(RUN) && !lower.endsWith(JSON) && !lower.endsWith(PY)) {
            return new Drop(null, i18n.get("open.extension", name));
        }
        if (!Files.isRegularFile(file)) {
            return new Drop(null, i18n.get("open.NOT_REGULAR", name));
        }
        if (!Files.isReadable(file)) {
            return new Drop(null, i18n.get("open.UNREADABLE", name));
        }
        return new Drop(file, null, lower.endsWith(PY));
    }

    /** Why {@code name} cannot be opened, in the window's language. */
    String message(TraceFormatException e, String name) {
        return switch (e.problem()) {
            case NEWER_VERSION -> i18n.get("open.NEWER_VERSION", name, e.value(), TraceFile.VERSION);
            case MISSING_FIELD -> i18n.get("open.MISSING_FIELD", name, e.value());
            case BAD_EVENT -> e.value() == null ? i18n.get("open.BAD_EVENT", name) : i18n.get("open.BAD_EVENT_AT", name, e.value());
            case TOO_LARGE -> i18n.get("open.TOO_LARGE", name, TraceFile.MAX_BYTES >> 20);
            case NOT_JSON -> e.json() == null ? i18n.get("open.NOT_JSON", name)
                    : i18n.get("open.NOT_JSON_AT", name, e.json().line(), e.json().column(),
                            JsonErrors.reason(e.json().reason(), i18n.locale()));
            default -> i18n.get("open." + e.problem().name(), name);
        };
    }

    /** Writes the run (its lesson, settings, processes and events) to {@code file}. */
    public void save(TraceFile.Recording rec, Path file) throws IOException {
        TraceFile.save(file, rec.lesson(), rec.settings(), rec.header(), rec.trace());
    }

    /**
     * Draws the whole run at {@code scale} with its title and writes it as a PNG.
     *
     * @param lesson the lesson's name for the title
     * @return the image written
     */
    public BufferedImage png(TraceFile.Recording rec, Path file, int scale, String lesson, LocalDateTime when)
            throws IOException {
        ProcessStates states = ProcessStates.ofRun(rec.trace());
        Locale locale = i18n.locale();
        return PngExport.write(states, file, ExportTitle.options(states, scale, lesson, rec.settings(), when, locale));
    }

    /**
     * Draws the whole run with its title and writes it as SVG.
     *
     * @return the picture's size in pixels: {width, height}
     */
    public double[] svg(TraceFile.Recording rec, Path file, String lesson, LocalDateTime when) throws IOException {
        ProcessStates states = ProcessStates.ofRun(rec.trace());
        PngExport.Options o = ExportTitle.options(states, 1, lesson, rec.settings(), when, i18n.locale());
        return SvgExport.write(states, file, o);
    }

    /** Writes the run as a Chrome/Perfetto trace. */
    public void chrome(TraceFile.Recording rec, Path file) throws IOException {
        ChromeTraceExport.save(file, rec.trace(), rec.lesson(), rec.settings());
    }

    /** A name to offer for a file of this run: {@code queue-2026-05-04-1412.processlab}. */
    public static String suggestedName(String lesson, LocalDateTime when, String extension) {
        return (lesson == null || lesson.isEmpty() ? "run" : lesson) + "-" + STAMP.format(when) + extension;
    }

    /** {@code file} with {@code extension} added when its name has none (a name typed without one). */
    public static Path withExtension(Path file, String extension) {
        String n = name(file);
        return n.contains(".") ? file : file.resolveSibling(n + extension);
    }

    /** Why writing failed, in a few words (the system's own words when there are no better ones). */
    public String reason(IOException e) {
        if (e instanceof io.processlab.trace.OutputPathException o) {
            return i18n.get("io.path." + o.why().name(), o.path());
        }
        if (e instanceof AccessDeniedException) {
            return i18n.get("io.denied");
        }
        if (e instanceof NoSuchFileException) {
            return i18n.get("io.no_folder");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }
}
