package io.processlab.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Standard modules that multiprocessing imports and that a file of the program's folder would
 * hide: Python puts the program's folder first on sys.path, so a {@code queue.py} there is what
 * {@code import queue} finds, and multiprocessing breaks (in CPython itself, traced or not).
 */
final class StdlibNames {
    static final Set<String> HIDDEN = Set.of("queue", "threading", "pickle", "socket", "selectors", "select",
            "signal", "tempfile", "random", "weakref", "copyreg", "struct", "collections", "types", "traceback",
            "subprocess", "functools", "warnings", "re", "json", "linecache", "copy",
            "contextlib", "heapq", "bisect", "numbers", "shutil", "inspect", "logging", "array", "secrets",
            "hmac", "base64", "hashlib", "string", "multiprocessing", "fcntl");

    private StdlibNames() {
    }

    /** The files of the program's folder (or the program) that hide a standard module, sorted. */
    static List<String> shadowedBy(Path program) {
        Set<String> found = new TreeSet<>();
        Path dir = program == null ? null : program.toAbsolutePath().getParent();
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> {
                String f = p.getFileName().toString();
                String stem = f.endsWith(".py") ? f.substring(0, f.length() - 3) : Files.isDirectory(p) ? f : null;
                if (stem != null && HIDDEN.contains(stem)
                        && (f.endsWith(".py") || Files.exists(p.resolve("__init__.py")))) {
                    found.add(f);
                }
            });
        } catch (IOException e) {
            // a folder we cannot list hides nothing we can tell
        }
        return new ArrayList<>(found);
    }
}
