package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.lessons.Lesson;
import io.processlab.lessons.Listing;
import io.processlab.lessons.course.Lessons;
import io.processlab.wire.Bundles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson's Python twin (each lesson has one), as the app writes it out for English (the file as it is) and for
 * Portuguese, is a program every CPython here (3.8 to 3.13) compiles: an f-string that a
 * Portuguese twin brought in obeys the older interpreters' rules too. The twins that run fast
 * are run for real in both languages by {@code PythonTwinLanguagesTest}; the cores twin counts
 * primes for many seconds, and is only compiled here.
 */
class PythonTwinsCompileTest {
    static Stream<Map.Entry<String, Path>> interpreters() {
        return Pythons.cpythons().entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interpreters")
    void everyTwinInEitherLanguageCompiles(Map.Entry<String, Path> python) throws Exception {
        Path dir = Files.createTempDirectory("twins-");
        List<String> cmd = new ArrayList<>(List.of(python.getValue().toString(), "-c",
                "import sys\nfor f in sys.argv[1:]:\n    compile(open(f, encoding='utf-8').read(), f, 'exec')\nprint('ok')"));
        try {
            for (String id : Lessons.all().stream().map(Lesson::id).toList()) {
                for (Locale l : List.of(Locale.ENGLISH, Bundles.PORTUGUESE)) {
                    Path f = dir.resolve(l.getLanguage() + "_lesson_" + id + ".py");
                    Files.writeString(f, Listing.twin(id, l), StandardCharsets.UTF_8);
                    cmd.add(f.toString());
                }
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            assertEquals("ok", out.strip(), python.getKey() + " compiled the twins: " + out);
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
