package io.processlab.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the window was started with. A single argument that is not an option is a saved run to
 * open ({@code processlab run.processlab}, as a file manager starts it), or a Python program
 * ({@code .py}) to run traced, as if dropped on the window; when it is not there, the window says so.
 *
 * @param traceFile the saved run to open, or null
 */
public record LaunchOptions(Path traceFile) {
    public static LaunchOptions parse(List<String> args) {
        if (args.size() == 1 && !args.get(0).startsWith("-") && !args.get(0).isBlank()) {
            try {
                return new LaunchOptions(Path.of(args.get(0)));
            } catch (InvalidPathException e) {
                // not a file name: ignored
            }
        }
        return new LaunchOptions(null);
    }
}
