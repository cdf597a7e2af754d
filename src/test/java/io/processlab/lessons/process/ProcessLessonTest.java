package io.processlab.lessons.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.PrintedLines;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
class ProcessLessonTest {
    /** The words of each language: the call, the first child, a running child, the exit, "name". */
    private static final Map<String, List<String>> WORDS = Map.of(
            "pt", List.of("Chamada da função", "filho criado", "processo rodando", "Processo principal: filhos iniciados, agora esperando por eles (join)", "nome"),
            "en", List.of("Function call", "child created", "process running", "Main process: children started, now joining them", "name"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pt", "en"})
    void printsEightLinesFromSevenProcessesTheParentAmongThem(String lang) throws Exception {
        List<String> w = WORDS.get(lang);
        try (LessonRun r = LessonRun.of(new ProcessLesson(), lang)) {
            List<PrintedLines.Line> lines = r.printed().lines();
            assertEquals(8, lines.size(), r.printed().toString());
            assertEquals(w.get(0) + ": " + w.get(4) + "=MainProcess, pid=" + r.parentPid(), lines.get(0).text());
            assertEquals(r.parentPid(), lines.get(0).pid());
            long first = r.child("Process-1").pid();
            assertEquals(w.get(1) + ": " + w.get(4) + "=Process-1, pid=" + first, lines.get(1).text());

            List<String> rest = lines.subList(2, 8).stream().map(PrintedLines.Line::text).collect(Collectors.toList());
            assertTrue(rest.contains(w.get(3)), "the parent's exit line: " + rest);
            Set<String> running = IntStream.range(0, 5).mapToObj(i -> w.get(2) + " " + i + ": " + w.get(4)
                    + "=Process-" + (i + 2) + ", pid=" + r.child("Process-" + (i + 2)).pid()).collect(Collectors.toSet());
            assertEquals(running, rest.stream().filter(t -> !t.equals(w.get(3))).collect(Collectors.toSet()));

            Set<Long> pids = new HashSet<>();
            Pattern pid = Pattern.compile("pid=(\\d+)$");
            for (PrintedLines.Line l : lines) {
                Matcher m = pid.matcher(l.text());
                if (m.find()) {
                    assertEquals(l.pid(), Long.parseLong(m.group(1)), "each process prints its own pid: " + l);
                    pids.add(l.pid());
                }
            }
            assertEquals(7, pids.size());
            assertTrue(pids.contains(r.parentPid()));
        }
    }

    @Test
    void everyoneWhoPrintsHoldsTheLock() throws Exception {
        try (LessonRun r = LessonRun.of(new ProcessLesson(), "en")) {
            List<TraceEvent> events = r.trace().events();
            for (TraceEvent print : r.trace().ofKind(Kinds.PRINT)) {
                TraceEvent before = null;
                for (TraceEvent e : events.subList(0, events.indexOf(print))) {
                    if (e.is(Kinds.ACQUIRED) || e.is(Kinds.RELEASED)) {
                        before = e;
                    }
                }
                assertTrue(before != null && before.is(Kinds.ACQUIRED) && before.pid() == print.pid(),
                        "the last lock event before '" + print.text() + "' is its own acquire");
            }
        }
    }

    @Test
    void withoutTheLockAndWithMoreChildrenEveryoneStillPrints() throws Exception {
        try (LessonRun r = LessonRun.of(new ProcessLesson(), "en", "lock=false", "children=8")) {
            assertEquals(11, r.texts().size(), r.printed().toString());
            assertEquals(List.of(), r.trace().ofKind(Kinds.ACQUIRED));
        }
    }
    /**
     * The parent's line comes where the notebook prints it: after the later children started and
     * before it waits for any of them; so it says that the parent now joins them (it read as the
     * parent leaving while it still waited), and in the same words as the Python twin prints.
     */
    @Test
    void theParentsLineSaysItNowJoinsTheChildrenAsThePythonTwinSays() throws Exception {
        String line = WORDS.get("en").get(3);
        assertTrue(line.contains("joining"), line);
        assertTrue(io.processlab.testing.PythonTwin.run("process").out().contains(line),
                "the Python twin prints the same line");
        try (LessonRun r = LessonRun.of(new ProcessLesson(), "en")) {
            List<TraceEvent> events = r.trace().events();
            TraceEvent said = r.trace().ofKind(Kinds.PRINT).stream()
                    .filter(e -> line.equals(e.text())).findFirst().orElseThrow();
            int at = events.indexOf(said);
            List<String> joinedBefore = events.subList(0, at).stream()
                    .filter(e -> e.pid() == r.parentPid() && e.is(Kinds.PROCESS_JOINED))
                    .map(TraceEvent::detail).toList();
            assertTrue(joinedBefore.stream().allMatch(d -> d.startsWith("Process-1 ")),
                    "before its line the parent has joined only Process-1: " + joinedBefore);
        }
    }
}
