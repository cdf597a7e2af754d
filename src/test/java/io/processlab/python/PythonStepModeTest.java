package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.StepBook;
import io.processlab.trace.TraceEvent;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Step mode on a real Python program: each operation on a traced object waits, the process really
 * blocked in its tracer, until the book lets it go; the deadlock lesson's twin is steered into
 * its deadlock and the trace tells the cycle.
 */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PythonStepModeTest {
    private static void await(BooleanSupplier ok, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static List<TraceEvent> of(PythonRun run, String kind) {
        return run.trace().events().stream().filter(e -> e.is(kind)).collect(Collectors.toList());
    }

    private static List<StepBook.Pending> awaitHeld(StepBook book, int n) throws InterruptedException {
        await(() -> book.pending().size() >= n, n + " operations held");
        return book.pending();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fork", "spawn", "forkserver"})
    void aHeldPutHappensOnlyWhenTheUserLetsItGoAndTheChosenOneGoesFirst(String method) throws Exception {
        try (PythonRun run = PythonRun.start(new PythonRun.Options(Pythons.python3().toString(),
                Pythons.program("step_queue.py"), List.of(method), null), true)) {
            StepBook book = new StepBook(run.trace());
            run.holdIn(book);
            await(() -> book.pending().stream().filter(p -> p.op().equals("put")).count() == 2, "both puts held");
            Thread.sleep(300); // what the processes would do meanwhile, were they not held
            assertEquals(List.of(), of(run, Kinds.PUT), "no put happened while held");
            StepBook.Pending fromB = book.pending().stream().filter(p -> p.name().equals("B")).findFirst().orElseThrow();
            assertEquals("q", fromB.object(), "the held put names the program's queue");
            assertTrue(book.grant(fromB.seq()));
            await(() -> of(run, Kinds.PUT).size() == 1, "B's put, let go");
            assertEquals("B", of(run, Kinds.PUT).get(0).name());
            assertFalse(book.grant(fromB.seq()), "an operation is let go once");
            book.release();
            assertTrue(run.await(30, TimeUnit.SECONDS), "the run ends once nothing is held");
            assertEquals(0, run.exitCode());
            List<String> printed = of(run, Kinds.PRINT).stream().map(TraceEvent::text).toList();
            assertEquals(List.of("from B", "from A"), printed, "the put the user chose first is got first");
            Set<String> steps = run.trace().events().stream().filter(e -> e.is(Kinds.GRANTED))
                    .map(e -> e.name() + " " + e.fields(Fields.Op.class).op()).collect(Collectors.toSet());
            assertEquals(Set.of("B put"), steps, "only the user's choice is granted; the rest went freed");
        }
    }

    @Test
    void aRunNotInStepModeHoldsNothing() throws Exception {
        Pythons.Ran r = Pythons.run(Pythons.python3(), Pythons.program("step_queue.py"), 30);
        assertEquals(0, r.run().exitCode());
        assertEquals(List.of(), r.of(Kinds.HELD));
        assertEquals(2, r.of(Kinds.PUT).size());
    }

    @Test
    void theDeadlockTwinSteeredIntoItsDeadlockIsACycleInTheTrace(@TempDir Path dir) throws Exception {
        Path twin = dir.resolve("lesson_deadlock.py");
        try (InputStream in = PythonStepModeTest.class.getResourceAsStream("/python/lesson_deadlock.py")) {
            Files.copy(in, twin);
        }
        PythonRun.Options o = new PythonRun.Options(Pythons.python3().toString(), twin,
                List.of("{\"pause\": 0.1, \"timeout\": 2}"), dir);
        try (PythonRun run = PythonRun.start(o, true)) {
            StepBook book = new StepBook(run.trace());
            run.holdIn(book);
            // the two workers' first locks: let both go
            List<StepBook.Pending> first = awaitHeld(book, 2);
            assertEquals(Set.of("acquire"), first.stream().map(StepBook.Pending::op).collect(Collectors.toSet()));
            first.forEach(p -> book.grant(p.seq()));
            // then both second ones: each waits for the lock the other holds
            List<StepBook.Pending> second = awaitHeld(book, 2);
            assertEquals(Set.of("worker-1 b", "worker-2 a"),
                    second.stream().map(p -> p.name() + " " + p.object()).collect(Collectors.toSet()));
            second.forEach(p -> book.grant(p.seq()));
            await(() -> !of(run, Kinds.DEADLOCK).isEmpty(), "the deadlock told");
            Fields.Deadlock d = of(run, Kinds.DEADLOCK).get(0).fields(Fields.Deadlock.class);
            assertNotNull(d);
            assertEquals(2, d.cycle().size());
            Set<String> links = d.cycle().stream().map(l -> l.name() + " waits for " + l.waitsFor())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("worker-1 waits for b", "worker-2 waits for a"), links);
            book.release(); // what comes after the timeouts goes freely
            assertTrue(run.await(30, TimeUnit.SECONDS));
            assertEquals(0, run.exitCode());
            // the first to time out lets its own lock go, and the other may then take it
            assertFalse(of(run, Kinds.ACQUIRE_TIMEOUT).isEmpty(), "a worker gave up after its timeout");
        }
    }
}
