package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.processlab.engine.ChildLauncher;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.TraceFile;
import io.processlab.view.timeline.SyntheticTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, case 13: the CLI, a real process, gets SIGTERM while it writes an export; the hidden
 * temporary file beside the output is removed, and the output is not half written.
 */
@ExtendWith(NoChildrenLeft.class)
class InterruptedExportFaultTest {
    @TempDir
    Path dir;

    @Test
    void sigtermDuringAnExportLeavesNoTemporaryFile() throws Exception {
        Path trace = dir.resolve("big.json");
        TraceFile.save(trace, "pool", new JsonObject(), SyntheticTrace.trace(63, 100_000, 3));
        ChildLauncher launcher = ChildLauncher.forThisJvm();
        Path chrome = dir.resolve("big-chrome.json");
        Path png = dir.resolve("big.png");
        for (int attempt = 0; attempt < 5; attempt++) {
            Process cli = new ProcessBuilder(launcher.java().toString(), "-cp", launcher.classpath(), "io.processlab.app.Main",
                    "export", trace.toString(), "--chrome", chrome.toString(), "--png", png.toString(), "--scale", "3")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
            try {
                Waits.until(60, "a temporary file to appear", () -> !temporaries().isEmpty() || !cli.isAlive());
                if (!cli.isAlive()) {
                    continue; // it was quicker than the look: try again
                }
                long t0 = System.nanoTime();
                cli.destroy(); // SIGTERM
                cli.waitFor();
                System.out.printf("[figure] export ended %.2f s after SIGTERM%n", Waits.since(t0));
                assertEquals(143, cli.exitValue());
                assertEquals(List.of(), temporaries(), "no temporary file is left");
                return;
            } finally {
                cli.destroyForcibly();
                cli.waitFor();
            }
        }
        throw new AssertionError("the export always ended before it could be interrupted");
    }

    private List<String> temporaries() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
