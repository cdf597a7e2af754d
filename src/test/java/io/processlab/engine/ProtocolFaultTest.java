package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Queue;
import io.processlab.testing.ChaosTargets;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Kinds;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Case 4 of issue 6: a child that writes garbage on its protocol stream. The error is counted
 * against that child; it, the other children and the parent go on.
 */
@ExtendWith(NoChildrenLeft.class)
class ProtocolFaultTest {
    static Stream<String> garbage() {
        return ChaosTargets.GARBAGE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void garbageOnTheProtocolStreamIsAnErrorOfThatChildAndEveryoneGoesOn(String kind) {
        try (Run run = new Run(Locale.ENGLISH)) {
            Map<Long, String> reported = new ConcurrentHashMap<>();
            run.addListener(new RunListener() {
                @Override
                public void protocolError(ChildProcess child, String what) {
                    reported.put(child.pid(), what);
                }
            });
            Queue q = run.main().queue("q");
            ChildProcess liar = run.main().process("liar", "chaos.protocol", kind);
            ChildProcess honest = run.main().process("honest", "test.echo_args", "fine");
            liar.start();
            honest.start();
            assertTrue(liar.join(20) && honest.join(20));

            assertEquals(1, liar.protocolErrors(), "errors of " + kind);
            assertTrue(reported.containsKey(liar.pid()));
            assertEquals(0, liar.exitCode(), liar.failure());
            assertEquals("\"" + kind + "\"", liar.result().toString(), "the liar itself went on");
            assertTrue(run.trace().ofKind(Kinds.PRINT).stream().anyMatch(e -> e.pid() == liar.pid()
                    && e.text().equals("still here after " + kind)));
            assertEquals(0, honest.protocolErrors());
            assertEquals("[\"fine\"]", honest.result().toString());
            q.put("parent goes on");
            assertEquals("parent goes on", q.get(true, 1));
            assertTrue(run.trace().ofKind(Kinds.ERROR).stream().anyMatch(e -> e.pid() == liar.pid()
                    && e.detail().startsWith("protocol error: ")));
        }
    }

    @Test
    void lineOverTheCapIsSkippedAndTheNextLineIsRead() {
        try (Run run = new Run(Locale.ENGLISH)) {
            run.lineCap(4096);
            ChildProcess c = run.main().process("long", "chaos.protocol", "long-line", 10_000);
            c.start();
            assertTrue(c.join(20));
            assertEquals(1, c.protocolErrors());
            assertEquals("\"long-line\"", c.result().toString());
            String error = run.trace().ofKind(Kinds.ERROR).get(0).detail();
            assertTrue(error.contains("4096"), error);
        }
    }

    @Test
    void halfALineBeforeTheChildEndsIsReported() {
        try (Run run = new Run(Locale.ENGLISH)) {
            AtomicInteger errors = new AtomicInteger();
            run.addListener(new RunListener() {
                @Override
                public void protocolError(ChildProcess child, String what) {
                    errors.incrementAndGet();
                    assertTrue(what.contains("in the middle of a line"), what);
                }
            });
            ChildProcess c = run.main().process("half", "chaos.protocol", "half-line");
            c.start();
            assertTrue(c.join(20));
            assertEquals(1, c.protocolErrors());
            assertEquals(1, errors.get());
        }
    }

    @Test
    void childThatKeepsWritingGarbageIsEndedAfterFiftyErrors() {
        try (Run run = new Run(Locale.ENGLISH)) {
            ChildProcess c = run.main().process("spew", "chaos.protocol", "spew");
            ChildProcess honest = run.main().process("honest", "test.echo_args", 1);
            c.start();
            honest.start();
            assertTrue(c.join(20));
            assertTrue(honest.join(20));
            assertEquals(ChildProcess.MAX_PROTOCOL_ERRORS, c.protocolErrors());
            assertEquals(137, c.exitCode());
            assertTrue(c.failure().startsWith("it broke the protocol 50 times"), c.failure());
            assertEquals(0, honest.exitCode());
        }
    }

    @Test
    void parentsOwnTracePointsAtTheBadLine() {
        try (Run run = new Run(Locale.ENGLISH)) {
            List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
            run.addListener(new RunListener() {
                @Override
                public void wire(long pid, boolean fromChild, String line) {
                    if (fromChild) {
                        lines.add(line);
                    }
                }
            });
            ChildProcess c = run.main().process("liar", "chaos.protocol", "not-json");
            c.start();
            assertTrue(c.join(20));
            Waits.until(1, "the wire tap", () -> lines.contains("this is not JSON at all"));
            String error = run.trace().ofKind(Kinds.ERROR).get(0).detail();
            assertEquals("protocol error: not a JSON object: this is not JSON at all", error);
        }
    }
}
