package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import io.processlab.view.timeline.Lane;
import io.processlab.view.timeline.ProcessStates;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The trace tells where every lane ends: each child's exit, then the run's end for the parent. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RunEndTest {
    @Test
    void closingARunRecordsTheParentsEndOnceAfterEveryChildsExitAndTheFileKeepsIt() throws Exception {
        Run run = new Run(Locale.ENGLISH);
        ChildProcess ok;
        ChildProcess bad;
        try {
            ok = run.main().process("ok", "test.noop");
            bad = run.main().process("bad", "test.fail", "on purpose");
            ok.start();
            bad.start();
            ok.join();
            bad.join();
            assertTrue(run.trace().ofKind(Kinds.END).isEmpty(), "no end while the run is open");
        } finally {
            run.close();
        }
        run.close();
        List<TraceEvent> ends = run.trace().ofKind(Kinds.END);
        assertEquals(1, ends.size(), "closing twice records one end");
        TraceEvent end = ends.get(0);
        assertEquals(run.parentPid(), end.pid());
        assertEquals(Run.MAIN, end.name());
        List<TraceEvent> all = run.trace().events();
        assertEquals(end, all.get(all.size() - 1), "the run's end is its last event");

        StringWriter file = new StringWriter();
        TraceFile.write(file, "process", new JsonObject(), run.trace());
        TraceFile.Recording back = TraceFile.read(new StringReader(file.toString()));
        assertEquals(1, back.trace().ofKind(Kinds.END).size());

        ProcessStates s = ProcessStates.of(back.trace());
        Lane parent = s.lane(run.parentPid());
        assertTrue(parent.ended());
        assertEquals(end.tUs(), parent.endUs());
        assertNull(parent.exitCode(), "the parent has no exit code: it is the window's own process");
        assertEquals(0, s.lane(ok.pid()).exitCode());
        assertTrue(s.lane(bad.pid()).failed());
        assertTrue(s.lane(bad.pid()).endUs() <= end.tUs());
    }
}
