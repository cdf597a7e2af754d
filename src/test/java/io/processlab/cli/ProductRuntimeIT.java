package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged app's runtime (the launcher's class path) holds no test display platform; the benches' Monocle is beside it. */
class ProductRuntimeIT {
    @Test
    void theLaunchersClassPathNamesNoMonocleAndTheBenchesFindItInBenchLib() throws Exception {
        Path jar = Path.of("target", "processlab.jar");
        String classPath;
        try (JarFile j = new JarFile(jar.toFile())) {
            classPath = j.getManifest().getMainAttributes().getValue("Class-Path");
        }
        assertTrue(classPath.contains("javafx-graphics"), classPath);
        assertFalse(classPath.toLowerCase(java.util.Locale.ROOT).contains("monocle"), classPath);
        try (var s = Files.list(Path.of("target", "bench-lib"))) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("openjfx-monocle")), "target/bench-lib/");
        }
    }
}
