package io.processlab.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The tracer's Python files, copied from the app's resources into a run's private folder. */
final class TracerFiles {
    static final List<String> FILES = List.of("sitecustomize.py", "processlab_tracer.py", "processlab_patches.py");

    private TracerFiles() {
    }

    /** Writes the tracer into {@code dir} (created) and returns it: the folder to put on PYTHONPATH. */
    static Path install(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            try (InputStream in = TracerFiles.class.getResourceAsStream("/python/processlab_trace/" + f)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("the tracer's " + f + " is missing from the app"));
                }
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }
}
