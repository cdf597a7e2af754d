package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Event;
import io.processlab.testing.Await;
import io.processlab.testing.Children;
import io.processlab.testing.Timing;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventAcrossProcessesTest extends WithRun {
    /**
     * The parent does {@code before}, then a child does {@code childOps}; the child sees
     * {@code seen} from its is_set calls and the parent then sees {@code after}.
     */
    static Stream<Arguments> flagCases() {
        return Stream.of(
                Arguments.of(List.of(), List.of("is_set"), List.of(false), false),
                Arguments.of(List.of("set"), List.of("is_set"), List.of(true), true),
                Arguments.of(List.of("set"), List.of("is_set", "clear", "is_set"), List.of(true, false), false),
                Arguments.of(List.of("set", "clear"), List.of("is_set", "set", "is_set"), List.of(false, true), true),
                Arguments.of(List.of(), List.of("set", "set", "is_set"), List.of(true), true),
                Arguments.of(List.of(), List.of("clear", "is_set"), List.of(false), false));
    }

    @ParameterizedTest(name = "parent {0}, child {1} -> child sees {2}, parent sees {3}")
    @MethodSource("flagCases")
    void setClearAndIsSetAreSharedBetweenProcesses(List<String> before, List<String> childOps, List<Boolean> seen,
                                                   boolean after) {
        Event ev = main.event("event");
        for (String op : before) {
            if (op.equals("set")) {
                ev.set();
            } else {
                ev.clear();
            }
        }
        assertEquals(seen, Children.run(main, "flagger", "test.event_ops", ev, childOps));
        assertEquals(after, ev.isSet());
    }

    @Test
    void waitWithATimeoutReturnsFalseAfterAboutTheTimeout() {
        Event ev = main.event("event");
        ChildProcess c = Children.start(main, "waiter", "test.event_wait", ev, 0.5);
        List<?> r = (List<?>) Children.result(c);
        assertEquals(false, r.get(0));
        Timing.tookAtLeast(((Number) r.get(1)).longValue(), 450, "wait(0.5)");
        assertEquals("timeout", Await.event(trace, c.pid(), Kinds.EVENT_WAKE).detail());
        Timing.brokerWaitedAtLeast(trace, c.pid(), Kinds.EVENT_WAIT, Kinds.EVENT_WAKE, 450);
    }

    @Test
    void waitOnASetEventReturnsTrueAtOnce() {
        Event ev = main.event("event");
        ev.set();
        ChildProcess c = Children.start(main, "waiter", "test.event_wait", ev, 30.0);
        List<?> r = (List<?>) Children.result(c);
        assertEquals(true, r.get(0));
        assertTrue(((Number) r.get(1)).longValue() < 10_000);
        assertTrue(Await.all(trace, c.pid(), Kinds.EVENT_WAIT).isEmpty(), "it did not wait");
    }

    @Test
    void waitReturnsTrueAfterAnotherProcessSetsTheEvent() {
        Event ev = main.event("event");
        ChildProcess blocked = Children.start(main, "blocked", "test.event_wait", ev, -1.0);
        ChildProcess timed = Children.start(main, "timed", "test.event_wait", ev, 60.0);
        Await.event(trace, blocked.pid(), Kinds.EVENT_WAIT);
        Await.event(trace, timed.pid(), Kinds.EVENT_WAIT);
        assertFalse(ev.isSet());
        ChildProcess setter = Children.start(main, "setter", "test.event_set_after", ev, 0.2);
        assertTrue(ev.waitFor(Children.DEADLINE_S), "the parent's own wait saw the set too");

        assertEquals(true, ((List<?>) Children.result(blocked)).get(0));
        assertEquals(true, ((List<?>) Children.result(timed)).get(0));
        Children.result(setter);
        TraceEvent set = Await.event(trace, setter.pid(), Kinds.EVENT_SET);
        for (ChildProcess w : Arrays.asList(blocked, timed)) {
            TraceEvent wake = Await.event(trace, w.pid(), Kinds.EVENT_WAKE);
            assertEquals("set", wake.detail());
            assertTrue(wake.tUs() >= set.tUs(), w.name() + " woke before the set");
        }
    }
}
