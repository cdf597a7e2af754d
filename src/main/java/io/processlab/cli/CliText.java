package io.processlab.cli;

import io.processlab.api.Texts;
import io.processlab.view.Units;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** The command line's own messages, from {@code resources/i18n/cli*.properties}. */
final class CliText {
    static final String BUNDLE = "i18n.cli";

    private CliText() {
    }

    /**
     * The text of {@code key} with {@code args}, for the terminal: the window's no-break spaces
     * (between a value and its unit, in the study's and the timeline's words it is given) become
     * plain ones, as a terminal wraps at its edge whatever the text.
     */
    static String get(Locale locale, String key, Object... args) {
        return Units.plain(Texts.from(BUNDLE, locale, key, args));
    }

    /**
     * Why a file could not be written, in {@code locale}: never the operating system's own text,
     * which is English whatever the language asked for.
     */
    static String io(Locale locale, IOException e) {
        if (e instanceof io.processlab.trace.OutputPathException o) {
            return get(locale, "io.path." + o.why().name(), o.path());
        }
        String key;
        if (e instanceof NoSuchFileException) {
            key = "io.no_such_file";
        } else if (e instanceof AccessDeniedException) {
            key = "io.denied";
        } else if (e instanceof NotDirectoryException) {
            key = "io.not_directory";
        } else {
            String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
            String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
            key = r.contains("is a directory") ? "io.is_directory"
                    : r.contains("read-only") ? "io.read_only"
                    : r.contains("no space") ? "io.no_space"
                    : r.contains("not a directory") ? "io.not_directory"
                    : r.contains("no such file") ? "io.no_such_file"
                    : r.contains("permission denied") ? "io.denied"
                    : "io.other";
        }
        return get(locale, key);
    }

    /** The help text, lines separated as the system does. */
    static String usage(Locale locale) {
        return get(locale, "usage", io.processlab.lessons.course.Lessons.ids()).replace("\n", System.lineSeparator());
    }
}
