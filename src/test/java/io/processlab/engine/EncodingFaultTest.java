package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Connection;
import io.processlab.api.Queue;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.wire.NotSendableException;
import io.processlab.wire.Payloads;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Case 8 of issue 6: what cannot be sent fails in the caller, with its reason, and the queue or
 * pipe it was meant for keeps working.
 */
@ExtendWith(NoChildrenLeft.class)
class EncodingFaultTest {
    static Stream<Arguments> unsendable() {
        Supplier<Object> lambda = () -> (Runnable) () -> { };
        Supplier<Object> cyclicList = () -> {
            List<Object> l = new ArrayList<>();
            l.add(List.of(1, l));
            return l;
        };
        Supplier<Object> cyclicMap = () -> {
            Map<String, Object> m = new HashMap<>();
            m.put("self", m);
            return m;
        };
        Supplier<Object> tooLarge = () -> "z".repeat(Payloads.MAX_BYTES);
        Supplier<Object> tooDeep = () -> {
            Object v = 1;
            for (int i = 0; i < Payloads.MAX_DEPTH + 5; i++) {
                v = List.of(v);
            }
            return v;
        };
        return Stream.of(
                Arguments.of("lambda", lambda, NotSendableException.Reason.LAMBDA, "cannot send a lambda"),
                Arguments.of("cyclic list", cyclicList, NotSendableException.Reason.CYCLE, "contains itself"),
                Arguments.of("cyclic map", cyclicMap, NotSendableException.Reason.CYCLE, "contains itself"),
                Arguments.of("open stream", (Supplier<Object>) () -> new ByteArrayInputStream(new byte[1]),
                        NotSendableException.Reason.RESOURCE, "belongs to this process"),
                Arguments.of("thread", (Supplier<Object>) Thread::currentThread, NotSendableException.Reason.RESOURCE,
                        "cannot send a Thread"),
                Arguments.of("NaN", (Supplier<Object>) () -> Double.NaN, NotSendableException.Reason.NOT_A_NUMBER, "NaN"),
                Arguments.of("too large", tooLarge, NotSendableException.Reason.TOO_LARGE, "the most one message may carry"),
                Arguments.of("too deep", tooDeep, NotSendableException.Reason.TOO_DEEP, "levels deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsendable")
    void parentsPutAndSendFailWithTheReasonAndTheObjectGoesOn(String what, Supplier<Object> value,
                                                              NotSendableException.Reason reason, String says) {
        try (Run run = new Run(Locale.ENGLISH)) {
            Queue q = run.main().queue("q");
            Connection[] pipe = run.main().pipe("p", true);
            NotSendableException onQueue = assertThrows(NotSendableException.class, () -> q.put(value.get()));
            NotSendableException onPipe = assertThrows(NotSendableException.class, () -> pipe[0].send(value.get()));
            assertEquals(reason, onQueue.reason());
            assertTrue(onQueue.getMessage().contains(says), onQueue.getMessage());
            assertEquals(onQueue.getMessage(), onPipe.getMessage());

            q.put("next good item");
            assertEquals("next good item", q.get(true, 1));
            pipe[0].send(List.of("next", "good"));
            assertEquals(List.of("next", "good"), pipe[1].recv());
            assertEquals(0, q.qsize(), "nothing half-sent was left in the queue");
        }
    }

    @Test
    void childsPutAndSendFailInTheChildAndItsNextItemsArrive() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Queue q = run.main().queue("q");
            Connection[] pipe = run.main().pipe("p", true);
            ChildProcess c = run.main().process("sender", "chaos.unsendable", q, pipe[1]);
            c.start();
            assertTrue(c.join(20));
            assertEquals(0, c.exitCode(), c.failure());

            List<?> told = (List<?>) Payloads.decode(c.result());
            assertEquals(4, told.size(), told.toString());
            assertTrue(((String) told.get(0)).startsWith("cannot send a lambda"), told.toString());
            assertTrue(((String) told.get(1)).contains("contains itself"), told.toString());
            assertTrue(((String) told.get(2)).contains("the most one message may carry"), told.toString());
            assertTrue(((String) told.get(3)).startsWith("cannot send a lambda"), told.toString());
            assertEquals(List.of("good after 1", "good after 2", "good after 3"),
                    List.of(q.get(true, 1), q.get(true, 1), q.get(true, 1)));
            assertEquals("good on the pipe", pipe[0].recv());
        }
    }

    @Test
    void resultThatCannotBeSentFailsTheChildWithTheReason() {
        try (Run run = new Run(Locale.ENGLISH)) {
            ChildProcess c = run.main().process("returner", "chaos.unsendable_result");
            c.start();
            assertTrue(c.join(20));
            assertEquals(1, c.exitCode());
            assertTrue(c.failure().startsWith("the result cannot be sent: cannot send a lambda"), c.failure());
        }
    }

    @Test
    void argumentsThatCannotBeSentFailBeforeAnyProcessStarts() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Runnable task = () -> { };
            NotSendableException e = assertThrows(NotSendableException.class,
                    () -> run.main().process("p", "test.echo_args", task));
            assertTrue(e.getMessage().startsWith("cannot send a lambda"), e.getMessage());
            assertTrue(run.children().isEmpty());
            ChildProcess ok = run.main().process("p", "test.echo_args", "fine");
            ok.start();
            assertTrue(ok.join(20));
            assertEquals("[\"fine\"]", ok.result().toString());
        }
    }
}
