package io.processlab.testing;

import io.processlab.engine.Run;
import io.processlab.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Polling with a deadline, for tests that watch real processes. */
public final class Waits {
    private Waits() {
    }

    /** Waits until {@code condition} holds; fails the test with {@code what} after {@code seconds}. */
    public static void until(double seconds, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** Waits until the run's trace has an event that matches. */
    public static TraceEvent event(Run run, double seconds, String what, Predicate<TraceEvent> match) {
        TraceEvent[] found = new TraceEvent[1];
        until(seconds, what, () -> {
            for (TraceEvent e : run.trace().events()) {
                if (match.test(e)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /**
     * Whether a process is gone: not alive, or a zombie that only waits to be reaped (it runs
     * nothing any more).
     */
    public static boolean gone(ProcessHandle p) {
        if (!p.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (java.io.IOException | RuntimeException e) {
            return !p.isAlive();
        }
    }

    /** Seconds since {@code startNanos}. */
    public static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
