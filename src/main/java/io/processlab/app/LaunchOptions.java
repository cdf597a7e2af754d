package io.processlab.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the window was started with. A single argument that names a file is a saved run to open
 * (kept for the replay issue).
 *
 * @param traceFile the saved run to open, or null
 */
public record LaunchOptions(Path traceFile) {
    public static LaunchOptions parse(List<String> args) {
        if (args.size() == 1) {
            try {
                Path p = Path.of(args.get(0));
                if (Files.isRegularFile(p)) {
                    return new LaunchOptions(p);
                }
            } catch (InvalidPathException e) {
                // not a file name: ignored
            }
        }
        return new LaunchOptions(null);
    }
}
