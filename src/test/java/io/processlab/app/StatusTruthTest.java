package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.processlab.app.i18n.I18n;
import io.processlab.app.model.FakePage;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.DeadlockLessonViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.panels.ProcessLessonViewModel;
import io.processlab.app.teach.SchedulerViewModel;
import io.processlab.app.teach.TeachViewModel;
import io.processlab.lessons.course.Lessons;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import io.processlab.view.objects.ProcState;
import io.processlab.view.timeline.ProcessStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, finding 10: what the deadlock panel, the Scheduler tab and the process rows say
 * agrees with what the run's trace shows (step mode held, the cycle broken, the run over), read
 * from the fold ({@code HeldOps}, {@code ProcessLife}), in a saved run scrubbed through.
 */
class StatusTruthTest {
    private static final long MAIN = 100;
    private static final long W1 = 201;
    private static final long W2 = 202;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final MainViewModel vm = new MainViewModel(i18n,
            Lessons.all().stream().map(l -> (LessonPage) new FakePage(l.id())).toList());
    private final TeachViewModel teach = new TeachViewModel(vm, i18n);
    private final SchedulerViewModel scheduler = teach.scheduler();
    private final DeadlockLessonViewModel deadlockPage = new DeadlockLessonViewModel();

    private static TraceEvent ev(long t, long pid, String kind, String object, String detail) {
        String name = pid == MAIN ? "MainProcess" : pid == W1 ? "worker-1" : "worker-2";
        return new TraceEvent(t, pid, name, kind, object, detail, null, 0);
    }

    /**
     * Step mode steered into the deadlock (timeout 2 s), the timeout broke it, each worker's
     * release is held; then (when {@code ends}) step mode is turned off and the run ends, else
     * the file stops there (cut short: no end event).
     */
    private static TraceFile.Recording deadlockRun(boolean stepped, boolean ends) {
        List<TraceEvent> e = new ArrayList<>(List.of(
                ev(100, MAIN, "create", "A", "Lock"), ev(110, MAIN, "create", "B", "Lock"),
                ev(200, MAIN, "spawn", null, "worker-1 (201): deadlock.worker"),
                ev(210, MAIN, "spawn", null, "worker-2 (202): deadlock.worker"),
                ev(300, W1, "start", null, "pid 201"), ev(310, W2, "start", null, "pid 202")));
        if (stepped) {
            e.addAll(List.of(ev(1_000_000, W1, "held", "A", "acquire #1"), ev(1_100_000, W2, "held", "B", "acquire #2"),
                    ev(2_000_000, W1, "granted", "A", "acquire #1"), ev(2_100_000, W2, "granted", "B", "acquire #2")));
        }
        e.addAll(List.of(ev(2_000_100, W1, "acquired", "A", null), ev(2_100_100, W2, "acquired", "B", null)));
        if (stepped) {
            e.addAll(List.of(ev(2_500_000, W1, "held", "B", "acquire #3"), ev(2_600_000, W2, "held", "A", "acquire #4"),
                    ev(2_900_000, W1, "granted", "B", "acquire #3"), ev(2_950_000, W2, "granted", "A", "acquire #4")));
        }
        e.addAll(List.of(
                ev(2_900_100, W1, "acquire-wait", "B", "held by worker-2 (202), timeout 2.0 s"),
                ev(2_950_100, W2, "acquire-wait", "A", "held by worker-1 (201), timeout 2.0 s"),
                ev(3_000_000, W1, "deadlock", null, "worker-1 (201) -> worker-2 (202) -> worker-1"),
                ev(4_900_100, W1, "acquire-timeout", "B", "timed out"),
                ev(4_950_100, W2, "acquire-timeout", "A", "timed out")));
        if (stepped) {
            e.addAll(List.of(ev(5_000_000, W1, "held", "A", "release #5"), ev(5_100_000, W2, "held", "B", "release #6")));
        }
        if (ends) {
            if (stepped) {
                e.addAll(List.of(ev(6_000_000, W1, "freed", "A", "release #5"), ev(6_000_100, W2, "freed", "B", "release #6")));
            }
            e.addAll(List.of(ev(6_000_200, W1, "released", "A", null), ev(6_000_300, W2, "released", "B", null),
                    ev(6_500_000, W1, "exit", null, "code 0"), ev(6_500_100, W2, "exit", null, "code 0"),
                    ev(6_600_000, MAIN, "end", null, null)));
        }
        e.sort(java.util.Comparator.comparingLong(TraceEvent::tUs));
        Trace trace = Trace.of(List.of(new ProcessInfo(MAIN, "MainProcess", "main", null),
                new ProcessInfo(W1, "worker-1", "child", "deadlock.worker"),
                new ProcessInfo(W2, "worker-2", "child", "deadlock.worker")), TraceFile.withVersion1Fields(e));
        return new TraceFile.Recording("deadlock", new JsonObject(), trace);
    }

    private void at(long tUs) {
        vm.player().seek(tUs);
        vm.frame();
        teach.frame();
        deadlockPage.update(vm.shown(), vm.palette());
    }

    private Map<String, String> rowStates() {
        ProcessLessonViewModel page = new ProcessLessonViewModel();
        page.update(vm.shown(), vm.palette());
        Map<String, String> process = page.rows().stream().collect(Collectors.toMap(r -> r.chip().name(), ProcessLessonViewModel.Row::state));
        Map<String, String> deadlock = deadlockPage.rows().stream().collect(Collectors.toMap(r -> r.chip().name(), ProcessLessonViewModel.Row::state));
        assertEquals(process, deadlock, "the lock and deadlock pages say the same of each process");
        return process;
    }

    @Test
    void theDeadlockPanelTellsHowToSteerOnlyWhileTheRunIsNotSteppedAndSaysWhenTheRunEndedWithoutOne() {
        assertTrue(vm.open(deadlockRun(true, true), null));
        at(500_000);
        assertEquals(DeadlockLessonViewModel.NONE, deadlockPage.noCycleProperty().get());
        String none = i18n.get(DeadlockLessonViewModel.NONE);
        assertFalse(none.contains("Turn on"), "no order to turn on what may be on already: " + none);
        at(1_500_000);
        assertEquals(DeadlockLessonViewModel.STEER, deadlockPage.noCycleProperty().get(),
                "step mode held the workers' first acquires: the user is the scheduler now");
        assertTrue(i18n.get(DeadlockLessonViewModel.STEER).contains("You are the scheduler"));

        TraceFile.Recording free = deadlockRun(false, true);
        List<TraceEvent> noCycle = free.trace().events().stream().filter(e -> !e.is("deadlock")).toList();
        assertTrue(vm.open(new TraceFile.Recording("deadlock", new JsonObject(), Trace.of(free.trace().processes(), noCycle)), null));
        at(6_600_000);
        assertEquals(DeadlockLessonViewModel.NONE_ENDED, deadlockPage.noCycleProperty().get());
    }

    @Test
    void onceTheTimeoutBrokeTheCycleTheSchedulerNoLongerSaysNoOperationCanHelp() {
        assertTrue(vm.open(deadlockRun(true, true), null));
        at(4_000_000);
        assertEquals("live", scheduler.deadlockNoteProperty().get());
        assertTrue(deadlockPage.cycleProperty().get().live());
        at(5_200_000);
        assertEquals(2, scheduler.pending().size(), "both releases wait for the user");
        assertEquals("broken", scheduler.deadlockNoteProperty().get());
        assertEquals("deadlock.broken", deadlockPage.cycleProperty().get().note());
        String banner = i18n.get("scheduler.deadlock_" + scheduler.deadlockNoteProperty().get(), "x");
        assertFalse(banner.contains("No operation can help"), banner);
        assertTrue(banner.contains("timeout"), banner);
        at(6_600_000);
        assertEquals("broken_over", scheduler.deadlockNoteProperty().get(), "after the end nothing waits for the user");
        assertTrue(i18n.get("scheduler.deadlock_broken_over", "x").contains("ended"));
    }

    @Test
    void aCycleStillClosedWhenTheRunEndedIsSaidToHaveEndedNotToHaveBeenBrokenByATimeout() {
        TraceFile.Recording r = deadlockRun(false, true);
        List<TraceEvent> noTimeout = r.trace().events().stream().filter(e -> !e.is("acquire-timeout")).toList();
        assertTrue(vm.open(new TraceFile.Recording("deadlock", new JsonObject(), Trace.of(r.trace().processes(), noTimeout)), null));
        at(6_600_000);
        assertEquals("ended", scheduler.deadlockNoteProperty().get());
        assertEquals("deadlock.ended", deadlockPage.cycleProperty().get().note());
    }

    @Test
    void aProcessWhoseOperationStepModeHoldsIsShownHeldNotRunning() {
        assertTrue(vm.open(deadlockRun(true, true), null));
        at(1_500_000);
        assertEquals(Map.of("MainProcess", "running", "worker-1", "held", "worker-2", "held"), rowStates());
        at(2_050_000);
        assertEquals("holding", rowStates().get("worker-1"), "let go, it took A");
        assertEquals("held", rowStates().get("worker-2"));
        at(5_200_000);
        assertEquals("held", rowStates().get("worker-1"), "its release waits for the user, though it holds A");
        at(6_050_000);
        assertFalse(rowStates().containsValue("held"), "freed when step mode went off: " + rowStates());
        assertTrue(i18n.get("state.held").startsWith("held"));
    }

    @Test
    void aSavedRunCutShortEndsItsParentAtItsLastEventAsTheTimelinesLaneDoes() {
        TraceFile.Recording cut = deadlockRun(true, false);
        assertTrue(vm.open(cut, null));
        at(5_100_000);
        ProcState parent = vm.shown().process(MAIN);
        assertTrue(ProcessStates.ofRun(cut.trace()).lane(MAIN).ended(), "the timeline ends the parent's lane");
        assertEquals(ProcState.Phase.EXITED, parent.phase(), "and the panels say it ended too");
        assertEquals("exited", rowStates().get("MainProcess"));
        assertEquals(ProcState.Phase.EXITED, vm.objects().process(MAIN).phase());
        at(4_000_000);
        assertEquals("running", rowStates().get("MainProcess"), "before the run's last event it still ran");
    }
}
