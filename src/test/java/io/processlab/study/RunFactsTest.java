package io.processlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import io.processlab.python.PythonFinder;
import io.processlab.python.PythonRun;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** What RunFacts reads from the traces of real runs: the lessons' and a Python program's. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RunFactsTest {
    private static RunFacts lesson(String id, String... sets) throws Exception {
        try (LessonRun r = LessonRun.of(Lessons.byId(id).orElseThrow(), "en", sets)) {
            return RunFacts.of(r.trace());
        }
    }

    @Test
    void theProcessLessonsPrintsGiveTheChildrensOrderAndTheirKeys() throws Exception {
        RunFacts f = lesson("process", "children=4");
        assertEquals(6, f.countSaid("process.line"), "the parent twice and five children");
        assertEquals(f.mainPid(), f.firstPrint().orElseThrow().pid(), "the parent prints first, holding the lock");
        List<String> order = f.childPrintOrder();
        assertEquals(5, order.size());
        assertEquals("Process-1", order.get(0), "the first child runs alone: the parent joins it");
        assertEquals(Set.of("Process-1", "Process-2", "Process-3", "Process-4", "Process-5"), Set.copyOf(order));
        assertEquals(0, f.childPrintIndexes().get(0));
        assertEquals(f.childFirstPrints().get(0).event(), f.printsOf("process.line").get(1).event(),
                "the deciding moment is the child's print itself");
        assertEquals(5, f.children().size());
        for (RunFacts.Child c : f.children()) {
            assertNotNull(c.start(), c.name() + " said hello");
            assertTrue(c.startDelayUs() > 0, c.name() + " started after its spawn");
        }
        assertEquals(1, f.countStartingWith("Main process"), "in English the parent's last line starts so");
    }

    @Test
    void theQueueLessonsTakesSayWhichConsumerTookWhichTask() throws Exception {
        RunFacts f = lesson("queue", "consumers=3", "tasks=4", "task_seconds=0.05");
        List<RunFacts.Take> tasks = f.takes("tasks");
        assertEquals(7, tasks.size(), "four tasks and three poison pills");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), tasks.stream().map(RunFacts.Take::index).sorted().toList());
        RunFacts.Take third = f.takerOf("tasks", 3).orElseThrow();
        assertEquals("[3, 3]", third.item());
        assertTrue(third.name().startsWith("Consumer-"), third.name());
        assertEquals(Kinds.GET, third.event().kind());
        assertEquals(3, tasks.stream().filter(t -> t.item().equals("None")).count());
        assertEquals(4, f.takes("results").size(), "the parent takes every result");
        assertTrue(f.takes("results").stream().allMatch(t -> t.pid() == f.mainPid()));
    }

    @Test
    void theEventLessonsWaitersSayHowEachWoke() throws Exception {
        RunFacts f = lesson("event", "timeout=0.1", "delay=1.5");
        assertEquals(2, f.waits().size());
        RunFacts.Wait timed = f.waits().stream().filter(RunFacts.Wait::timed).findFirst().orElseThrow();
        RunFacts.Wait patient = f.waits().stream().filter(w -> !w.timed()).findFirst().orElseThrow();
        assertEquals("not-block", timed.name());
        assertTrue(timed.byTimeout());
        assertFalse(timed.sawSet());
        assertEquals(0.1, timed.timeoutS(), 1e-9);
        assertEquals("block", patient.name());
        assertEquals(Fields.Outcome.SET, patient.reason());
        assertTrue(patient.sawSet());
        assertTrue(timed.tUs() < patient.tUs(), "the timed waiter gives up before the event is set");
        assertEquals(List.of("False"), f.printsOf("event.timeout_done").get(0).args());
    }

    @Test
    void thePoolLessonsChunksAreCountedPerWorker() throws Exception {
        RunFacts f = lesson("pool", "items=10", "size=2", "chunksize=3");
        assertEquals(4, f.chunks().size(), "10 items in chunks of 3");
        assertEquals(10, f.chunks().stream().mapToInt(RunFacts.Chunk::items).sum());
        assertEquals(f.chunks().size(), f.chunksByWorker().values().stream().mapToInt(List::size).sum());
        Set<String> workers = f.children().stream().map(RunFacts.Child::name).collect(Collectors.toSet());
        assertTrue(workers.containsAll(f.chunksByWorker().keySet()), f.chunksByWorker().keySet() + " " + workers);
        assertEquals(4, f.chunksPlanned());
    }

    @Test
    void oppositeOrdersDeadlockAndTheTimeoutBreaksIt() throws Exception {
        RunFacts f = lesson("deadlock", "pause=0.3", "timeout=0.5");
        RunFacts.Deadlock d = f.deadlock().orElseThrow();
        assertEquals(2, d.cycle().size());
        assertTrue(d.brokenByTimeout());
        assertTrue(d.broken().tUs() >= d.tUs());
        assertEquals(Kinds.DEADLOCK, d.event().kind());
    }

    @Test
    void theSameOrderNeverDeadlocks() throws Exception {
        assertTrue(lesson("deadlock", "same_order=true", "pause=0.1", "timeout=0.5").deadlock().isEmpty());
    }

    @Test
    void aTracedPythonProgramReadsAlikeWithoutKeys() throws Exception {
        Path py = PythonFinder.find(null).orElseThrow();
        PythonRun run = PythonRun.start(new PythonRun.Options(py.toString(),
                Path.of("src/test/resources/python/facts.py").toAbsolutePath(), List.of(), null));
        try {
            assertTrue(run.await(60, TimeUnit.SECONDS), "the program ended");
        } finally {
            run.close();
        }
        RunFacts f = RunFacts.of(run.trace());
        assertEquals("main first", f.firstPrint().orElseThrow().text());
        assertEquals(null, f.firstPrint().orElseThrow().key(), "a program's own print has no key");
        assertEquals(3, f.countStartingWith("Starting"));
        assertEquals(Set.of("kid-0", "kid-1", "kid-2"), Set.copyOf(f.childPrintOrder().subList(0, 3)));
        assertEquals(6, f.takes().stream().filter(t -> t.name().startsWith("Consumer-")).count(),
                "four tasks and two pills");
        assertEquals("{'a': 3, 'b': 3}", f.takes().stream().filter(t -> t.index() == 3).findFirst().orElseThrow().item());
        RunFacts.Wait quick = f.waits().stream().filter(w -> w.name().equals("quick")).findFirst().orElseThrow();
        RunFacts.Wait patient = f.waits().stream().filter(w -> w.name().equals("patient")).findFirst().orElseThrow();
        assertTrue(quick.timed() && quick.byTimeout() && !quick.sawSet());
        assertTrue(!patient.timed() && patient.sawSet());
        assertEquals(3, f.chunks().size(), "six items in chunks of two");
        assertEquals(6, f.chunks().stream().mapToInt(RunFacts.Chunk::items).sum());
        assertTrue(f.children().stream().filter(c -> c.name().startsWith("kid-")).allMatch(c -> c.start() != null));
    }
}
