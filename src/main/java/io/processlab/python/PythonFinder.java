package io.processlab.python;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the interpreter to run: the one named, or {@code python3} on PATH. */
public final class PythonFinder {
    /** The interpreter used when none is named. */
    public static final String DEFAULT = "python3";

    private PythonFinder() {
    }

    /**
     * The interpreter's path: {@code named} when it is given (a path, or a command looked up on
     * PATH), else python3 on PATH; empty when there is none.
     */
    public static Optional<Path> find(String named, String pathVariable) {
        String cmd = named == null || named.isBlank() ? DEFAULT : named;
        if (cmd.contains(File.separator)) {
            Path p = Path.of(cmd);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        }
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, cmd);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@link #find(String, String)} on this process's PATH. */
    public static Optional<Path> find(String named) {
        return find(named, System.getenv("PATH"));
    }
}
