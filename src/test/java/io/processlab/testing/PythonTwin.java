package io.processlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.Listing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A lesson's Python twin ({@code resources/python/lesson_ID.py}) run by the real {@code python3},
 * so that a test can check what a panel says about Python against what Python does: the file as
 * it is (English), or as the app writes it out for a run in a language.
 *
 * @param out the lines it printed on stdout
 * @param err its stderr, whole
 */
public record PythonTwin(List<String> out, String err) {
    private static final long DEADLINE_S = 60;

    /** Runs {@code lesson_ID.py}, the file as it is, with {@code args}; fails the test when it does not end with code 0 in time. */
    public static PythonTwin run(String lessonId, String... args) throws IOException, InterruptedException {
        Path script = Path.of("resources", "python", "lesson_" + lessonId + ".py");
        assertTrue(Files.isRegularFile(script), script + " is there");
        return run(script, args);
    }

    /** Runs {@code lesson_ID.py} as the app writes it out for a run in {@code language} ({@link Listing#twin}). */
    public static PythonTwin run(Locale language, String lessonId, String... args) throws IOException, InterruptedException {
        return runText("lesson_" + lessonId + ".py", Listing.twin(lessonId, language), args);
    }

    /** Runs {@code text} as a program named {@code name}, in a folder of its own that goes after the run. */
    public static PythonTwin runText(String name, String text, String... args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("twin-");
        Path script = dir.resolve(name);
        try {
            Files.writeString(script, text, StandardCharsets.UTF_8);
            return run(script, args);
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(dir);
        }
    }

    private static PythonTwin run(Path script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path err = Files.createTempFile("twin", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(DEADLINE_S, TimeUnit.SECONDS), "the Python twin ended");
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), () -> "python3 " + script + " failed: " + stderr);
            return new PythonTwin(out.lines().toList(), stderr);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    /** Everything it printed on stdout, its lines joined: a text that several processes printed at once may share a line. */
    public String all() {
        return String.join("\n", out);
    }

    /** The line that starts with {@code prefix}, or fails. */
    public String line(String prefix) {
        return out.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "...' in " + out));
    }
}
