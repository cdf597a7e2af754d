package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Programs that end badly, or use no multiprocessing, and interpreters that are not there. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PythonCasesTest {
    @Test
    void theProgramsExitCodeIsTheRunsAndItsLinesComeFirst() throws Exception {
        Pythons.Ran r = Pythons.run(Pythons.python3(), Pythons.program("exit3.py"), 30);
        assertEquals(3, r.run().exitCode());
        assertEquals(List.of("before"), r.printed());
        Fields.Exit exit = r.of(Kinds.EXIT).get(0).fields(Fields.Exit.class);
        assertEquals(3, exit.code());
        assertEquals(Fields.Exit.ERROR, exit.reason());
    }

    @Test
    void aSyntaxErrorFailsWithItsTracebackOnStderr() throws Exception {
        Pythons.Ran r = Pythons.run(Pythons.python3(), Pythons.program("syntax_error.py"), 30);
        assertEquals(1, r.run().exitCode());
        assertTrue(r.stderr().stream().anyMatch(l -> l.startsWith("SyntaxError")), r.stderr().toString());
        assertEquals(List.of(), r.printed());
    }

    @Test
    void aProgramWithoutMultiprocessingIsOneLaneAndAPartialLineIsJoined() throws Exception {
        Pythons.Ran r = Pythons.run(Pythons.python3(), Pythons.program("plain.py"), 30);
        assertEquals(0, r.run().exitCode());
        assertEquals(List.of("line 0", "line 1", "line 2", "partial"), r.printed());
        assertEquals(1, r.events().stream().map(TraceEvent::pid).distinct().count());
        assertEquals(1, r.of(Kinds.SLEEP).size());
        assertTrue(r.run().header().has("python"));
        assertTrue(!r.run().header().has("start_method"), "no process started: no start method");
    }

    @Test
    void aChildThatRaisesFailsWithTheExceptionAndItsTraceback() throws Exception {
        Pythons.Ran r = Pythons.run(Pythons.python3(), Pythons.program("raises.py"), 30);
        assertEquals(0, r.run().exitCode());
        assertEquals(List.of("child exit code 1"), r.printed());
        TraceEvent exit = r.of(Kinds.EXIT).stream().filter(e -> e.name().equals("boomer")).findFirst().orElseThrow();
        assertEquals("code 1: ValueError: no luck", exit.detail());
        assertEquals(1, exit.fields(Fields.Exit.class).code());
        assertTrue(r.stderr().contains("ValueError: no luck"), r.stderr().toString());
        assertTrue(r.of(Kinds.STDERR).stream().allMatch(e -> e.name().equals("boomer")), "the traceback is the child's");
    }

    @Test
    void aFileNamedLikeAStandardModuleBesideTheProgramIsNamed() throws Exception {
        Path program = Pythons.program("shadow/uses_queue.py");
        PythonRun run = PythonRun.start(PythonRun.Options.of(null, program));
        try {
            assertEquals(List.of("queue.py"), run.shadowing());
        } finally {
            run.close();
        }
    }

    @Test
    void noInterpreterAtTheNamedPathIsRefusedSayingWhich() {
        PythonException e = assertThrows(PythonException.class,
                () -> PythonRun.start(PythonRun.Options.of("/nonexistent/python3", Pythons.program("plain.py"))));
        assertEquals(PythonException.Problem.NO_PYTHON, e.problem());
        assertEquals("/nonexistent/python3", e.subject());
        assertEquals(java.util.Optional.empty(), PythonFinder.find(null, "/nonexistent-dir"));
    }

    @Test
    void onlyPythonFilesRun() {
        PythonException e = assertThrows(PythonException.class,
                () -> PythonRun.start(PythonRun.Options.of(null, Path.of("notes.txt"))));
        assertEquals(PythonException.Problem.NOT_PY, e.problem());
    }
}
