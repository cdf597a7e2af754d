package io.processlab.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.style.ProcessPalette;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceFile;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.panel.StateWords;
import io.processlab.view.timeline.Lane;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.State;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The pool panel and the timeline's lanes tell one story of a Python pool run (the notebook's pool
 * program, a trace of a real run): at every moment of a scrub, a worker the panel marks ended is
 * one whose lane has ended, and the other way round.
 */
class PoolPanelAgreesWithLanesTest {

    @Test
    void atEveryMomentOfAPythonPoolRunAWorkerIsEndedInThePanelExactlyWhenItsLaneIs() throws Exception {
        Trace trace;
        try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/python/traces/seed_pool.json"))) {
            trace = TraceFile.read(in).trace();
        }
        ProcessStates lanes = ProcessStates.ofRun(trace);
        ProcessPalette palette = new ProcessPalette();
        int workersSeen = 0;
        int endedSeen = 0;
        for (long t = 0; t <= lanes.endUs(); t += 500) {
            PoolLessonViewModel panel = new PoolLessonViewModel();
            panel.update(ObjectsModel.at(trace.events(), t), palette);
            for (PoolLessonViewModel.Worker w : panel.workers()) {
                Lane lane = lanes.lane(w.chip().pid());
                State s = lane.stateAt(t);
                boolean laneEnded = s == State.EXITED || s == State.FAILED;
                boolean panelEnded = w.state().equals(StateWords.EXITED) || w.state().equals(StateWords.FAILED);
                assertEquals(laneEnded, panelEnded, "worker " + w.chip().pid() + " at " + t + " us: lane " + s
                        + ", panel " + w.state());
                workersSeen++;
                endedSeen += panelEnded ? 1 : 0;
            }
        }
        assertTrue(workersSeen > 0 && endedSeen > 0 && endedSeen < workersSeen,
                "the scrub sees workers before and after their end: " + endedSeen + " of " + workersSeen);
    }
}
