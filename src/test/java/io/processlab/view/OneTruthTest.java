package io.processlab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PoolState;
import io.processlab.view.objects.ProcState;
import io.processlab.view.timeline.Lane;
import io.processlab.view.timeline.LaneWords;
import io.processlab.view.timeline.ProcessStates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The views read the trace's typed fields, never its words: any text in a detail (another
 * language, other wording, nonsense) changes nothing but the words; and the panels' fold and
 * the timeline's lanes give one answer to "did P fail".
 */
class OneTruthTest {
    private static final long MAIN = 1;
    private static final long CHILD = 2;

    private static List<TraceEvent> run(String words, Fields.Exit exit, boolean uncaught) {
        List<TraceEvent> e = new ArrayList<>();
        e.add(new TraceEvent(10, MAIN, "MainProcess", Kinds.SPAWN, null, words, null, 0,
                new Fields.Child(CHILD, "Trabalhador-1", "t.x")));
        e.add(new TraceEvent(20, CHILD, "Trabalhador-1", Kinds.START, null, words, null, 0,
                new Fields.Child(CHILD, "Trabalhador-1", "t.x")));
        if (uncaught) {
            e.add(new TraceEvent(30, CHILD, "Trabalhador-1", Kinds.ERROR, null, words, null, 0));
        }
        e.add(new TraceEvent(40, CHILD, "Trabalhador-1", Kinds.EXIT, null, words, null, 0, exit));
        e.add(new TraceEvent(50, MAIN, "MainProcess", Kinds.END, null, null, null, 0));
        return e;
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', value = {
        "código 0                        | 0   |    | exited  | false | exit 0",
        "x                               | 3   |    | error   | true  | failed: exit code 3",
        "morto pelo sinal 9              | 137 | 9  | killed  | true  | killed by SIGKILL (code 137)",
        "code 137: killed by signal 15   | 137 | 9  | killed  | true  | killed by SIGKILL (code 137)",
        "parado                          | 143 | 15 | stopped | true  | stopped with the run (code 143)",
        "stopped when the run was closed | 1   |    | error   | true  | failed: exit code 1",
        "''                              | -1  |    | unknown | true  | ended without an exit code",
        "killed by signal 40             | 168 | 40 | killed  | true  | killed by signal 40 (code 168)",
    })
    void howAProcessEndedComesFromItsFieldsWhateverItsWords(String words, int code, Integer signal, String reason,
            boolean failed, String says) {
        List<TraceEvent> events = run(words, new Fields.Exit(code, signal, reason), false);
        ProcessStates s = new ProcessStates();
        s.acceptAll(events);
        Lane lane = s.lane(CHILD);
        assertEquals(failed, lane.failed());
        assertEquals(says, LaneWords.of(lane));
        ProcState p = ObjectsModel.of(events).process(CHILD);
        assertEquals(failed ? ProcState.Phase.FAILED : ProcState.Phase.EXITED, p.phase());
        assertEquals(code, (int) p.exitCode());
        assertEquals("Trabalhador-1", lane.name());
        assertEquals("t.x", p.target());
    }

    @Test
    void anUncaughtErrorThenCodeZeroIsAFailureForThePanelsAndTheTimelineAlike() {
        List<TraceEvent> events = run("w", new Fields.Exit(0, null, Fields.Exit.EXITED), true);
        ProcessStates s = ProcessStates.ofRun(Trace.of(List.of(new ProcessInfo(MAIN, "MainProcess", "main", null)), events));
        ObjectsModel m = ObjectsModel.of(events);
        assertTrue(s.lane(CHILD).failed());
        assertEquals(ProcState.Phase.FAILED, m.process(CHILD).phase());
        assertEquals(s.lane(MAIN).ended(), m.process(MAIN).ended(), "the parent ends with the run in both");
    }

    @Test
    void aPoolChunkIsCountedByItsFieldsEvenWhenItsValuesAreCut() {
        List<String> first = IntStream.range(0, Fields.PoolWork.MAX_VALUES).mapToObj(Integer::toString).toList();
        List<TraceEvent> events = List.of(
                new TraceEvent(1, MAIN, "MainProcess", Kinds.SPAWN, null, "?", null, 0, new Fields.Child(CHILD, "W", "pool.worker")),
                new TraceEvent(2, MAIN, "MainProcess", Kinds.PUT, "pool-tasks", "{...}", null, 1,
                        new Fields.PoolWork(1, 0, 40, null, false, first)),
                new TraceEvent(3, CHILD, "W", Kinds.GET, "pool-tasks", "{...}", null, 1,
                        new Fields.PoolWork(1, 0, 40, CHILD, false, first)),
                new TraceEvent(4, CHILD, "W", Kinds.PUT, "pool-results", "{...}", null, 2,
                        new Fields.PoolWork(1, 0, 40, CHILD, true, first)));
        PoolState pool = ObjectsModel.of(events).poolOrNull();
        assertEquals(40, pool.worker(CHILD).items());
        assertEquals(PoolState.ChunkPhase.DONE, pool.chunks().get(0).phase());
        assertEquals(first, pool.chunks().get(0).items());
    }
}
