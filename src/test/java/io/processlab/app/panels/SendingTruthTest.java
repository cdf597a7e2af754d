package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.course.Lessons;
import io.processlab.lessons.sending.SendingLesson;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.PythonTwin;
import io.processlab.view.objects.ObjectsModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sending panel's claims about Python, checked against Python: the lesson runs for real, its
 * panel model is filled from the run's trace, and the Python twin runs under the real
 * {@code python3} with the same values; every row's Python verdict must be what Python did, and a
 * row says "Difference" exactly where ProcessLab's JSON wire did otherwise.
 */
@ExtendWith(NoChildrenLeft.class)
class SendingTruthTest {
    private static List<SendingLessonViewModel.Sample> panel;

    @BeforeAll
    static void runTheJavaLesson() throws Exception {
        try (LessonRun r = LessonRun.of(Lessons.byId(SendingLesson.ID).orElseThrow(), "en")) {
            ProcessPalette palette = new ProcessPalette();
            palette.reset(MAIN);
            SendingLessonViewModel vm = new SendingLessonViewModel();
            vm.update(ObjectsModel.of(r.trace().events()), palette);
            panel = List.copyOf(vm.samples());
        }
    }

    /** name -> "sent" or the exception's type, from the twin's lines "name: sent..." / "name: refused: Type: ...". */
    private static Map<String, String> verdicts(PythonTwin twin) {
        return twin.out().stream().filter(l -> l.matches("\\w+: (sent|refused).*"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(':')), l -> {
                    String rest = l.substring(l.indexOf(':') + 2);
                    return rest.startsWith("sent") ? "sent" : rest.substring("refused: ".length()).split(":")[0];
                }));
    }

    @ParameterizedTest(name = "start method {0}")
    @ValueSource(strings = {"fork", "spawn"})
    void everyRowSaysWhatPythonReallyDoesWithThatValue(String method) throws Exception {
        PythonTwin twin = PythonTwin.run(SendingLesson.ID, method, "{\"your\": [\"own\", \"value\", 1.5, true, null]}");
        assertTrue(twin.line("start method:").startsWith("start method: " + method), twin.out().toString());
        Map<String, String> python = verdicts(twin);
        assertEquals(SendingLesson.PYTHON.keySet(), python.keySet(), "the twin tries the same values");
        assertEquals(SendingLesson.PYTHON.keySet(), panel.stream().map(SendingLessonViewModel.Sample::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)), "the panel shows every value, in order");
        boolean py311 = twin.line("start method:").contains("Python 3.11.");
        for (SendingLessonViewModel.Sample s : panel) {
            SendingLesson.PythonRule rule = s.python();
            assertNotNull(rule, s.name());
            String did = python.get(s.name());
            if (s.name().equals("queue_lock")) {
                assertFalse(rule.sends());
                assertTrue(twin.err().contains(rule.says()), "the queue's feeder thread printed " + rule.says());
                assertTrue(twin.line("queue_lock:").contains("nothing arrived"));
            } else {
                assertEquals(did.equals("sent"), rule.sends(), s.name() + ": Python " + did);
                if (!rule.sends()) {
                    assertEquals(did, rule.error(), s.name());
                    if (py311) {
                        assertTrue(twin.line(s.name() + ":").endsWith(rule.says()), twin.line(s.name() + ":"));
                    }
                }
            }
            assertEquals(rule.sends() != s.sent(), s.differs(), s.name());
        }
    }

    @Test
    void whereProcessLabDiffersTheRowSaysHowInBothLanguages() {
        List<String> differ = panel.stream().filter(SendingLessonViewModel.Sample::differs)
                .map(SendingLessonViewModel.Sample::name).toList();
        assertEquals(List.of("cycle", "bytes", "socket", "lock", "queue_lock"), differ);
        for (Locale l : List.of(Locale.ENGLISH, I18n.PORTUGUESE)) {
            I18n i18n = new I18n(l);
            for (String name : differ) {
                assertTrue(i18n.has("sending.diff." + name), l + " " + name);
            }
            for (SendingLessonViewModel.Sample s : panel) {
                assertNotEquals(s.name(), i18n.lessonText("sending.name." + s.name(), s.name()), l + " " + s.name());
            }
        }
    }

    @Test
    void theSummaryNoLongerSaysPythonWritesJson() {
        for (Locale l : List.of(Locale.ENGLISH, I18n.PORTUGUESE)) {
            String summary = new I18n(l).lesson(SendingLesson.ID, "summary");
            assertTrue(summary.contains("pickle"), summary);
        }
    }
}
