package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.processlab.app.i18n.I18n;
import io.processlab.app.model.FakePage;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.teach.SchedulerViewModel;
import io.processlab.app.teach.TeachViewModel;
import io.processlab.lessons.course.Lessons;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import io.processlab.view.Units;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A saved run recorded in step mode, opened and scrubbed: the Scheduler tab shows what was held then, read-only. */
class SchedulerReplayTest {
    private static final long MAIN = 100;
    private static final long W1 = 201;
    private static final long W2 = 202;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final MainViewModel vm = new MainViewModel(i18n,
            Lessons.all().stream().map(l -> (LessonPage) new FakePage(l.id())).toList());
    private final TeachViewModel teach = new TeachViewModel(vm, i18n);
    private final SchedulerViewModel scheduler = teach.scheduler();

    private static TraceEvent ev(long t, long pid, String name, String kind, String object, String detail) {
        return new TraceEvent(t, pid, name, kind, object, detail, null, 0);
    }

    /** worker-1 and worker-2 ask for A and B; the user lets worker-2's go; then step mode is turned off. */
    private static TraceFile.Recording steppedRun() {
        List<TraceEvent> events = TraceFile.withVersion1Fields(List.of(
                ev(100, MAIN, "MainProcess", "spawn", null, "worker-1 (201): deadlock.worker"),
                ev(110, MAIN, "MainProcess", "spawn", null, "worker-2 (202): deadlock.worker"),
                ev(200, W1, "worker-1", "start", null, "pid 201"),
                ev(210, W2, "worker-2", "start", null, "pid 202"),
                ev(1_000_000, W1, "worker-1", "held", "A", "acquire #1"),
                ev(1_100_000, W2, "worker-2", "held", "B", "acquire #2"),
                ev(2_000_000, W2, "worker-2", "granted", "B", "acquire #2"),
                ev(2_000_100, W2, "worker-2", "acquired", "B", null),
                ev(3_000_000, W1, "worker-1", "freed", "A", "acquire #1"),
                ev(3_000_100, W1, "worker-1", "acquired", "A", null),
                ev(4_000_000, W1, "worker-1", "exit", null, "code 0"),
                ev(4_000_100, W2, "worker-2", "exit", null, "code 0"),
                ev(4_100_000, MAIN, "MainProcess", "end", null, null)));
        Trace trace = Trace.of(List.of(new ProcessInfo(MAIN, "MainProcess", "main", null),
                new ProcessInfo(W1, "worker-1", "child", "deadlock.worker"),
                new ProcessInfo(W2, "worker-2", "child", "deadlock.worker")), events);
        return new TraceFile.Recording("deadlock", new JsonObject(), trace);
    }

    private List<String> heldAt(long tUs) {
        vm.player().seek(tUs);
        vm.frame();
        teach.frame();
        return scheduler.pending().stream().map(r -> r.who().name() + " " + r.op() + " " + r.object()).toList();
    }

    private List<String> locksAt(long tUs) {
        heldAt(tUs);
        return scheduler.locks().stream()
                .map(l -> l.id() + " " + (l.holder() == null ? "free" : l.holder().name()) + " " + l.waiting()).toList();
    }

    /**
     * Beside the held operations the tab says who holds each lock at that moment (presenter mode
     * shows no lesson panel beside this tab): the holder follows the scrubber.
     */
    @Test
    void theTabSaysWhoHoldsEachLockAtTheScrubbersTime() {
        assertTrue(vm.open(steppedRun(), null));
        assertEquals(List.of("B worker-2 0"), locksAt(2_500_000));
        assertEquals(List.of("B worker-2 0", "A worker-1 0"), locksAt(3_500_000));
        assertEquals(List.of(), locksAt(500_000));
    }

    @Test
    void scrubbingASavedSteppedRunShowsTheOperationsHeldAtThatTimeWithoutGoButtons() {
        assertTrue(vm.open(steppedRun(), null));
        teach.frame();
        assertTrue(scheduler.replayProperty().get(), "a saved run is a replay");
        assertEquals(List.of(), heldAt(500_000));
        assertEquals(List.of("worker-1 acquire A"), heldAt(1_000_000));
        assertEquals(List.of("worker-1 acquire A", "worker-2 acquire B"), heldAt(1_500_000));
        assertEquals(0, scheduler.grantedProperty().get());
        assertTrue(scheduler.pending().stream().noneMatch(SchedulerViewModel.Row::canGo), "no Go for a recorded run");
        assertFalse(scheduler.go(1), "a recorded operation cannot be let go");
        assertFalse(scheduler.next());

        assertEquals(List.of("worker-1 acquire A"), heldAt(2_500_000));
        assertEquals(1, scheduler.grantedProperty().get(), "worker-2's acquire was the user's choice");
        assertEquals(2_500_000, scheduler.replayTimeProperty().get());
        assertEquals(List.of(), heldAt(3_500_000), "freed when step mode was turned off");
        assertEquals(List.of("worker-1 acquire A", "worker-2 acquire B"), heldAt(1_500_000), "and back again");
    }

    @Test
    void theReplayNoteIsInTheWindowsLanguageAndClearingTheRunEndsTheReplay() {
        assertTrue(vm.open(steppedRun(), null));
        heldAt(1_500_000);
        String en = i18n.get("scheduler.replay", "1.5");
        assertTrue(en.startsWith("Replay:") && en.contains(Units.of("1.5", "s")), en);
        i18n.setLocale(I18n.PORTUGUESE);
        String pt = i18n.get("scheduler.replay", "1.5");
        assertTrue(pt.startsWith("Repeti\u00E7\u00E3o:") && pt.contains(Units.of("1.5", "s")), pt);

        vm.reset();
        vm.frame();
        teach.frame();
        assertFalse(scheduler.replayProperty().get());
        assertTrue(scheduler.pending().isEmpty());
    }

    @Test
    void aSavedRunThatWasNeverSteppedIsNoReplayOfTheScheduler() {
        Trace trace = Trace.of(List.of(new ProcessInfo(MAIN, "MainProcess", "main", null)),
                List.of(ev(10, MAIN, "MainProcess", "create", "A", "Lock"), ev(20, MAIN, "MainProcess", "acquired", "A", null)));
        assertTrue(vm.open(new TraceFile.Recording("deadlock", new JsonObject(), trace), null));
        heldAt(20);
        assertFalse(scheduler.replayProperty().get(), "the tab keeps telling how to turn step mode on");
        assertTrue(scheduler.pending().isEmpty());
    }
}
