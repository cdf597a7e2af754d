package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.Children;
import io.processlab.testing.PrintedLines;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoolTest extends WithRun {
    private static final List<Long> INPUTS = LongStream.range(0, 23).boxed().collect(Collectors.toList());
    private static final List<Object> SQUARES = INPUTS.stream().map(x -> (Object) (x * x)).collect(Collectors.toList());

    /** With the slow function, chunks of small items finish last: the results still come in input order. */
    @ParameterizedTest(name = "chunksize {0}")
    @ValueSource(ints = {1, 2, 5, 22, 23, 100})
    void mapGivesResultsInInputOrder(int chunksize) {
        Pool pool = main.pool(2, null);
        assertEquals(SQUARES, pool.map("test.slow_square", INPUTS, chunksize));
        pool.close();
        pool.join();
    }

    @Test
    void mapWithTheDefaultChunksizeAndMapAgainOnTheSamePool() {
        Pool pool = main.pool(2, null);
        assertEquals(3, pool.defaultChunksize(INPUTS.size()), "23 items over 2 workers x 4 chunks");
        assertEquals(SQUARES, pool.map("test.square", INPUTS));
        assertEquals(List.of(), pool.map("test.square", List.of()));
        assertEquals(List.of(49L), pool.map("test.square", List.of(7L)));
        pool.close();
        pool.join();
    }

    @Test
    void initializerRunsOncePerWorker() {
        PrintedLines printed = new PrintedLines();
        run.addListener(printed);
        Pool pool = main.pool(3, "test.pool_init");
        assertEquals(SQUARES, pool.map("test.square", INPUTS, 1));
        pool.close();
        pool.join();
        List<PrintedLines.Line> inits = printed.startingWith("init ");
        assertEquals(3, inits.size(), printed.toString());
        Set<Long> workerPids = pool.workers().stream().map(ChildProcess::pid).collect(Collectors.toSet());
        assertEquals(workerPids, inits.stream().map(PrintedLines.Line::pid).collect(Collectors.toSet()),
                "one initializer line from each worker");
        for (PrintedLines.Line l : inits) {
            assertEquals("init " + l.name() + " " + l.pid(), l.text());
            assertTrue(l.name().startsWith("PoolWorker-"), l.name());
        }
    }

    @Test
    void closeThenJoinEndsEveryWorkerCleanly() {
        Pool pool = main.pool(2, null);
        pool.map("test.square", INPUTS, 4);
        pool.close();
        pool.join();
        for (ChildProcess w : pool.workers()) {
            assertFalse(w.isAlive());
            assertEquals(0, w.exitCode(), w.name() + ": " + w.failure());
        }
        assertThrows(IllegalStateException.class, () -> pool.map("test.square", INPUTS));
    }

    @Test
    void terminateLeavesNoChild() throws Exception {
        Pool pool = main.pool(2, null);
        assertEquals(List.of(4L), pool.map("test.square", List.of(2L)));
        pool.terminate();
        for (ChildProcess w : pool.workers()) {
            w.ended().get((long) Children.DEADLINE_S, TimeUnit.SECONDS);
            assertFalse(w.isAlive());
        }
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(),
                "no child process is left after terminate");
    }

    @Test
    void mapRefusesWhatCannotRun() {
        Pool pool = main.pool(1, null);
        assertThrows(IllegalArgumentException.class, () -> pool.map("test.no_such_function", INPUTS));
        assertThrows(IllegalArgumentException.class, () -> pool.map("test.square", INPUTS, 0));
        pool.close();
        pool.join();
        assertThrows(IllegalArgumentException.class, () -> main.pool(0, null));
        assertThrows(IllegalArgumentException.class, () -> main.pool(1, "test.no_such_initializer"));
    }
}
