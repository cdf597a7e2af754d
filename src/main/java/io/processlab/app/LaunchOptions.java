package io.processlab.app;

import io.processlab.app.i18n.I18n;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the window was started with: {@code [--lang en|pt] [FILE]}. A single argument that is not
 * an option is a saved run to open ({@code processlab run.processlab}, as a file manager starts
 * it); when it is not there, the window says so. {@code --lang} chooses the window's language
 * (else the one of the last launch, else the system's); another value is ignored.
 *
 * @param traceFile the saved run to open, or null
 * @param language  the language asked for, or null
 */
public record LaunchOptions(Path traceFile, Locale language) {
    public static LaunchOptions parse(List<String> args) {
        Locale language = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                String l = args.get(++i);
                language = l.equals("pt") ? I18n.PORTUGUESE : l.equals("en") ? Locale.ENGLISH : null;
            } else if (a.startsWith("--lang=")) {
                String l = a.substring("--lang=".length());
                language = l.equals("pt") ? I18n.PORTUGUESE : l.equals("en") ? Locale.ENGLISH : null;
            } else {
                rest.add(a);
            }
        }
        if (rest.size() == 1 && !rest.get(0).startsWith("-") && !rest.get(0).isBlank()) {
            try {
                return new LaunchOptions(Path.of(rest.get(0)), language);
            } catch (InvalidPathException e) {
                // not a file name: ignored
            }
        }
        return new LaunchOptions(null, language);
    }
}
