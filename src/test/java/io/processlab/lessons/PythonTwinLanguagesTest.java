package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.PythonTwin;
import io.processlab.wire.Bundles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Python twins print in the app's language: written out for Portuguese ({@link Listing#twin})
 * and run by the real python3 they print Portuguese, in the Java lessons' words; the files as they
 * are still print English; every printed word of a twin has its Portuguese, and every annotation
 * is whole.
 */
@ExtendWith(NoChildrenLeft.class)
class PythonTwinLanguagesTest {
    private static final Locale PT = Bundles.PORTUGUESE;
    /** Printed texts that read the same in Portuguese. */
    private static final Set<String> SAME_IN_PORTUGUESE = Set.of("Pool:");
    /** Each run once per language, lesson and arguments: a twin prints all its lines in one run. */
    private static final Map<String, PythonTwin> RUNS = new ConcurrentHashMap<>();

    private static PythonTwin run(Locale language, String lesson, String arg) {
        return RUNS.computeIfAbsent(language.getLanguage() + " " + lesson + " " + arg, k -> {
            try {
                String[] args = arg.isEmpty() ? new String[0] : new String[] {arg};
                return language == Locale.ENGLISH ? PythonTwin.run(lesson, args) : PythonTwin.run(language, lesson, args);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> lines(String lesson) throws IOException {
        return Files.readAllLines(Path.of("resources", "python", "lesson_" + lesson + ".py"), StandardCharsets.UTF_8);
    }

    /** Every lesson's twin: resources/python/lesson_ID.py. */
    static Stream<String> twins() {
        return Lessons.all().stream().map(Lesson::id);
    }

    @ParameterizedTest
    @MethodSource("twins")
    void everyAnnotationInATwinIsWhole(String lesson) throws IOException {
        int annotated = 0;
        for (String line : lines(lesson)) {
            assertNull(PrintedStrings.problem(line), lesson + ": " + line);
            annotated += line.contains(PrintedStrings.MARKER) ? 1 : 0;
        }
        assertTrue(annotated > 0, lesson + " has Portuguese for what it prints");
    }

    /** A print whose first literal has words (outside its f-string fields) says them in Portuguese too. */
    @ParameterizedTest
    @MethodSource("twins")
    void everyPrintWithWordsHasItsPortuguese(String lesson) throws IOException {
        for (String line : lines(lesson)) {
            int comment = Comments.opening(line, "#");
            String code = comment < 0 ? line : line.substring(0, comment);
            PrintedStrings.Literal printed = code.contains("print(") ? PrintedStrings.first(code) : null;
            if (printed == null || SAME_IN_PORTUGUESE.contains(printed.body())) {
                continue;
            }
            String words = printed.body();
            for (String field : PrintedStrings.fields(words)) {
                words = words.replace("{" + field + "}", "");
            }
            if (words.chars().anyMatch(Character::isLetter)) {
                assertTrue(line.contains(PrintedStrings.MARKER), lesson + " prints English only: " + line);
            }
        }
    }

    static Stream<Arguments> printed() {
        String queue = "{\"consumers\": 2, \"tasks\": 2, \"task_seconds\": 0}";
        String event = "{\"timeout\": 0.2, \"delay\": 0.6}";
        String pool = "{\"items\": 4, \"size\": 2}";
        String deadlock = "{\"pause\": 0.1, \"timeout\": 0.3}";
        String sameOrder = "{\"same_order\": true, \"pause\": 0.05, \"timeout\": 2}";
        return Stream.of(
                // lesson, its argument, what the file as it is prints, what the Portuguese run prints instead
                Arguments.of("process", "", "Function call: name=MainProcess, pid=", "Chamada da função: nome=MainProcess, pid="),
                Arguments.of("process", "", "child created: name=Process-1", "filho criado: nome=Process-1"),
                Arguments.of("process", "", "process running 0: name=", "processo rodando 0: nome="),
                Arguments.of("pipe", "", "Parent received:", "Pai recebeu:"),
                Arguments.of("pipe", "", "Communicator received:", "Comunicador recebeu:"),
                Arguments.of("queue", queue, "Creating 2 consumers", "Criando 2 consumidores"),
                Arguments.of("queue", queue, "Consumer-1: leaving", "Consumer-1: saindo"),
                Arguments.of("queue", queue, "Result:", "Resultado:"),
                Arguments.of("event", event, "Done waiting, event.is_set():", "Fim da espera, event.is_set():"),
                Arguments.of("event", event, "Done waiting with a timeout, event.is_set():",
                        "Fim da espera com limite, event.is_set():"),
                Arguments.of("pool", pool, "Input:", "Entrada:"),
                Arguments.of("pool", pool, "Sequential:", "Sequencial:"),
                Arguments.of("pool", pool, "Time: sequential ", "Tempo: sequencial "),
                Arguments.of("deadlock", deadlock, "worker-1 took A", "worker-1 pegou a trava A"),
                Arguments.of("deadlock", sameOrder, "worker-2 got both locks", "worker-2 pegou as duas travas"),
                Arguments.of("isolation", "spawn", "start method: spawn", "método de início: spawn"),
                Arguments.of("isolation", "spawn", "Child got: counter=0, list=[1, 2, 3], global=0",
                        "Filho recebeu: contador=0, lista=[1, 2, 3], global=0"),
                Arguments.of("isolation", "spawn", "Parent after: counter=0, list=[1, 2, 3], global=42",
                        "Pai depois: contador=0, lista=[1, 2, 3], global=42"),
                Arguments.of("isolation", "spawn", "What the child sent back:", "O que o filho devolveu:"),
                Arguments.of("sending", "fork", "list: sent, received back ['spam', 42, 'ovos']",
                        "list: enviado, recebido de volta ['spam', 42, 'ovos']"),
                Arguments.of("sending", "fork", "generator: refused: TypeError", "generator: recusado: TypeError"),
                Arguments.of("sending", "fork", "queue_lock: refused: put() returned, nothing arrived",
                        "queue_lock: recusado: put() retornou, nada chegou"),
                Arguments.of("spawn", "", "Child: got 'olá'; its MARKER is 0", "Filho: recebeu 'olá'; o seu MARKER é 0"),
                Arguments.of("spawn", "", "Parent: pid=", "Pai: pid="),
                Arguments.of("threads", "", " processes: ", " processos: "));
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("printed")
    void aTwinWrittenForPortuguesePrintsPortugueseAndTheFileAsItIsEnglish(String lesson, String arg, String english,
                                                                          String portuguese) {
        String en = run(Locale.ENGLISH, lesson, arg).all();
        String pt = run(PT, lesson, arg).all();
        assertTrue(en.contains(english), en);
        assertFalse(en.contains(portuguese), en);
        assertTrue(pt.contains(portuguese), pt);
        assertFalse(pt.contains(english), pt);
    }

    static Stream<Arguments> javaWords() {
        String event = "{\"timeout\": 0.2, \"delay\": 0.6}";
        String deadlock = "{\"pause\": 0.1, \"timeout\": 0.3}";
        return Stream.of(
                // lesson, its argument, the Java lesson's text and arguments the Portuguese twin prints too
                Arguments.of("process", "", "process.exit", List.of()),
                Arguments.of("pipe", "", "pipe.parent_done", List.of()),
                Arguments.of("queue", "", "queue.leaving", List.of("Consumer-1")),
                Arguments.of("event", event, "event.wait_started", List.of()),
                Arguments.of("event", event, "event.timeout_started", List.of()),
                Arguments.of("event", event, "event.main_waiting", List.of()),
                Arguments.of("event", event, "event.main_set", List.of()),
                Arguments.of("deadlock", deadlock, "deadlock.took", List.of("worker-2", "B")),
                Arguments.of("deadlock", deadlock, "deadlock.wants", List.of("worker-1", "B")));
    }

    /** Where a twin prints what the Java lesson prints, its Portuguese is the Java lesson's Portuguese, word for word. */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("javaWords")
    void aTwinWrittenForPortugueseSaysWhatTheJavaLessonSays(String lesson, String arg, String key, List<String> args) {
        String pt = run(PT, lesson, arg).all();
        String java = Bundles.text("i18n.lessons", PT, key, args.toArray());
        assertTrue(pt.contains(java), "'" + java + "' in:\n" + pt);
    }
}
