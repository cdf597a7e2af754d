package io.processlab.lessons.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildProcess;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.PrintedLines;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PoolLessonTest {
    private static final String DOUBLES = "[0, 2, 4, 6, 8, 10, 12, 14, 16, 18]";

    /** The words of each language: input, sequential, starting. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "pt", List.of("Entrada: ", "Sequencial: ", "Iniciando "),
            "en", List.of("Input: ", "Sequential: ", "Starting "));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pt", "en"})
    void returnsTheDoublesAndTheInitializerRanOncePerWorker(String lang) throws Exception {
        List<String> w = WORDS.get(lang);
        int size = 2 * Runtime.getRuntime().availableProcessors();
        try (LessonRun r = LessonRun.of(new PoolLesson(), lang)) {
            List<String> texts = r.texts();
            assertEquals(w.get(0) + "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]", texts.get(0));
            assertEquals(w.get(1) + DOUBLES, texts.get(1));
            assertTrue(texts.contains("Pool: " + DOUBLES), r.printed().toString());

            List<ChildProcess> workers = r.children();
            assertEquals(size, workers.size(), "pool size is twice the CPUs");
            List<PrintedLines.Line> starts = r.printed().startingWith(w.get(2));
            assertEquals(size, starts.size(), r.printed().toString());
            assertEquals(workers.stream().map(ChildProcess::pid).collect(Collectors.toSet()),
                    starts.stream().map(PrintedLines.Line::pid).collect(Collectors.toSet()), "one start line per worker");
            for (PrintedLines.Line l : starts) {
                assertEquals(w.get(2) + l.name(), l.text(), "a worker prints its own name");
            }
        }
    }

    @Test
    void sizeAndChunksizeSettingsKeepTheOrder() throws Exception {
        try (LessonRun r = LessonRun.of(new PoolLesson(), "en", "size=3", "chunksize=4", "items=30")) {
            assertEquals(3, r.children().size());
            assertEquals(Set.of("Starting PoolWorker-1", "Starting PoolWorker-2", "Starting PoolWorker-3"),
                    Set.copyOf(r.printed().startingWith("Starting ").stream().map(PrintedLines.Line::text).toList()));
            String pool = r.texts().stream().filter(t -> t.startsWith("Pool: ")).findFirst().orElseThrow();
            assertEquals("Pool: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, ..., 54, 56, 58] (30)", pool);
        }
    }
}
