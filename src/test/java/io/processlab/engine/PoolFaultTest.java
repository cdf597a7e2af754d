package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.ProcessException;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Case 1 of issue 6 for pools: a worker that dies in a chunk never makes map hang. */
@ExtendWith(NoChildrenLeft.class)
class PoolFaultTest {
    private static final List<Object> INPUTS = new ArrayList<>(LongStream.range(0, 12).boxed().toList());
    private static final List<Object> DOUBLED = new ArrayList<>(LongStream.range(0, 12).map(x -> 2 * x).boxed().toList());

    @Test
    void workerKilledInTheMiddleOfAChunkIsReplacedAndItsChunkRunsAgain() throws Exception {
        try (Run run = new Run(Locale.ENGLISH)) {
            Pool pool = run.main().pool(2, null);
            CompletableFuture<List<Object>> result = CompletableFuture.supplyAsync(
                    () -> pool.map("chaos.slow_double", INPUTS, 2));
            TraceEvent took = Waits.event(run, 20, "a worker takes a chunk",
                    e -> e.is(Kinds.GET) && "pool-tasks".equals(e.object()) && e.pid() != run.parentPid());
            long killedAt = run.trace().clock().nowMicros();
            ProcessHandle.of(took.pid()).orElseThrow().destroyForcibly();

            assertEquals(DOUBLED, result.get(30, TimeUnit.SECONDS));
            assertEquals(1, pool.restarts());
            assertEquals(3, pool.workers().size());
            TraceEvent restart = run.trace().ofKind(Kinds.RESTART).get(0);
            assertTrue(restart.detail().contains("PoolWorker-3 replaces"), restart.detail());
            assertTrue(restart.detail().contains("SIGKILL"), restart.detail());
            assertTrue(restart.detail().contains("runs again"), restart.detail());
            long replacedAt = restart.tUs();
            long startedAt = run.trace().ofKind(Kinds.START).stream().filter(x -> x.name().equals("PoolWorker-3"))
                    .findFirst().orElseThrow().tUs();
            System.out.printf("[figure] SIGKILLed pool worker: replacement spawned after %.2f s, running after %.2f s%n",
                    (replacedAt - killedAt) / 1e6, (startedAt - killedAt) / 1e6);
            pool.close();
            pool.join();
        }
    }

    /** Items 0..n-1 for {@code chaos.halt_once}: each halts its worker unless its flag file exists. */
    private static List<Object> haltOnceItems(Path dir, int n) {
        List<Object> items = new ArrayList<>();
        for (long x = 0; x < n; x++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("x", x);
            item.put("flag", dir.resolve("flag-" + x).toString());
            items.add(item);
        }
        return items;
    }

    @Test
    void workersThatKeepDyingSpendTheRestartBudgetAndMapFails(@TempDir Path dir) {
        try (Run run = new Run(Locale.ENGLISH)) {
            Pool pool = run.main().pool(2, null);
            List<Object> items = haltOnceItems(dir, 6);
            // no item's flag file exists, so each halts once: six restarts are more than 2 allowed
            ProcessException e = assertThrows(ProcessException.class, () -> pool.map("chaos.halt_once", items, 1));
            assertTrue(e.getMessage().contains("its limit"), e.getMessage());
            assertTrue(e.getMessage().contains("exit code 7"), e.getMessage());
            pool.terminate();
        }
    }

    @Test
    void oneLostChunkCostsOneRestart(@TempDir Path dir) {
        try (Run run = new Run(Locale.ENGLISH)) {
            Pool pool = run.main().pool(2, null);
            List<Object> items = haltOnceItems(dir, 6);
            for (long x = 0; x < 6; x++) {
                if (x != 4) {
                    assertTrue(dir.resolve("flag-" + x).toFile().mkdir(), "item " + x + " has halted already");
                }
            }
            List<Object> out = pool.map("chaos.halt_once", items, 1);
            assertEquals(List.of(0L, 2L, 4L, 6L, 8L, 10L), out);
            assertEquals(1, pool.restarts());
            pool.close();
            pool.join();
        }
    }

    @Test
    void chunkThatKillsEveryWorkerFailsMapWithAClearMessage() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Pool pool = run.main().pool(2, null, 10);
            long t0 = System.nanoTime();
            ProcessException e = assertThrows(ProcessException.class,
                    () -> pool.map("chaos.halt_always", List.of(1L), 1));
            assertTrue(e.getMessage().startsWith("chunk 0 was lost " + Pool.MAX_CHUNK_LOSSES + " times"), e.getMessage());
            assertTrue(e.getMessage().contains("exit code 7"), e.getMessage());
            System.out.printf("[figure] a chunk that kills its worker failed map after %.2f s%n", Waits.since(t0));
            pool.terminate();
        }
    }

    @Test
    void poolWithoutRestartsFailsMapWhenItsWorkerDies() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Pool pool = run.main().pool(1, null, 0);
            ProcessException e = assertThrows(ProcessException.class,
                    () -> pool.map("chaos.halt_always", List.of(1L, 2L), 1));
            assertTrue(e.getMessage().contains("PoolWorker-1"), e.getMessage());
            assertTrue(e.getMessage().contains("while working on chunk 0"), e.getMessage());
            assertTrue(e.getMessage().contains("already replaced 0 workers, its limit"), e.getMessage());
            assertTrue(e.getMessage().contains("2 of 2 chunks not done"), e.getMessage());
        }
    }

    @Test
    void initializerThatFailsEndsInAnErrorNotAHang() {
        try (Run run = new Run(Locale.ENGLISH)) {
            Pool pool = run.main().pool(2, "chaos.failing_initializer");
            ProcessException e = assertThrows(ProcessException.class, () -> pool.map("chaos.double", INPUTS));
            assertTrue(e.getMessage().contains("the initializer cannot open its data"), e.getMessage());
            assertTrue(e.getMessage().contains("its limit"), e.getMessage());
        }
    }

    @Test
    void closingTheRunReleasesAMapWhoseWorkersHang() throws Exception {
        Run run = new Run(Locale.ENGLISH);
        Pool pool = run.main().pool(2, null);
        CompletableFuture<List<Object>> result = CompletableFuture.supplyAsync(() -> pool.map("chaos.spin", INPUTS, 6));
        Waits.until(20, "both workers to take a chunk", () -> run.trace().ofKind(Kinds.GET).stream()
                .filter(e -> "pool-tasks".equals(e.object())).count() >= 2);
        long t0 = System.nanoTime();
        run.close();
        double closed = Waits.since(t0);
        Exception e = assertThrows(Exception.class, () -> result.get(2, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ProcessException && e.getCause().getMessage().contains("stopped"),
                String.valueOf(e.getCause()));
        assertFalse(pool.workers().stream().anyMatch(ChildProcess::isAlive));
        assertTrue(closed < 2.5, "close took " + closed + " s");
        System.out.printf("[figure] closing a run with 2 spinning pool workers took %.2f s%n", closed);
    }
}
