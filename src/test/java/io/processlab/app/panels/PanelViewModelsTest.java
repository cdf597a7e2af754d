package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.Events;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lesson panels' view models, fed with hand-made traces: what a panel would show. */
class PanelViewModelsTest {
    private final ProcessPalette palette = new ProcessPalette();

    @BeforeEach
    void parent() {
        palette.reset(MAIN);
    }

    private static List<String> names(List<ProcChip> chips) {
        return chips.stream().map(ProcChip::name).toList();
    }

    @Test
    void lockPanelShowsTheHolderTheWaitersInOrderAndEachProcessState() {
        ProcessLessonViewModel vm = new ProcessLessonViewModel();
        vm.update(Events.of()
                .e(MAIN, "create", "lock", "Lock")
                .child(1, "process.who_am_i").child(2, "process.who_am_i").child(3, "process.who_am_i")
                .e(1, "acquired", "lock", null)
                .e(3, "acquire-wait", "lock", null)
                .e(2, "acquire-wait", "lock", null)
                .print(1, "child: pid=1")
                .fold(), palette);
        assertEquals("P1", vm.holderProperty().get().name());
        assertEquals(List.of("P3", "P2"), names(vm.waiters()));
        assertEquals("lock", vm.lockNameProperty().get());
        List<ProcessLessonViewModel.Row> rows = vm.rows();
        assertEquals(List.of("MainProcess", "P1", "P2", "P3"), rows.stream().map(r -> r.chip().name()).toList());
        assertEquals(List.of("running", "holding", "waiting", "waiting"), rows.stream().map(ProcessLessonViewModel.Row::state).toList());
        assertEquals("child: pid=1", rows.get(1).printed());
        assertEquals(0, rows.get(0).chip().colour());
        assertTrue(rows.get(1).chip().colour() != rows.get(2).chip().colour());
    }

    /**
     * Step mode holds each acquire() before it begins: the lock card counts those held (they are
     * not in the lock's queue), so that "nobody waits in acquire()" stands beside "+ 2 held by
     * the scheduler", as the Scheduler tab lists them; one let through and one released leave 1.
     */
    @Test
    void theLockCardCountsTheAcquiresStepModeHoldsBeforeTheyBegin() {
        ProcessLessonViewModel vm = new ProcessLessonViewModel();
        Events e = Events.of()
                .e(MAIN, "create", "lock", "Lock")
                .child(1, "process.who_am_i").child(2, "process.who_am_i").child(3, "process.who_am_i")
                .e(1, "held", "lock", "acquire #1").e(2, "held", "lock", "acquire #2").e(3, "held", "lock", "acquire #3");
        vm.update(e.fold(), palette);
        assertEquals(3, vm.heldBeforeProperty().get());
        assertTrue(vm.waiters().isEmpty(), "none is in the lock's queue yet");
        vm.update(e.e(1, "granted", "lock", "acquire #1").e(1, "acquired", "lock", null)
                .e(1, "held", "lock", "release #4").fold(), palette);
        assertEquals(2, vm.heldBeforeProperty().get(), "a held release is not an acquire");
        vm.clear();
        assertEquals(0, vm.heldBeforeProperty().get());
    }

    @Test
    void lockPanelIsEmptyAfterClear() {
        ProcessLessonViewModel vm = new ProcessLessonViewModel();
        vm.update(Events.of().e(1, "acquired", "lock", null).fold(), palette);
        vm.clear();
        assertNull(vm.holderProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.order().isEmpty());
    }

    @Test
    void queuePanelShowsCardsPoisonPillsWhatEachConsumerHoldsAndWhoJoins() {
        QueueLessonViewModel vm = new QueueLessonViewModel();
        vm.update(Events.of()
                .e(MAIN, "create", "tasks", "JoinableQueue")
                .e(MAIN, "create", "results", "Queue")
                .child(1, "queue.consumer").child(2, "queue.consumer")
                .e(MAIN, "put", "tasks", "{'a': 0, 'b': 0}", 1)
                .e(MAIN, "put", "tasks", "{'a': 1, 'b': 1}", 2)
                .e(MAIN, "put", "tasks", "None", 3)
                .e(MAIN, "put", "tasks", "None", 4)
                .e(MAIN, "join-wait", "tasks", "unfinished 4")
                .e(1, "get", "tasks", "{'a': 0, 'b': 0}", 1)
                .e(1, "sleep", null, "0.1 s")
                .e(2, "get", "tasks", "{'a': 1, 'b': 1}", 2)
                .e(2, "task-done", "tasks", "unfinished 3")
                .e(2, "put", "results", "'1 * 1 = 1'", 5)
                .fold(), palette);
        assertEquals(List.of("None", "None"), vm.tasks().stream().map(CardRow::text).toList());
        assertTrue(vm.tasks().stream().allMatch(CardRow::poison));
        assertEquals(List.of("'1 * 1 = 1'"), vm.results().stream().map(CardRow::text).toList());
        assertEquals(3, vm.unfinishedProperty().get());
        assertEquals(List.of("MainProcess"), names(vm.joiners()));
        QueueLessonViewModel.Consumer c1 = vm.consumers().get(0);
        QueueLessonViewModel.Consumer c2 = vm.consumers().get(1);
        assertEquals("{'a': 0, 'b': 0}", c1.holding().text());
        assertEquals("sleeping", c1.state());
        assertNull(c2.holding());
        assertEquals(1, c2.done());
        assertEquals("tasks", vm.tasksNameProperty().get());
        assertEquals("results", vm.resultsNameProperty().get());
    }

    @Test
    void eventPanelFollowsTheFlagAndSortsWaitersIntoWokenAndTimedOut() {
        EventLessonViewModel vm = new EventLessonViewModel();
        Events t = Events.of()
                .e(MAIN, "create", "event", "Event")
                .child(1, "event.wait").child(2, "event.wait_timeout")
                .e(1, "event-wait", "event", null)
                .e(2, "event-wait", "event", "timeout 2.0 s");
        vm.update(t.fold(), palette);
        assertFalse(vm.flagProperty().get());
        assertEquals(List.of("P1", "P2"), names(vm.waiting()));
        t.e(2, "event-wake", "event", "timeout");
        vm.update(t.fold(), palette);
        assertEquals(List.of("P2"), names(vm.timedOut()));
        assertFalse(vm.flagProperty().get());
        t.e(MAIN, "event-set", "event", "wakes 1").e(1, "event-wake", "event", "set");
        vm.update(t.fold(), palette);
        assertTrue(vm.flagProperty().get());
        assertEquals("MainProcess", vm.setByProperty().get().name());
        assertEquals(List.of("P1"), names(vm.woken()));
        assertTrue(vm.waiting().isEmpty());
    }

    @Test
    void pipePanelShowsBothEndsTheirUsersAndWhatEachReceived() {
        PipeLessonViewModel vm = new PipeLessonViewModel();
        vm.update(Events.of()
                .e(MAIN, "create", "pipe.a", "Connection")
                .e(MAIN, "create", "pipe.b", "Connection")
                .child(1, "pipe.communicator")
                .e(1, "send", "pipe.b", "{'name': 'João'}", 1)
                .e(MAIN, "send", "pipe.a", "{'aa'}", 2)
                .e(1, "recv", "pipe.b", "{'aa'}", 2)
                .fold(), palette);
        PipeLessonViewModel.Pipe p = vm.pipes().get(0);
        assertEquals(List.of("{'name': 'João'}"), p.towardA().stream().map(CardRow::text).toList());
        assertTrue(p.towardB().isEmpty());
        assertEquals(List.of("{'aa'}"), p.b().received().stream().map(CardRow::text).toList());
        assertEquals("P1", p.b().user().name());
        assertEquals("MainProcess", p.a().user().name());
    }

    @Test
    void poolPanelShowsWorkersChunksResultsInInputOrderAndTheTimes() {
        PoolLessonViewModel vm = new PoolLessonViewModel();
        vm.update(Events.of()
                .child(1, "pool.worker").child(2, "pool.worker")
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0, 1]}", 1)
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [2]}", 2)
                .e(2, "get", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [2]}", 2)
                .e(2, "put", "pool-results", "{'job': 1, 'chunk': 1, 'results': [4]}", 3)
                .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0, 1]}", 1)
                .print(MAIN, "Time: sequential 0.02 ms, pool 812 ms (with 2 processes, including their start)")
                .fold(), palette);
        assertEquals(List.of("?", "?", "4"), vm.slots().stream().map(s -> s.result() == null ? "?" : s.result()).toList());
        assertEquals(List.of("0", "1", "2"), vm.slots().stream().map(PoolLessonViewModel.Slot::input).toList());
        assertEquals(List.of(List.of("[0, 1]"), List.of("[2]")), vm.workers().stream().map(PoolLessonViewModel.Worker::chunks).toList());
        assertEquals(1, vm.chunksDoneProperty().get());
        assertEquals(2, vm.chunksProperty().get());
        assertEquals("0.02", vm.sequentialMsProperty().get());
        assertEquals("812", vm.poolMsProperty().get());
    }

    @Test
    void midRunThePoolCountsEveryChunkOfTheMapNotOnlyThoseQueuedYet() {
        PoolLessonViewModel vm = new PoolLessonViewModel();
        vm.update(Events.of()
                .child(1, "pool.worker")
                .e(MAIN, "metric", "pool.chunks", "100000.0")
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0]}", 1)
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [1]}", 2)
                .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0]}", 1)
                .e(1, "put", "pool-results", "{'job': 1, 'chunk': 0, 'results': [0]}", 3)
                .fold(), palette);
        assertEquals(1, vm.chunksDoneProperty().get());
        assertEquals(100_000, vm.chunksProperty().get(), "the map's 100,000 chunks, not the 2 queued so far");
    }

    @Test
    void aWorkerWhoseChunksTheTraceCutShortIsCountedInChunksNotItems() {
        PoolLessonViewModel vm = new PoolLessonViewModel();
        vm.update(Events.of()
                .child(1, "pool.worker").child(2, "pool.worker")
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0, 1]}", 1)
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [100000, 100001, ...", 2)
                .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0, 1]}", 1)
                .e(2, "get", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [100000, 100001, ...", 2)
                .fold(), palette);
        assertEquals(List.of(2, -1), vm.workers().stream().map(PoolLessonViewModel.Worker::items).toList());
    }

    @Test
    void onceEveryChunkIsDoneThePoolCountsTheWorkersThatTookNone() {
        PoolLessonViewModel vm = new PoolLessonViewModel();
        Events run = Events.of()
                .child(1, "pool.worker").child(2, "pool.worker").child(3, "pool.worker")
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0]}", 1)
                .e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [1]}", 2)
                .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': 0, 'fn': 'f', 'items': [0]}", 1)
                .e(1, "put", "pool-results", "{'job': 1, 'chunk': 0, 'results': [0]}", 3)
                .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': 1, 'fn': 'f', 'items': [1]}", 2);
        vm.update(run.fold(), palette);
        assertEquals(0, vm.idleWorkersProperty().get(), "a chunk is still being worked on: nobody is idle yet");
        vm.update(run.e(1, "put", "pool-results", "{'job': 1, 'chunk': 1, 'results': [2]}", 4).fold(), palette);
        assertEquals(2, vm.idleWorkersProperty().get(), "workers 2 and 3 took no chunk of the finished map");
        vm.clear();
        assertEquals(0, vm.idleWorkersProperty().get());
    }

    @Test
    void poolTimesAreReadFromPortugueseLinesToo() {
        PoolLessonViewModel vm = new PoolLessonViewModel();
        vm.update(Events.of()
                .print(MAIN, "Tempo: sequencial 0,03 ms, pool 750 ms (com 3 processos, contando a partida deles)")
                .fold(), palette);
        assertEquals("0,03", vm.sequentialMsProperty().get());
        assertEquals("750", vm.poolMsProperty().get());
    }
}
