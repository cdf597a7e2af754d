package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChildStartTest {
    @Test
    void childIsASeparateProcessThatSaysHelloAndReturnsItsResult() {
        try (Run run = new Run(Locale.ENGLISH)) {
            ChildProcess c = run.main().process("echo", "test.echo_args", "a", 42L, List.of(1L, 2L));
            c.start();
            c.join();
            assertEquals(0, c.exitCode());
            assertNotEquals(run.parentPid(), c.pid());
            assertEquals("[\"a\",42,[1,2]]", c.result().toString());
            assertTrue(run.trace().ofKind(Kinds.START).stream().anyMatch(e -> e.pid() == c.pid()));
        }
    }
}
