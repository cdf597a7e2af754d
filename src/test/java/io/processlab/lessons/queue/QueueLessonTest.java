package io.processlab.lessons.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildProcess;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.PrintedLines;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class QueueLessonTest {
    /** The words of each language: creating, result, leaving. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "pt", List.of("Criando 5 consumidores", "Resultado: ", "saindo"),
            "en", List.of("Creating 5 consumers", "Result: ", "leaving"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pt", "en"})
    void givesTheFiveSquaresAndEveryConsumerLeavesAfterItsPoisonPill(String lang) throws Exception {
        List<String> w = WORDS.get(lang);
        try (LessonRun r = LessonRun.of(new QueueLesson(), lang)) {
            assertEquals(w.get(0), r.texts().get(0));
            Set<String> results = r.printed().startingWith(w.get(1)).stream()
                    .map(l -> l.text().substring(w.get(1).length())).collect(Collectors.toSet());
            assertEquals(IntStream.range(0, 5).mapToObj(i -> i + " * " + i + " = " + (i * i)).collect(Collectors.toSet()),
                    results);
            assertEquals(5, r.printed().startingWith(w.get(1)).size(), "each result once");
            consumersLeftAfterTheirPills(r, w.get(2), 5);
        }
    }

    @Test
    void moreTasksThanConsumersAllGetDoneAfterTheJoin() throws Exception {
        try (LessonRun r = LessonRun.of(new QueueLesson(), "en", "consumers=3", "tasks=8", "task_seconds=0.05")) {
            List<PrintedLines.Line> results = r.printed().startingWith("Result: ");
            assertEquals(8, results.size(), r.printed().toString());
            consumersLeftAfterTheirPills(r, "leaving", 3);
            TraceEvent joined = r.trace().ofKind(Kinds.JOINED).stream().filter(e -> e.pid() == r.parentPid())
                    .findFirst().orElseThrow();
            TraceEvent firstResult = r.trace().ofKind(Kinds.PRINT).stream()
                    .filter(e -> e.text().startsWith("Result: ")).findFirst().orElseThrow();
            assertTrue(joined.tUs() <= firstResult.tUs(), "results are read after the join returns");
        }
    }

    /** Each consumer printed its leaving line and ended right after getting exactly one None. */
    /** The values the parent put on its queues, as the cards show them (the poison pills left out). */
    private static List<String> cards(List<TraceEvent> events, long parent) {
        return events.stream().filter(e -> e.is(Kinds.PUT) && e.pid() == parent && !"None".equals(e.detail()))
                .map(TraceEvent::detail).toList();
    }

    /** The results the parent took, as their cards show them, in the order of the tasks. */
    private static List<String> results(List<TraceEvent> events) {
        return events.stream().filter(e -> e.is(Kinds.GET) && "results".equals(e.object())).map(TraceEvent::detail)
                .sorted().toList();
    }

    @Test
    void theTaskCardsAreThePythonTwinsTuplesAsJsonListsAndThePanelSaysSo() throws Exception {
        List<String> inJava;
        List<String> resultsInJava;
        try (LessonRun r = LessonRun.of(new QueueLesson(), "en", "consumers=2", "tasks=3", "task_seconds=0.01")) {
            inJava = cards(r.trace().events(), r.parentPid());
            resultsInJava = results(r.trace().events());
        }
        io.processlab.python.PythonRun py = io.processlab.python.PythonRun.start(new io.processlab.python.PythonRun.Options(
                null, java.nio.file.Path.of("resources/python/lesson_queue.py"),
                List.of("{\"consumers\": 2, \"tasks\": 3, \"task_seconds\": 0.01}"), null));
        List<String> python;
        try {
            assertTrue(py.await(60, java.util.concurrent.TimeUnit.SECONDS), "the Python twin ends");
        } finally {
            py.close();
        }
        long root = py.trace().events().get(0).pid();
        python = cards(py.trace().events(), root);
        assertEquals(List.of("(0, 0)", "(1, 1)", "(2, 2)"), python, "what Python puts: tuples");
        assertEquals(List.of("[0, 0]", "[1, 1]", "[2, 2]"), inJava, "the same pairs, as JSON carries them");
        List<String> squares = List.of("'0 * 0 = 0'", "'1 * 1 = 1'", "'2 * 2 = 4'");
        assertEquals(squares, resultsInJava, "a Java run's result cards: the strings as Python's repr writes them");
        assertEquals(squares, results(py.trace().events()), "and the Python twin's, the same");
        for (String lang : List.of("en", "pt")) {
            String note = io.processlab.wire.Bundles.text("i18n.messages", io.processlab.api.Texts.locale(lang), "queue.tuple_note");
            assertTrue(note.contains("(i, i)") && note.contains("[i, i]"), "the panel names both: " + note);
        }
    }

    private static void consumersLeftAfterTheirPills(LessonRun r, String leaving, int consumers) {
        List<ChildProcess> cs = r.children();
        assertEquals(consumers, cs.size());
        List<TraceEvent> events = r.trace().events();
        for (ChildProcess c : cs) {
            assertEquals(0, c.exitCode());
            List<TraceEvent> gets = events.stream().filter(e -> e.pid() == c.pid() && e.is(Kinds.GET)).collect(Collectors.toList());
            assertTrue(!gets.isEmpty(), c.name() + " got nothing");
            assertEquals("None", gets.get(gets.size() - 1).detail(), c.name() + "'s last get is its pill");
            assertEquals(1, gets.stream().filter(e -> "None".equals(e.detail())).count(), c.name() + " got one pill");

            List<PrintedLines.Line> own = r.printed().lines().stream().filter(l -> l.pid() == c.pid()).collect(Collectors.toList());
            assertEquals(c.name() + ": " + leaving, own.get(own.size() - 1).text(), "its last line says it leaves");
            TraceEvent pill = gets.get(gets.size() - 1);
            TraceEvent exit = events.stream().filter(e -> e.pid() == c.pid() && e.is(Kinds.EXIT)).findFirst().orElseThrow();
            assertTrue(events.indexOf(pill) < events.indexOf(exit), c.name() + " ended after its pill");
        }
    }
}
