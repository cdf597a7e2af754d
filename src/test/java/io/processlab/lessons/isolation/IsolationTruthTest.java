package io.processlab.lessons.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.PythonTwin;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the isolation panel says about the start methods, checked: the Python twin run by python3
 * with fork and with spawn prints the child's global the panel claims, and ProcessLab's child
 * (a new JVM) sees what Python's spawn sees.
 */
@ExtendWith(NoChildrenLeft.class)
class IsolationTruthTest {
    private static final Pattern GLOBAL = Pattern.compile("global=(\\d+)");

    private static int global(String line) {
        Matcher m = GLOBAL.matcher(line);
        assertTrue(m.find(), line);
        return Integer.parseInt(m.group(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fork", "spawn"})
    void thePythonChildSeesTheGlobalThePanelSaysForEachStartMethod(String method) throws Exception {
        PythonTwin twin = PythonTwin.run(IsolationLesson.ID, method);
        assertEquals("start method: " + method, twin.line("start method:"));
        assertEquals(42, global(twin.line("Parent before:")));
        assertEquals(IsolationLesson.PYTHON_CHILD_GLOBAL.get(method), global(twin.line("Child got:")));
    }

    @Test
    void aProcessLabChildSeesWhatPythonsSpawnSees() throws Exception {
        try (LessonRun r = LessonRun.of(Lessons.byId(IsolationLesson.ID).orElseThrow(), "en")) {
            String got = r.printed().texts().stream().filter(l -> l.startsWith("Child got:")).findFirst().orElseThrow();
            assertTrue(got.endsWith("static field=" + IsolationLesson.PYTHON_CHILD_GLOBAL.get("spawn")), got);
        }
    }
    /**
     * Beside the child's static field 0 the panel says why (a fresh JVM initialises the class
     * again) and what a forked child would show: the parent's value, as the Python twin prints
     * under fork; the arrow says the child gets copies of its arguments, not of everything.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "pt"})
    void thePanelSaysWhyTheJavaChildsStaticIsZeroAndWhatForkWouldShow(String lang) throws Exception {
        java.util.Locale locale = "pt".equals(lang) ? io.processlab.wire.Bundles.PORTUGUESE : java.util.Locale.ENGLISH;
        String javaSide = io.processlab.wire.Bundles.text("i18n.messages", locale, "isolation.method_java", 0, 42);
        assertTrue(javaSide.contains("pt".equals(lang) ? "inicializa a classe de novo" : "initialises the class again"), javaSide);
        int fork = IsolationLesson.PYTHON_CHILD_GLOBAL.get("fork");
        assertEquals(42, fork);
        assertTrue(javaSide.substring(javaSide.indexOf("fork")).contains(String.valueOf(fork)), javaSide);
        for (String key : java.util.List.of("isolation.copies_line")) {
            String arrow = io.processlab.wire.Bundles.text("i18n.messages", locale, key);
            assertTrue(arrow.contains("pt".equals(lang) ? "dos argumentos" : "of its arguments"), arrow);
        }
    }
}
