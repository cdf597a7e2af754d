package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.child.ChildMain;
import io.processlab.testing.Children;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.PrintedLines;
import io.processlab.trace.Kinds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** A child's stdout becomes print messages, its stderr is drained and kept, and its exit code is known. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChildOutputTest {
    private Run run;
    private PrintedLines printed;
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() {
        run = new Run(Locale.ENGLISH);
        printed = new PrintedLines();
        run.addListener(printed);
        run.addListener(new RunListener() {
            @Override
            public void stderr(long pid, String name, String line) {
                stderr.add(line);
            }
        });
    }

    @AfterEach
    void close() {
        run.close();
    }

    @Test
    void systemOutBecomesPrintedLinesAndStderrIsKept() {
        ChildProcess c = run.main().process("printer", "test.system_out", List.of("olá, João ✓", "", "{\"type\":\"exit\"}"));
        c.start();
        Children.result(c);
        assertEquals(List.of("olá, João ✓", "", "{\"type\":\"exit\"}", "no line end"), printed.texts(),
                "a printed line that looks like a protocol message is only text");
        assertTrue(printed.lines().stream().allMatch(l -> l.pid() == c.pid()));
        assertEquals(List.of("a line on stderr"), c.stderrTail());
        assertEquals(List.of("a line on stderr"), stderr);
        assertEquals(4, run.trace().ofKind(Kinds.PRINT).size());
    }

    @Test
    void aTargetThatThrowsEndsWithCodeOneAndSaysWhy() {
        ChildProcess c = run.main().process("failer", "test.fail", "broken on purpose");
        c.start();
        assertTrue(c.join(Children.DEADLINE_S));
        assertEquals(ChildMain.EXIT_FAILED, c.exitCode());
        assertEquals("IllegalStateException: broken on purpose", c.failure());
        assertTrue(run.trace().ofKind(Kinds.EXIT).get(0).detail().startsWith("code 1"));
    }

    @Test
    void anUnknownTargetEndsWithItsOwnCode() {
        ChildProcess c = run.main().process("lost", "test.no_such_target");
        c.start();
        assertTrue(c.join(Children.DEADLINE_S));
        assertEquals(ChildMain.EXIT_NO_TARGET, c.exitCode());
        assertTrue(c.failure().contains("test.no_such_target"), c.failure());
    }
}
