package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracer's messages become the trace's kinds and typed fields. */
class TraceMapperTest {
    private final List<TraceEvent> events = new ArrayList<>();
    private final List<ProcessInfo> processes = new ArrayList<>();
    private final TraceMapper mapper = new TraceMapper(new TraceMapper.Recorder() {
        @Override
        public void record(long nanos, long pid, String name, String kind, String object, String detail, String text,
                           long msg, Fields fields) {
            events.add(new TraceEvent(nanos / 1000, pid, name, kind, object, detail, text, msg, fields));
        }

        @Override
        public void process(ProcessInfo p) {
            processes.add(p);
        }
    });

    private void send(long pid, String json, long t) {
        JsonObject m = JsonParser.parseString(json).getAsJsonObject();
        mapper.apply(pid, m, t);
    }

    private List<String> kinds() {
        return events.stream().map(TraceEvent::kind).toList();
    }

    private void main() {
        send(10, "{\"k\":\"hello\",\"pid\":10,\"role\":\"main\",\"python\":\"3.11.7\"}", 0);
        send(10, "{\"k\":\"start\",\"name\":\"MainProcess\",\"role\":\"main\"}", 1000);
    }

    @Test
    void objectsAreNamedAsTheProgramNamesThemAndAPutAndItsGetShareANumber() {
        main();
        send(10, "{\"k\":\"create\",\"o\":\"10:1\",\"type\":\"JoinableQueue\",\"label\":\"tasks\"}", 2000);
        send(10, "{\"k\":\"create\",\"o\":\"10:2\",\"type\":\"Queue\",\"label\":\"tasks\"}", 2100);
        send(10, "{\"k\":\"put\",\"o\":\"10:1\",\"value\":\"3 * 3\",\"key\":\"10.3\"}", 3000);
        send(11, "{\"k\":\"get\",\"o\":\"10:1\",\"value\":\"3 * 3\",\"key\":\"10.3\"}", 4000);
        assertEquals("tasks", events.get(1).object());
        assertEquals("tasks-2", events.get(2).object(), "a second object with the same name gets a number");
        assertEquals(new Fields.Create("JoinableQueue"), events.get(1).fields());
        assertEquals(events.get(3).msg(), events.get(4).msg());
        assertEquals("3 * 3", events.get(4).detail());
    }

    @Test
    void aChildIsSpawnedInItsParentsLaneOnceAndItsPythonExitCodeBecomesAStatus() {
        main();
        send(10, "{\"k\":\"spawned\",\"child\":11,\"name\":\"w\",\"target\":\"__main__.f\",\"role\":\"child\",\"method\":\"spawn\"}", 2000);
        send(11, "{\"k\":\"start\",\"name\":\"w\",\"parent\":10,\"target\":\"__main__.f\",\"role\":\"child\"}", 3000);
        mapper.ended(11, 4000);
        send(10, "{\"k\":\"reaped\",\"child\":11,\"code\":-15}", 5000);
        assertEquals(List.of(Kinds.START, Kinds.SPAWN, Kinds.START, Kinds.EXIT), kinds());
        assertEquals(new Fields.Child(11, "w", "__main__.f"), events.get(1).fields());
        assertEquals(10, events.get(1).pid());
        assertEquals(new Fields.Exit(143, 15, Fields.Exit.KILLED), events.get(3).fields(),
                "Python's -15 is the status 128 + 15, killed by SIGTERM");
        assertEquals(List.of("spawn"), List.copyOf(mapper.startMethods()));
        assertEquals("pool.worker", new ProcessInfo(1, "x", "pool-worker", "pool.worker").target());
    }

    @Test
    void aProcessThatEndedWithoutACodeEndsUnknownWhenNobodyReapsIt() {
        main();
        send(12, "{\"k\":\"start\",\"name\":\"orphan\",\"parent\":10,\"role\":\"child\"}", 2000);
        mapper.ended(12, 3000);
        mapper.expire(3000 + TraceMapper.REAP_WAIT_NANOS + 1, false);
        TraceEvent exit = events.get(events.size() - 1);
        assertEquals(Kinds.EXIT, exit.kind());
        assertEquals(new Fields.Exit(-1, null, Fields.Exit.UNKNOWN), exit.fields());
    }

    @Test
    void waitsAndOutcomesCarryTheirTypedFields() {
        main();
        send(10, "{\"k\":\"create\",\"o\":\"10:1\",\"type\":\"Event\",\"label\":\"ev\"}", 2000);
        send(10, "{\"k\":\"event-wait\",\"o\":\"10:1\",\"timeout\":2,\"ln\":7}", 3000);
        send(10, "{\"k\":\"event-wake\",\"o\":\"10:1\",\"how\":\"timeout\",\"ln\":7}", 4000);
        send(10, "{\"k\":\"sleep\",\"secs\":0.1,\"ln\":9}", 5000);
        assertEquals(List.of(Kinds.START, Kinds.CREATE, Kinds.STEP, Kinds.EVENT_WAIT, Kinds.EVENT_WAKE, Kinds.STEP,
                Kinds.SLEEP), kinds());
        assertEquals("line 7", events.get(2).detail(), "a step to the line the operation is at, once per line");
        assertEquals(new Fields.Wait(2.0, null), events.get(3).fields());
        assertEquals(new Fields.Outcome(Fields.Outcome.TIMEOUT), events.get(4).fields());
        assertEquals(new Fields.Sleep(0.1), events.get(6).fields());
        assertEquals("0.1 s", events.get(6).detail());
    }

    @Test
    void aPoolsChunkNamesItsWorkerAndItsJobCountsFromOne() {
        main();
        send(10, "{\"k\":\"create\",\"o\":\"10:1\",\"type\":\"Pool\",\"label\":\"pool\",\"tasks\":\"10:1.tasks\",\"results\":\"10:1.results\"}", 2000);
        send(10, "{\"k\":\"put\",\"o\":\"10:1.tasks\",\"pool\":\"10:1\",\"job\":7,\"chunk\":0,\"fn\":\"double\",\"items\":[\"0\",\"1\"],\"count\":2,\"key\":\"k0\"}", 3000);
        send(20, "{\"k\":\"get\",\"o\":\"10:1.tasks\",\"pool\":\"10:1\",\"job\":7,\"chunk\":0,\"fn\":\"double\",\"items\":[\"0\",\"1\"],\"count\":2,\"key\":\"k0\"}", 4000);
        send(20, "{\"k\":\"put\",\"o\":\"10:1.results\",\"pool\":\"10:1\",\"job\":7,\"chunk\":0,\"ok\":true,\"results\":[\"0\",\"2\"],\"count\":2,\"key\":\"k0r\"}", 5000);
        send(10, "{\"k\":\"get\",\"o\":\"10:1.results\",\"pool\":\"10:1\",\"job\":7,\"chunk\":0,\"ok\":true,\"results\":[\"0\",\"2\"],\"count\":2,\"key\":\"k0r\"}", 6000);
        assertEquals("pool-tasks", events.get(1).object());
        assertEquals(new Fields.PoolWork(1, 0, 2, null, false, List.of("0", "1")), events.get(1).fields());
        assertEquals(new Fields.PoolWork(1, 0, 2, 20L, false, List.of("0", "1")), events.get(2).fields());
        assertEquals(new Fields.PoolWork(1, 0, 2, 20L, true, List.of("0", "2")), events.get(4).fields(),
                "the parent's get of results names the worker that computed them");
        assertEquals("{'job': 1, 'chunk': 0, 'fn': 'double', 'items': [0, 1]}", events.get(1).detail());
    }
}
