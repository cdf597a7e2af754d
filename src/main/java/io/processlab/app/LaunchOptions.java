package io.processlab.app;

import io.processlab.api.Texts;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the window was started with: {@code [--lang en|pt] [FILE]}, in any order. An argument
 * that is not an option is a saved run to open ({@code processlab run.processlab}, as a file
 * manager starts it), or a Python program ({@code .py}) to run traced, as if dropped on the
 * window; when it is not there, the window says so.
 *
 * @param traceFile the saved run to open, or null
 * @param locale the language asked for with {@code --lang}, or null for the system's
 */
public record LaunchOptions(Path traceFile, Locale locale) {
    /**
     * Reads the window's arguments.
     *
     * @throws IllegalArgumentException when {@code --lang} is not followed by en or pt (the message says so,
     *                                  in the language of the system)
     */
    public static LaunchOptions parse(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        Locale locale = null;
        int i = rest.indexOf("--lang");
        if (i >= 0) {
            String lang = i + 1 < rest.size() ? rest.get(i + 1) : "";
            if (!lang.equals("en") && !lang.equals("pt")) {
                throw new IllegalArgumentException(Texts.from("i18n.cli", Texts.systemLocale(), "window.bad_lang", lang));
            }
            locale = Texts.locale(lang);
            rest.subList(i, i + 2).clear();
        }
        Path file = null;
        if (rest.size() == 1 && !rest.get(0).startsWith("-") && !rest.get(0).isBlank()) {
            try {
                file = Path.of(rest.get(0));
            } catch (InvalidPathException e) {
                // not a file name: ignored
            }
        }
        return new LaunchOptions(file, locale);
    }
}
