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
}
