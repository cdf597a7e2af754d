package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.processlab.testing.Await;
import io.processlab.testing.Children;
import io.processlab.testing.PrintedLines;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentProcessTest extends WithRun {
    @Test
    void theParentIsMainProcessWithThisJvmsPid() {
        assertEquals("MainProcess", main.name());
        assertEquals(ProcessHandle.current().pid(), main.pid());
        assertEquals(main.pid(), run.parentPid());
        assertEquals(new ProcessInfo(main.pid(), "MainProcess", "main", null), run.trace().processes().get(0));
    }

    @Test
    void aChildKnowsItsOwnNameAndPid() {
        PrintedLines printed = new PrintedLines();
        run.addListener(printed);
        ChildProcess c = Children.start(main, "Worker-7", "test.whoami");
        List<?> r = (List<?>) Children.result(c);
        assertEquals("Worker-7", r.get(0));
        assertEquals(c.pid(), ((Number) r.get(1)).longValue());
        assertNotEquals(run.parentPid(), c.pid());
        assertEquals(List.of(new PrintedLines.Line(c.pid(), "Worker-7", "I am Worker-7 " + c.pid())), printed.lines());
        assertEquals("pid " + c.pid(), Await.event(run.trace(), c.pid(), Kinds.START).detail(),
                "the hello carries the child's own pid");
    }
}
