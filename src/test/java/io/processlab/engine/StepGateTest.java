package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Queue;
import io.processlab.engine.internal.BrokerQueue;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.StepBook;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoChildrenLeft.class)
class StepGateTest {
    private static List<StepBook.Pending> awaitPending(StepGate gate, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (gate.pending().size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return gate.pending();
    }

    @Test
    void grantsExactlyTheChosenOperationAndNoOther() throws Exception {
        try (Run run = new Run(Locale.ENGLISH)) {
            MainContext main = run.main();
            Queue q = main.queue("q");
            BrokerQueue inBroker = (BrokerQueue) run.broker().object("q");
            StepGate gate = new StepGate(run.trace());
            run.broker().gate(gate);
            ChildProcess a = main.process("A", "test.put", q, "from A");
            ChildProcess b = main.process("B", "test.put", q, "from B");
            a.start();
            b.start();
            List<StepBook.Pending> held = awaitPending(gate, 2);
            assertEquals(2, held.size(), "both puts are held");
            assertEquals(0, inBroker.size(), "nothing got through while held");

            StepBook.Pending fromB = held.stream().filter(p -> p.name().equals("B")).findFirst().orElseThrow();
            assertTrue(gate.grant(fromB.seq()));
            assertEquals(1, inBroker.size());
            assertEquals(1, gate.pending().size());
            assertEquals("A", gate.pending().get(0).name(), "A's put is still held");
            assertFalse(gate.grant(fromB.seq()), "an operation is granted once");

            gate.release();
            a.join();
            b.join();
            assertEquals(2, inBroker.size());
            List<String> steps = run.trace().events().stream()
                    .filter(e -> e.kind().equals(Kinds.GRANTED) || e.kind().equals(Kinds.FREED))
                    .map(e -> e.kind() + " " + e.name() + " " + e.detail()).toList();
            long seqA = 3 - fromB.seq();
            assertEquals(List.of("granted B put #" + fromB.seq(), "freed A put #" + seqA), steps,
                    "the user's choice is granted, what went when the gate opened is freed");
            assertEquals("from B", q.get(), "the granted put came first");
        }
    }

    @Test
    void grantOldestFollowsArrivalOrder() throws Exception {
        try (Run run = new Run(Locale.ENGLISH)) {
            MainContext main = run.main();
            Queue q = main.queue("q");
            StepGate gate = new StepGate(run.trace());
            run.broker().gate(gate);
            ChildProcess a = main.process("A", "test.put", q, 1L);
            a.start();
            awaitPending(gate, 1);
            ChildProcess b = main.process("B", "test.put", q, 2L);
            b.start();
            awaitPending(gate, 2);
            assertTrue(gate.grantOldest());
            assertTrue(gate.grantOldest());
            assertFalse(gate.grantOldest());
            gate.release();
            a.join();
            b.join();
            assertEquals(1L, q.get());
            assertEquals(2L, q.get());
        }
    }
}
