package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Event;
import io.processlab.api.Lock;
import io.processlab.api.ProcessException;
import io.processlab.testing.Await;
import io.processlab.testing.Children;
import io.processlab.testing.PrintedLines;
import io.processlab.testing.Timing;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import io.processlab.wire.RemoteError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockAcrossProcessesTest extends WithRun {
    @Test
    void lockHeldByOneChildMakesAnotherChildsAcquireWait() {
        Lock lock = main.lock("lock");
        Event done = main.event("done");
        ChildProcess holder = Children.start(main, "holder", "test.lock_hold_until", lock, done);
        Await.event(trace, e -> e.pid() == holder.pid() && e.is(Kinds.ACQUIRED), "holder acquired");

        ChildProcess waiter = Children.start(main, "waiter", "test.lock_acquire", lock, true, -1);
        TraceEvent waiting = Await.event(trace, e -> e.pid() == waiter.pid() && e.is(Kinds.ACQUIRE_WAIT), "waiter waits");
        assertFalse(Await.all(trace, waiter.pid(), Kinds.ACQUIRED).size() > 0, "the waiter got a held lock");
        done.set();

        List<?> r = (List<?>) Children.result(waiter);
        Children.result(holder);
        assertEquals(true, r.get(0));
        TraceEvent released = Await.event(trace, holder.pid(), Kinds.RELEASED);
        TraceEvent got = Await.event(trace, waiter.pid(), Kinds.ACQUIRED);
        assertTrue(waiting.tUs() <= released.tUs() && released.tUs() <= got.tUs(),
                "wait, release, acquire out of order:\n" + Await.dump(trace.events()));
    }

    /**
     * The parent holds the lock or not; a child acquires with these arguments. A timed acquire
     * of a held lock gives up after about its timeout (generous bounds: the machine is loaded).
     */
    @ParameterizedTest(name = "held={0} block={1} timeout={2} -> {3}")
    @CsvSource({
        "false, false, -1,  true,  0",
        "true,  false, -1,  false, 0",
        "false, true,  0.5, true,  0",
        "true,  true,  0.5, false, 450",
        "true,  true,  0,   false, 0",
    })
    void acquireInAChildAnswersAsPythonDoes(boolean held, boolean block, double timeout, boolean expected, long minMs) {
        Lock lock = main.lock("lock");
        if (held) {
            assertTrue(lock.acquire(false, -1));
        }
        ChildProcess c = Children.start(main, "acquirer", "test.lock_acquire", lock, block, timeout);
        List<?> r = (List<?>) Children.result(c);
        assertEquals(expected, r.get(0));
        Timing.tookAtLeast(((Number) r.get(1)).longValue(), minMs, "acquire");
        if (held && block && timeout > 0) {
            Timing.brokerWaitedAtLeast(trace, c.pid(), Kinds.ACQUIRE_WAIT, Kinds.ACQUIRE_TIMEOUT, minMs);
        }
        if (held) {
            lock.release();
        }
    }

    @Test
    void waitersAreGrantedInArrivalOrder() {
        Lock lock = main.lock("lock");
        PrintedLines printed = new PrintedLines();
        run.addListener(printed);
        lock.acquire();
        List<ChildProcess> waiters = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ChildProcess w = Children.start(main, "W" + i, "test.lock_acquire", lock, true, -1);
            // the next one starts only once this one is in the line
            Await.event(trace, e -> e.pid() == w.pid() && e.is(Kinds.ACQUIRE_WAIT), "W wait");
            waiters.add(w);
        }
        lock.release();
        waiters.forEach(Children::result);

        List<Long> order = trace.ofKind(Kinds.ACQUIRED).stream().map(TraceEvent::pid)
                .filter(pid -> pid != run.parentPid()).collect(Collectors.toList());
        assertEquals(waiters.stream().map(ChildProcess::pid).collect(Collectors.toList()), order);
        assertEquals(List.of("W1 holds the lock", "W2 holds the lock", "W3 holds the lock"), printed.texts());
    }

    @Test
    void holdersNeverOverlapWhenManyProcessesContend() {
        Lock lock = main.lock("lock");
        List<ChildProcess> cs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            cs.add(Children.start(main, "looper-" + i, "test.lock_loop", lock, 25));
        }
        for (int i = 0; i < 25; i++) {
            lock.acquire();
            lock.release();
        }
        cs.forEach(Children::result);
        List<TraceEvent> ops = trace.events().stream().filter(e -> e.is(Kinds.ACQUIRED) || e.is(Kinds.RELEASED))
                .collect(Collectors.toList());
        assertEquals(2 * 4 * 25, ops.size());
        for (int i = 0; i < ops.size(); i += 2) {
            TraceEvent a = ops.get(i);
            TraceEvent r = ops.get(i + 1);
            assertTrue(a.is(Kinds.ACQUIRED) && r.is(Kinds.RELEASED) && a.pid() == r.pid(),
                    "two holders at once at event " + i + ":\n" + Await.dump(ops));
        }
    }

    @Test
    void releaseOfAnUnlockedLockIsAnErrorInTheParent() {
        Lock lock = main.lock("lock");
        ProcessException e = assertThrows(ProcessException.class, lock::release);
        assertEquals(RemoteError.VALUE, e.kind());
        assertTrue(e.getMessage().contains("not held"), e.getMessage());
    }

    @Test
    void releaseOfAnUnlockedLockIsAnErrorInAChild() {
        Lock lock = main.lock("lock");
        assertEquals(RemoteError.VALUE, Children.run(main, "releaser", "test.lock_release", lock));
        // and the lock still works
        assertTrue(lock.acquire(false, -1));
        lock.release();
    }

    @Test
    void holdReleasesOnClose() {
        Lock lock = main.lock("lock");
        try (Lock.Held held = lock.hold()) {
            assertEquals(false, ((List<?>) Children.run(main, "probe", "test.lock_acquire", lock, false, -1)).get(0));
        }
        assertEquals(true, ((List<?>) Children.run(main, "probe", "test.lock_acquire", lock, false, -1)).get(0));
    }
}
