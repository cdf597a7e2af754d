package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.JoinableQueue;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.testing.Await;
import io.processlab.testing.Children;
import io.processlab.testing.Timing;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import io.processlab.wire.RemoteError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueAcrossProcessesTest extends WithRun {
    /** Items of several shapes; None is an item too (the poison pill). */
    private static final List<Object> ITEMS = Arrays.asList(1L, "two", List.of(3L), Map.of("k", 4L), Set.of("s"), null, 2.5);

    @Test
    void itemsPutInTheParentAreGotInAChildInOrder() {
        Queue q = main.queue("q");
        ITEMS.forEach(q::put);
        assertEquals(ITEMS, Children.run(main, "getter", "test.queue_get_n", q, ITEMS.size()));
    }

    @Test
    void itemsPutInAChildAreGotInTheParentInOrder() {
        Queue q = main.queue("q");
        ChildProcess putter = Children.start(main, "putter", "test.queue_put", q, ITEMS);
        List<Object> got = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            got.add(q.get(true, Children.DEADLINE_S));
        }
        Children.result(putter);
        assertEquals(ITEMS, got);
    }

    @Test
    void aBlockedGetInAChildIsAnsweredByALaterPut() {
        Queue q = main.queue("q");
        ChildProcess getter = Children.start(main, "getter", "test.queue_get", q, true, -1);
        Await.event(trace, getter.pid(), Kinds.GET_WAIT);
        q.put("late");
        assertEquals("late", ((List<?>) Children.result(getter)).get(1));
    }

    /**
     * A child gets from a queue holding {@code items} items: non-blocking, timed or blocking.
     * Empty answers Python's queue.Empty; a timed get waits about its timeout first.
     */
    @ParameterizedTest(name = "items={0} block={1} timeout={2} -> {3}")
    @CsvSource({
        "0, false, -1,  empty, 0",
        "1, false, -1,  item,  0",
        "0, true,  0.5, empty, 450",
        "1, true,  0.5, item,  0",
        "0, true,  0,   empty, 0",
    })
    void getInAChildAnswersAsPythonDoes(int items, boolean block, double timeout, String expected, long minMs) {
        Queue q = main.queue("q");
        for (int i = 0; i < items; i++) {
            q.put("item " + i);
        }
        ChildProcess c = Children.start(main, "getter", "test.queue_get", q, block, timeout);
        List<?> r = (List<?>) Children.result(c);
        assertEquals(expected, r.get(0));
        Timing.tookAtLeast(((Number) r.get(2)).longValue(), minMs, "get");
        if (expected.equals("empty") && timeout > 0) {
            Timing.brokerWaitedAtLeast(trace, c.pid(), Kinds.GET_WAIT, Kinds.GET_EMPTY, minMs);
        }
    }

    @Test
    void nonBlockingAndTimedGetInTheParentRaiseEmpty() {
        Queue q = main.queue("q");
        ProcessException.EmptyException e = assertThrows(ProcessException.EmptyException.class, q::getNowait);
        assertEquals(RemoteError.EMPTY, e.kind());
        long t0 = System.nanoTime();
        assertThrows(ProcessException.EmptyException.class, () -> q.get(true, 0.3));
        Timing.tookAtLeast((System.nanoTime() - t0) / 1_000_000, 250, "get(0.3)");
    }

    @Test
    void qsizeIsTheSameSeenFromEitherProcess() {
        Queue q = main.queue("q");
        assertTrue(q.empty());
        q.put("a");
        q.put("b");
        q.put("c");
        assertEquals(3L, Children.run(main, "sizer", "test.queue_qsize", q));
        assertEquals(List.of("a"), Children.run(main, "taker", "test.queue_get_n", q, 1));
        assertEquals(2, q.qsize());
        assertFalse(q.empty());
    }

    @Test
    void joinReturnsOnlyAfterTheLastTaskDone() {
        JoinableQueue q = main.joinableQueue("tasks");
        List<ChildProcess> workers = List.of(
                Children.start(main, "worker-1", "test.joinable_worker", q, 0.2),
                Children.start(main, "worker-2", "test.joinable_worker", q, 0.2));
        for (int i = 0; i < 4; i++) {
            q.put(i);
        }
        q.put(null);
        q.put(null);
        q.join();
        TraceEvent joined = Await.event(trace, run.parentPid(), Kinds.JOINED);
        List<TraceEvent> done = trace.ofKind(Kinds.TASK_DONE);
        assertEquals(6, done.size(), "every item, pills included, was marked done before join returned");
        TraceEvent last = done.get(done.size() - 1);
        assertTrue(last.tUs() <= joined.tUs(), "join returned before the last task_done:\n" + Await.dump(trace.events()));
        assertTrue(trace.events().indexOf(last) < trace.events().indexOf(joined));
        assertEquals("unfinished 0", last.detail());
        assertEquals(1, Await.all(trace, run.parentPid(), Kinds.JOIN_WAIT).size(), "the parent waited in join");
        long total = workers.stream().mapToLong(w -> ((Number) Children.result(w)).longValue()).sum();
        assertEquals(4, total);
    }

    @Test
    void joinInAChildReturnsWhenTheParentMarksTheLastTaskDone() {
        JoinableQueue q = main.joinableQueue("tasks");
        q.put("a");
        q.put("b");
        ChildProcess joiner = Children.start(main, "joiner", "test.queue_join", q);
        Await.event(trace, joiner.pid(), Kinds.JOIN_WAIT);
        q.get();
        q.taskDone();
        q.get();
        assertTrue(joiner.isAlive(), "one task is still unfinished");
        assertTrue(Await.all(trace, joiner.pid(), Kinds.JOINED).isEmpty());
        q.taskDone();
        assertEquals("joined", Children.result(joiner));
    }

    @Test
    void joinOnAQueueWithNothingUnfinishedReturnsAtOnce() {
        JoinableQueue q = main.joinableQueue("tasks");
        q.join();
        assertTrue(Await.all(trace, run.parentPid(), Kinds.JOIN_WAIT).isEmpty());
    }

    @Test
    void taskDoneMoreTimesThanItemsPutIsAnErrorInAChild() {
        JoinableQueue q = main.joinableQueue("tasks");
        q.put("a");
        q.put("b");
        assertEquals(List.of("ok", "ok", RemoteError.VALUE), Children.run(main, "worker", "test.task_done_extra", q, 2));
        q.join();
    }

    @Test
    void taskDoneOnAnEmptyQueueIsAnErrorInTheParent() {
        JoinableQueue q = main.joinableQueue("tasks");
        ProcessException e = assertThrows(ProcessException.class, q::taskDone);
        assertEquals(RemoteError.VALUE, e.kind());
        assertTrue(e.getMessage().contains("more times"), e.getMessage());
    }
}
