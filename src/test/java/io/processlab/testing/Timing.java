package io.processlab.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Trace;

/**
 * Checks of how long something took, with generous upper bounds: the machine is loaded, so a
 * wait may last much longer than asked, never shorter.
 */
public final class Timing {
    /** No wait in these tests should take longer than this, however loaded the machine. */
    public static final long MAX_MS = 10_000;

    private Timing() {
    }

    /** {@code ms}, measured around a call, is at least {@code minMs} and not absurdly long. */
    public static void tookAtLeast(long ms, long minMs, String what) {
        assertTrue(ms >= minMs && ms < MAX_MS, what + " took " + ms + " ms, expected at least " + minMs);
    }

    /**
     * The broker's first {@code fromKind} and first {@code toKind} events of {@code pid} are at
     * least {@code minMs} apart: a timeout measured on the parent's clock.
     */
    public static void brokerWaitedAtLeast(Trace trace, long pid, String fromKind, String toKind, long minMs) {
        long us = Await.event(trace, pid, toKind).tUs() - Await.event(trace, pid, fromKind).tUs();
        assertTrue(us >= minMs * 1000 && us < MAX_MS * 1000,
                "from " + fromKind + " to " + toKind + " took " + us + " us, expected at least " + minMs + " ms");
    }
}
