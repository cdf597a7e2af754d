package io.processlab.view.objects;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the fold keeps for the teaching views: step markers, metrics, printed lines, the deadlock. */
class TeachingFoldTest {
    @Test
    void eachProcessKeepsTheLastMarkerItReached() {
        ObjectsModel m = Events.of().child(1, "t").e(1, "step", null, "a.one").e(MAIN, "step", null, "main.x")
                .e(1, "step", null, "a.two").fold();
        assertEquals("a.two", m.process(1).step());
        assertEquals("main.x", m.process(MAIN).step());
        assertNull(Events.of().child(2, "t").fold().process(2).step());
    }

    @Test
    void metricsKeepTheirLatestNumberInArrivalOrder() {
        ObjectsModel m = Events.of().e(MAIN, "metric", "speedup.1", "1.0").e(MAIN, "metric", "speedup.2", "1.8")
                .e(MAIN, "metric", "bad", "not a number").e(MAIN, "metric", "speedup.1", "0.9").fold();
        assertEquals(Map.of("speedup.1", 0.9, "speedup.2", 1.8), m.metrics());
        assertEquals(List.of("speedup.1", "speedup.2"), List.copyOf(m.metrics().keySet()));
    }

    @Test
    void printedLinesAreKeptInOrderUpToTheCapOldestFirstToGo() {
        Events e = Events.of().child(1, "t");
        for (int i = 0; i < ObjectsModel.MAX_PRINTS + 5; i++) {
            e.print(i % 2 == 0 ? MAIN : 1, "line " + i);
        }
        List<Printed> p = e.fold().prints();
        assertEquals(ObjectsModel.MAX_PRINTS, p.size());
        assertEquals("line 5", p.get(0).text());
        assertEquals(new Printed(Events.p(MAIN), "line " + (ObjectsModel.MAX_PRINTS + 4)), p.get(p.size() - 1));
        assertEquals(Events.p(1), p.get(p.size() - 2).proc());
    }

    @Test
    void aDeadlockNamesTheCycleAndWhatEachOneWaitedFor() {
        ObjectsModel m = Events.of().child(1, "w").child(2, "w")
                .e(1, "acquired", "A", null).e(2, "acquired", "B", null)
                .e(1, "acquire-wait", "B", null).e(2, "acquire-wait", "A", null)
                .e(2, "deadlock", null, "P2 (2) -> P1 (1) -> P2").fold();
        Deadlock d = m.deadlock();
        assertEquals(List.of(Events.p(2), Events.p(1)), d.cycle());
        assertEquals(List.of("A", "B"), d.waitsFor());
        assertTrue(d.involves(1) && !d.involves(3));
        assertNull(Events.of().child(1, "w").fold().deadlock());
    }

    @Test
    void aDeadlockOfUnknownProcessesStillNamesThem() {
        Deadlock d = Events.of().e(MAIN, "deadlock", null, "worker-1 (41) -> worker-2 (42) -> worker-1").fold().deadlock();
        assertEquals(List.of(new Proc(41, "worker-1"), new Proc(42, "worker-2")), d.cycle());
        assertEquals(java.util.Arrays.asList(null, null), d.waitsFor());
    }
}
