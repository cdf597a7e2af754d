package io.processlab.python;

import static org.junit.jupiter.api.Assertions.fail;

import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The interpreters the tests run on, the shared folder, and running a program traced. */
final class Pythons {
    private Pythons() {
    }

    /** A program's traced run, ended. */
    record Ran(PythonRun run, List<TraceEvent> events, List<String> printed, List<String> stderr) {
        List<TraceEvent> of(String kind) {
            return events.stream().filter(e -> e.is(kind)).collect(Collectors.toList());
        }

        Trace trace() {
            return run.trace();
        }
    }

    /** python3 on PATH: the tests need it (.ci/run installs it). */
    static Path python3() {
        return PythonFinder.find(null).orElseGet(() -> fail("python3 is not on PATH: the Python tests need it"));
    }

    /** Every CPython 3.8-3.13 that pyenv has here, by version, and python3 on PATH (once, when it is one of them). */
    static Map<String, Path> cpythons() {
        Map<String, Path> out = new LinkedHashMap<>();
        out.put("python3", python3());
        String own = version(python3());
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> s = Files.list(versions)) {
                s.map(p -> p.getFileName().toString()).filter(v -> v.matches("3\\.(8|9|10|11|12|13)\\.\\d+"))
                        .sorted((a, b) -> Integer.compare(minor(a), minor(b)))
                        .forEach(v -> {
                            Path py = versions.resolve(v).resolve("bin").resolve("python3");
                            if (Files.isExecutable(py) && !v.equals(own)) {
                                out.put(v, py);
                            }
                        });
            } catch (IOException e) {
                // no pyenv: python3 alone
            }
        }
        return out;
    }

    /** "3.11.7" for Python 3.11.7. */
    static String version(Path python) {
        try {
            Process p = new ProcessBuilder(python.toString(), "-c",
                    "import sys; print('%d.%d.%d' % sys.version_info[:3])").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return v;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static int minor(String v) {
        return Integer.parseInt(v.split("\\.")[1]);
    }

    /** ../shared from the project's root (or from a worktree one level further down). */
    static Path shared() {
        for (String c : List.of("../shared", "../../shared")) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (Files.isRegularFile(p.resolve("bench/seed_programs.py"))) {
                return p;
            }
        }
        return fail("../shared/bench/seed_programs.py not found: the seed programs come from there");
    }

    /** Writes the notebook's five programs into {@code dir} with seed_programs.py, unchanged. */
    static void seedPrograms(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python3().toString(), shared().resolve("bench/seed_programs.py").toString(),
                dir.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            fail("seed_programs.py failed: " + said);
        }
    }

    /** A test program of src/test/resources/python. */
    static Path program(String name) {
        return Path.of("src/test/resources/python", name).toAbsolutePath();
    }

    /** Runs {@code program} traced to its end (at most {@code seconds}). */
    static Ran run(Path python, Path program, int seconds, String... args) throws Exception {
        PythonRun run = PythonRun.start(new PythonRun.Options(python.toString(), program, List.of(args), null));
        if (!run.await(seconds, TimeUnit.SECONDS)) {
            run.close();
            fail(program.getFileName() + " did not end in " + seconds + " s");
        }
        run.close();
        List<TraceEvent> events = run.trace().events();
        return new Ran(run, events, texts(events, "print"), texts(events, "stderr"));
    }

    private static List<String> texts(List<TraceEvent> events, String kind) {
        return events.stream().filter(e -> e.is(kind)).map(TraceEvent::text).collect(Collectors.toList());
    }
}
