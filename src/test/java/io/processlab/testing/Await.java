package io.processlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Waits, with a generous deadline, for something to show in a run's trace. */
public final class Await {
    /** Long enough for a child JVM to start on a loaded two-core machine. */
    public static final long DEADLINE_MS = 30_000;

    private Await() {
    }

    /** The first event that matches, once it is recorded; fails the test after the deadline. */
    public static TraceEvent event(Trace trace, Predicate<TraceEvent> match, String what) {
        long deadline = System.nanoTime() + DEADLINE_MS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            for (TraceEvent e : trace.events()) {
                if (match.test(e)) {
                    return e;
                }
            }
            sleep(10);
        }
        return fail("no trace event " + what + " within " + DEADLINE_MS + " ms; trace:\n" + dump(trace.events()));
    }

    /** The first event of {@code kind} by {@code pid}. */
    public static TraceEvent event(Trace trace, long pid, String kind) {
        return event(trace, e -> e.pid() == pid && e.is(kind), kind + " of pid " + pid);
    }

    /** The events of {@code kind} by {@code pid}, in order. */
    public static List<TraceEvent> all(Trace trace, long pid, String kind) {
        return trace.events().stream().filter(e -> e.pid() == pid && e.is(kind)).collect(Collectors.toList());
    }

    /**
     * Calls {@code frame} as the window's animation timer would (about 60 times a second) until
     * {@code done} or {@code seconds} have passed: a view model driven without a window.
     *
     * @return whether {@code done} came true in time
     */
    public static boolean frames(Runnable frame, BooleanSupplier done, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            frame.run();
            if (done.getAsBoolean()) {
                return true;
            }
            sleep(16);
        }
        return false;
    }

    /** Trace events, one a line, for failure messages. */
    public static String dump(List<TraceEvent> events) {
        return events.stream()
                .map(e -> e.tUs() + " " + e.pid() + " " + e.name() + " " + e.kind() + " " + e.object() + " "
                        + (e.detail() == null ? "" : e.detail()) + (e.text() == null ? "" : " | " + e.text()))
                .collect(Collectors.joining("\n"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
