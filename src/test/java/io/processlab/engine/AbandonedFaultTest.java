package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Lock;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Kinds;
import io.processlab.wire.RemoteError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case 2 of issue 6: a child dies holding a lock or an unfinished task; and the run's watchdog
 * fails a wait of the parent that nothing can end any more.
 */
@ExtendWith(NoChildrenLeft.class)
class AbandonedFaultTest {
    /** A child that holds {@code lock} and dies (halts) when {@code die} is set. */
    private static ChildProcess holding(MainContext main, Lock lock, Event die) {
        Queue ready = main.queue("ready");
        ChildProcess holder = main.process("holder", "chaos.hold_lock_then_die", lock, ready, die);
        holder.start();
        assertEquals("holding", ready.get(true, 20));
        return holder;
    }

    @Test
    void processWaitingForALockIsToldThatItsHolderDied() {
        try (Run run = new Run(Locale.ENGLISH)) {
            MainContext main = run.main();
            Lock lock = main.lock("lock");
            Event die = main.event("die");
            ChildProcess holder = holding(main, lock, die);
            ChildProcess waiter = main.process("waiter", "chaos.acquire", lock);
            waiter.start();
            Waits.event(run, 20, "the waiter to block on the lock",
                    e -> e.is(Kinds.ACQUIRE_WAIT) && e.name().equals("waiter"));

            long diedAt = run.trace().clock().nowMicros();
            die.set();
            assertTrue(waiter.join(20));
            long toldAt = run.trace().ofKind(Kinds.ACQUIRED).stream().filter(e -> e.name().equals("waiter"))
                    .findFirst().orElseThrow().tUs();
            System.out.printf("[figure] the waiter was handed the abandoned lock %.3f s after the holder was told to die%n",
                    (toldAt - diedAt) / 1e6);

            assertEquals(9, holder.exitCode());
            String said = waiter.result().getAsString();
            assertTrue(said.startsWith("abandoned: the lock's last holder died"), said);
            assertTrue(lock.acquire(false, -1), "the waiter released the lock it was handed");
            lock.release();
        }
    }

    @Test
    void parentAcquiringALockWhoseHolderDiedIsToldAndHoldsIt() {
        try (Run run = new Run(Locale.ENGLISH)) {
            MainContext main = run.main();
            Lock lock = main.lock("lock");
            Event die = main.event("die");
            ChildProcess holder = holding(main, lock, die);
            die.set();
            holder.join(20);

            assertThrows(ProcessException.AbandonedLockException.class, lock::acquire);
            assertEquals(false, lock.acquire(false, -1), "the parent holds it now");
            lock.release();
            lock.acquire();
            lock.release();
        }
    }

    @Test
    void joinFailsWhenAConsumerDiesWithATaskUnfinished() {
        try (Run run = new Run(Locale.ENGLISH)) {
            MainContext main = run.main();
            JoinableQueue tasks = main.joinableQueue("tasks");
            tasks.put(Map.of("a", 3));
            tasks.put(Map.of("a", 4));
            ChildProcess consumer = main.process("Consumer-1", "chaos.take_task_then_die", tasks, "halt");
            consumer.start();
            Waits.event(run, 20, "the consumer to take a task", e -> e.is(Kinds.GET) && e.name().equals("Consumer-1"));

            long t0 = System.nanoTime();
            ProcessException e = assertThrows(ProcessException.class, tasks::join);
            double seconds = Waits.since(t0);

            assertEquals(RemoteError.LOST, e.kind());
            assertTrue(e.getMessage().contains("Consumer-1 (pid " + consumer.pid() + ") ended before it called task_done()"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("{'a': 3}"), e.getMessage());
            System.out.printf("[figure] join() failed %.2f s after it began, its consumer having died%n", seconds);

            ProcessException again = assertThrows(ProcessException.class, tasks::join);
            assertEquals(RemoteError.LOST, again.kind(), "a later join fails at once, too");
            assertEquals(Map.of("a", 4L), tasks.get(true, 1), "the queue goes on");
        }
    }

    @Test
    void joinFailsWhenAConsumerReturnsWithoutMarkingItsTaskDone() {
        try (Run run = new Run(Locale.ENGLISH)) {
            MainContext main = run.main();
            JoinableQueue tasks = main.joinableQueue("tasks");
            tasks.put("only task");
            ChildProcess consumer = main.process("forgetful", "chaos.take_task_then_die", tasks, "return");
            consumer.start();
            assertTrue(consumer.join(20));
            assertEquals(0, consumer.exitCode());

            ProcessException e = assertThrows(ProcessException.class, tasks::join);
            assertTrue(e.getMessage().contains("forgetful"), e.getMessage());
            assertTrue(e.getMessage().contains("'only task'"), e.getMessage());
        }
    }

    @Test
    void parentWaitThatNoProcessCanEndFailsInsteadOfHanging() {
        try (Run run = new Run(Locale.ENGLISH, 1.0,
                ChildLauncher.forThisJvm().withFlags(List.of("-XX:+NoSuchOptionAnywhere")), io.processlab.trace.Clock.monotonic())) {
            MainContext main = run.main();
            JoinableQueue tasks = main.joinableQueue("tasks");
            ChildProcess consumer = main.process("Consumer-1", "queue.consumer", tasks, main.queue("results"), 0.0);
            consumer.start();
            tasks.put(Map.of("a", 1, "b", 1));

            long t0 = System.nanoTime();
            ProcessException e = assertThrows(ProcessException.class, tasks::join);
            double seconds = Waits.since(t0);

            assertEquals(RemoteError.DEADLOCK, e.kind());
            assertEquals("join() on 'tasks' would wait forever: 1 task is unfinished and every child process"
                    + " of the run has ended", e.getMessage());
            assertTrue(consumer.failure().contains("NoSuchOptionAnywhere"), consumer.failure());
            assertTrue(seconds < 5, "the stuck join failed after " + seconds + " s");
            System.out.printf("[figure] a join no process could end failed after %.2f s%n", seconds);
        }
    }
}
