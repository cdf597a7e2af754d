package io.processlab.view.objects;

import static io.processlab.view.objects.Events.MAIN;
import static io.processlab.view.objects.Events.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectsModelTest {
    /** A lock scenario: after the first n events, the holder and the waiters in order. */
    static final List<TraceEvent> LOCK = Events.of()
            .e(MAIN, "create", "lock", "Lock")
            .e(1, "acquired", "lock", null)
            .e(2, "acquire-wait", "lock", "held by P1 (1)")
            .e(3, "acquire-wait", "lock", "held by P1 (1)")
            .e(1, "released", "lock", null)
            .e(2, "acquired", "lock", null)
            .e(2, "released", "lock", null)
            .e(3, "acquired", "lock", null)
            .e(3, "released", "lock", null)
            .list();

    static Stream<Arguments> lockSteps() {
        return Stream.of(
                Arguments.of(1, null, List.of()),
                Arguments.of(2, p(1), List.of()),
                Arguments.of(4, p(1), List.of(p(2), p(3))),
                Arguments.of(6, p(2), List.of(p(3))),
                Arguments.of(7, null, List.of(p(3))),
                Arguments.of(8, p(3), List.of()),
                Arguments.of(9, null, List.of()));
    }

    @ParameterizedTest(name = "after {0} events: holder {1}, waiters {2}")
    @MethodSource("lockSteps")
    void lockGrantsWaitersInArrivalOrder(int n, Proc holder, List<Proc> waiters) {
        LockState lock = ObjectsModel.of(LOCK.subList(0, n)).lockNamed("lock");
        assertEquals(holder, lock.holder());
        assertEquals(waiters, lock.waiters());
    }

    @org.junit.jupiter.api.Test
    void lockRemembersWhoHeldItInOrder() {
        assertEquals(List.of(p(1), p(2), p(3)), ObjectsModel.of(LOCK).lockNamed("lock").history());
    }

    @org.junit.jupiter.api.Test
    void aWaiterThatEndsLeavesTheLine() {
        ObjectsModel m = Events.of()
                .e(1, "acquired", "lock", null)
                .e(2, "acquire-wait", "lock", null)
                .e(3, "acquire-wait", "lock", null)
                .e(2, "exit", null, "code 1: killed")
                .fold();
        assertEquals(List.of(p(3)), m.lockNamed("lock").waiters());
        assertEquals(ProcState.Phase.FAILED, m.process(2).phase());
    }

    static final List<TraceEvent> QUEUE = Events.of()
            .e(MAIN, "create", "tasks", "JoinableQueue")
            .e(MAIN, "create", "results", "Queue")
            .e(MAIN, "put", "tasks", "{'a': 0, 'b': 0}", 1)
            .e(MAIN, "put", "tasks", "{'a': 1, 'b': 1}", 2)
            .e(MAIN, "put", "tasks", "None", 3)
            .e(MAIN, "put", "tasks", "None", 4)
            .e(MAIN, "join-wait", "tasks", "unfinished 4")
            .e(1, "get", "tasks", "{'a': 0, 'b': 0}", 1)
            .e(2, "get", "tasks", "{'a': 1, 'b': 1}", 2)
            .e(1, "task-done", "tasks", "unfinished 3")
            .e(1, "put", "results", "'0 * 0 = 0'", 5)
            .e(1, "get", "tasks", "None", 3)
            .e(2, "task-done", "tasks", "unfinished 2")
            .e(2, "put", "results", "'1 * 1 = 1'", 6)
            .e(2, "get", "tasks", "None", 4)
            .e(1, "task-done", "tasks", "unfinished 1")
            .e(2, "task-done", "tasks", "unfinished 0")
            .e(MAIN, "joined", "tasks", null)
            .e(MAIN, "get", "results", "'0 * 0 = 0'", 5)
            .list();

    static Stream<Arguments> queueSteps() {
        return Stream.of(
                // n, task cards, result cards, unfinished, held by 1, held by 2, joiners
                Arguments.of(2, List.of(), List.of(), 0, null, null, List.of()),
                Arguments.of(6, List.of("{'a': 0, 'b': 0}", "{'a': 1, 'b': 1}", "None", "None"), List.of(), 4, null, null, List.of()),
                Arguments.of(7, List.of("{'a': 0, 'b': 0}", "{'a': 1, 'b': 1}", "None", "None"), List.of(), 4, null, null, List.of(p(MAIN))),
                Arguments.of(9, List.of("None", "None"), List.of(), 4, "{'a': 0, 'b': 0}", "{'a': 1, 'b': 1}", List.of(p(MAIN))),
                Arguments.of(11, List.of("None", "None"), List.of("'0 * 0 = 0'"), 3, null, "{'a': 1, 'b': 1}", List.of(p(MAIN))),
                Arguments.of(12, List.of("None"), List.of("'0 * 0 = 0'"), 3, "None", "{'a': 1, 'b': 1}", List.of(p(MAIN))),
                Arguments.of(15, List.of(), List.of("'0 * 0 = 0'", "'1 * 1 = 1'"), 2, "None", "None", List.of(p(MAIN))),
                Arguments.of(18, List.of(), List.of("'0 * 0 = 0'", "'1 * 1 = 1'"), 0, null, null, List.of()),
                Arguments.of(19, List.of(), List.of("'1 * 1 = 1'"), 0, null, null, List.of()));
    }

    @ParameterizedTest(name = "after {0} events")
    @MethodSource("queueSteps")
    void queueCardsMoveFromTheTaskQueueToConsumersToTheResults(int n, List<String> tasks, List<String> results,
                                                               int unfinished, String held1, String held2, List<Proc> joiners) {
        ObjectsModel m = ObjectsModel.of(QUEUE.subList(0, n));
        QueueState t = m.queueNamed("tasks");
        assertEquals(tasks, t.items().stream().map(Card::text).toList());
        assertEquals(results, m.queueNamed("results").items().stream().map(Card::text).toList());
        assertEquals(unfinished, t.unfinished());
        assertEquals(held1, t.heldBy(1) == null ? null : t.heldBy(1).text());
        assertEquals(held2, t.heldBy(2) == null ? null : t.heldBy(2).text());
        assertEquals(joiners, t.joiners());
    }

    @org.junit.jupiter.api.Test
    void aNullItemIsAPoisonPillAndDoesNotCountAsWorkDone() {
        ObjectsModel m = ObjectsModel.of(QUEUE);
        QueueState t = m.queueNamed("tasks");
        assertTrue(t.taken().get(2).poison());
        assertFalse(t.taken().get(0).poison());
        assertEquals(1, t.doneBy(1));
        assertEquals(1, t.doneBy(2));
        assertTrue(t.joinable());
        assertFalse(m.queueNamed("results").joinable());
        assertEquals(List.of(p(1), p(2)), t.takers());
    }

    @org.junit.jupiter.api.Test
    void aBlockedGetterIsListedUntilAPutReachesIt() {
        Events ev = Events.of()
                .e(MAIN, "create", "q", "Queue")
                .e(1, "get-wait", "q", null)
                .e(2, "get-wait", "q", null);
        assertEquals(List.of(p(1), p(2)), ev.fold().queueNamed("q").getters());
        assertEquals(ProcState.Activity.WAITING, ev.fold().process(1).activity());
        ev.e(MAIN, "put", "q", "7", 1).e(1, "get", "q", "7", 1);
        ObjectsModel m = ev.fold();
        assertEquals(List.of(p(2)), m.queueNamed("q").getters());
        assertEquals(List.of(), m.queueNamed("q").items());
        assertEquals(ProcState.Activity.RUNNING, m.process(1).activity());
    }

    static final List<TraceEvent> EVENT = Events.of()
            .e(MAIN, "create", "event", "Event")
            .e(1, "event-wait", "event", null)
            .e(2, "event-wait", "event", "timeout 2.0 s")
            .e(2, "event-wake", "event", "timeout")
            .e(MAIN, "event-set", "event", "wakes 1")
            .e(1, "event-wake", "event", "set")
            .e(MAIN, "event-clear", "event", null)
            .list();

    static Stream<Arguments> eventSteps() {
        return Stream.of(
                Arguments.of(1, false, List.of(), List.of(), List.of()),
                Arguments.of(3, false, List.of(p(1), p(2)), List.of(), List.of()),
                Arguments.of(4, false, List.of(p(1)), List.of(p(2)), List.of()),
                Arguments.of(5, true, List.of(p(1)), List.of(p(2)), List.of()),
                Arguments.of(6, true, List.of(), List.of(p(2)), List.of(p(1))),
                Arguments.of(7, false, List.of(), List.of(p(2)), List.of(p(1))));
    }

    @ParameterizedTest(name = "after {0} events: flag {1}")
    @MethodSource("eventSteps")
    void eventShowsItsFlagWhoWaitsAndWhoTimedOut(int n, boolean flag, List<Proc> waiting, List<Proc> timedOut,
                                                 List<Proc> woken) {
        EventState e = ObjectsModel.of(EVENT.subList(0, n)).eventNamed("event");
        assertEquals(flag, e.flag());
        assertEquals(waiting, e.waiters());
        assertEquals(timedOut, e.timedOut());
        assertEquals(woken, e.woken());
    }

    static final List<TraceEvent> PIPE = Events.of()
            .e(MAIN, "create", "pipe.a", "Connection")
            .e(MAIN, "create", "pipe.b", "Connection")
            .e(MAIN, "recv-wait", "pipe.a", null)
            .e(1, "send", "pipe.b", "{'name': 'João', 'spam': 42}", 1)
            .e(1, "send", "pipe.b", "[1, 2]", 2)
            .e(MAIN, "recv", "pipe.a", "{'name': 'João', 'spam': 42}", 1)
            .e(1, "close", "pipe.b", null)
            .e(MAIN, "recv", "pipe.a", "[1, 2]", 2)
            .e(MAIN, "recv", "pipe.a", "EOF: the other end is closed", 0)
            .list();

    static Stream<Arguments> pipeSteps() {
        return Stream.of(
                Arguments.of(2, List.of(), List.of(), List.of()),
                Arguments.of(3, List.of(), List.of(), List.of(p(MAIN))),
                Arguments.of(4, List.of("{'name': 'João', 'spam': 42}"), List.of(), List.of(p(MAIN))),
                Arguments.of(5, List.of("{'name': 'João', 'spam': 42}", "[1, 2]"), List.of(), List.of(p(MAIN))),
                Arguments.of(6, List.of("[1, 2]"), List.of("{'name': 'João', 'spam': 42}"), List.of()),
                Arguments.of(9, List.of(), List.of("{'name': 'João', 'spam': 42}", "[1, 2]"), List.of()));
    }

    @ParameterizedTest(name = "after {0} events")
    @MethodSource("pipeSteps")
    void pipeMessagesAreInFlightUntilTheOtherEndReceivesThem(int n, List<String> inFlight, List<String> received,
                                                             List<Proc> receivers) {
        PipeState pipe = ObjectsModel.of(PIPE.subList(0, n)).pipeNamed("pipe");
        assertEquals(inFlight, pipe.a().inFlight().stream().map(Card::text).toList());
        assertEquals(received, pipe.a().received().stream().map(Card::text).toList());
        assertEquals(receivers, pipe.a().receivers());
        assertEquals(List.of(), pipe.b().inFlight());
    }

    @org.junit.jupiter.api.Test
    void pipeEndsKnowTheirUsersClosingAndEof() {
        PipeState pipe = ObjectsModel.of(PIPE).pipeNamed("pipe");
        assertEquals(p(1), pipe.b().user());
        assertEquals(p(MAIN), pipe.a().user());
        assertTrue(pipe.b().closed());
        assertTrue(pipe.a().eof());
        assertEquals(2, pipe.b().sent());
    }

    static final List<TraceEvent> POOL = Events.of()
            .e(MAIN, "create", "pool-tasks", "JoinableQueue")
            .e(MAIN, "create", "pool-results", "Queue")
            .spawn(1, "pool.worker")
            .spawn(2, "pool.worker")
            .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0, 1]}", 1)
            .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [2, 3]}", 2)
            .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 2, 'fn': 'f', 'items': [4]}", 3)
            .e(2, "get", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0, 1]}", 1)
            .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [2, 3]}", 2)
            .e(1, "put", "pool-results", "{'job': 1, 'chunk': 1, 'results': [4, 6]}", 4)
            .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': 2, 'fn': 'f', 'items': [4]}", 3)
            .e(2, "put", "pool-results", "{'job': 1, 'chunk': 0, 'results': [0, 2]}", 5)
            .list();

    static Stream<Arguments> poolSteps() {
        return Stream.of(
                // n, results in input order ("-" not yet), chunks taken by worker 1, by worker 2
                Arguments.of(4, List.of(), List.of(), List.of()),
                Arguments.of(7, List.of("-", "-", "-", "-", "-"), List.of(), List.of()),
                Arguments.of(9, List.of("-", "-", "-", "-", "-"), List.of(1), List.of(0)),
                Arguments.of(10, List.of("-", "-", "4", "6", "-"), List.of(1), List.of(0)),
                Arguments.of(12, List.of("0", "2", "4", "6", "-"), List.of(1, 2), List.of(0)));
    }

    @ParameterizedTest(name = "after {0} events: results {1}")
    @MethodSource("poolSteps")
    void poolResultsFillInInputOrderWhateverWorkerFinishesFirst(int n, List<String> results, List<Integer> byOne,
                                                                List<Integer> byTwo) {
        PoolState pool = ObjectsModel.of(POOL.subList(0, n)).poolOrNull();
        assertEquals(results, pool.slots().stream().map(s -> s.result() == null ? "-" : s.result()).toList());
        assertEquals(byOne, pool.worker(1).taken().stream().map(PoolState.Chunk::index).toList());
        assertEquals(byTwo, pool.worker(2).taken().stream().map(PoolState.Chunk::index).toList());
    }

    @org.junit.jupiter.api.Test
    void poolWorkerKnowsTheChunkItWorksOn() {
        PoolState pool = ObjectsModel.of(POOL).poolOrNull();
        assertEquals(2, pool.worker(1).current().index());
        assertNull(pool.worker(2).current());
        assertEquals(3, pool.worker(1).items());
        assertEquals(2, pool.chunksDone());
        assertEquals(List.of("0", "1", "2", "3", "4"), pool.slots().stream().map(PoolState.Slot::input).toList());
    }

    @org.junit.jupiter.api.Test
    void noPoolWhenTheRunHasNone() {
        assertNull(ObjectsModel.of(QUEUE).poolOrNull());
    }

    @org.junit.jupiter.api.Test
    void processesAreListedParentFirstWithTheirPhase() {
        ObjectsModel m = Events.of()
                .e(MAIN, "create", "lock", "Lock")
                .spawn(7, "process.who_am_i")
                .e(7, "start", null, "pid 7")
                .print(7, "hello")
                .e(7, "exit", null, "code 0")
                .spawn(8, "process.who_am_i")
                .fold();
        assertEquals(List.of(MAIN, 7L, 8L), m.processes().stream().map(ProcState::pid).toList());
        assertEquals(ProcState.Phase.EXITED, m.process(7).phase());
        assertEquals(ProcState.Phase.SPAWNED, m.process(8).phase());
        assertEquals("hello", m.process(7).lastPrint());
        assertEquals("process.who_am_i", m.process(8).target());
        assertEquals("P8", m.process(8).name());
    }

    static Stream<Arguments> cutTimes() {
        return Stream.of(Arguments.of(0L), Arguments.of(3L), Arguments.of(8L), Arguments.of(12L), Arguments.of(99L));
    }

    @ParameterizedTest(name = "at t={0}")
    @MethodSource("cutTimes")
    void replayAtATimeIsTheFoldOfTheEventsUpToIt(long t) {
        ObjectsModel at = ObjectsModel.at(QUEUE, t);
        ObjectsModel prefix = ObjectsModel.of(QUEUE.stream().filter(e -> e.tUs() <= t).toList());
        assertEquals(prefix.applied(), at.applied());
        QueueState a = at.queueNamed("tasks");
        QueueState b = prefix.queueNamed("tasks");
        assertEquals(a == null, b == null);
        if (a != null) {
            assertEquals(b.items(), a.items());
            assertEquals(b.unfinished(), a.unfinished());
            assertEquals(b.held(), a.held());
        }
    }
}
