package io.processlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.wire.Payloads;

/** Starting a test target in a child process and reading what it returned. */
public final class Children {
    /** Seconds a child may take, start included, before a test gives up on it. */
    public static final double DEADLINE_S = 60;

    private Children() {
    }

    /** Starts {@code target} in a new child named {@code name}. */
    public static ChildProcess start(MainContext main, String name, String target, Object... args) {
        ChildProcess c = main.process(name, target, args);
        c.start();
        return c;
    }

    /** Waits for the child to end, checks that it succeeded, and decodes what its target returned. */
    public static Object result(ChildProcess c) {
        assertTrue(c.join(DEADLINE_S), c.name() + " did not end within " + DEADLINE_S + " s");
        assertEquals(0, c.exitCode(), () -> c.name() + " failed: " + c.failure() + " " + c.stderrTail());
        return Payloads.decode(c.result());
    }

    /** Runs {@code target} in a new child to its end and returns its result. */
    public static Object run(MainContext main, String name, String target, Object... args) {
        return result(start(main, name, target, args));
    }
}
