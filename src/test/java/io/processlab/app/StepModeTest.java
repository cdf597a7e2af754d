package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.panels.DeadlockLessonViewModel;
import io.processlab.app.teach.SchedulerViewModel;
import io.processlab.app.teach.SteeredRun;
import io.processlab.app.teach.TeachViewModel;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Step mode and tempo through the window's view models, without a window: real child processes
 * that really wait until the user lets their operation go.
 */
@ExtendWith(NoChildrenLeft.class)
class StepModeTest {
    private final SteeredRun run = new SteeredRun();
    private final MainViewModel vm = run.vm;
    private final TeachViewModel teach = run.teach;
    private final SchedulerViewModel scheduler = run.scheduler;

    @AfterEach
    void end() {
        run.end();
    }

    private boolean frames(BooleanSupplier done, double seconds) {
        return run.frames(done, seconds);
    }

    private List<TraceEvent> events(String kind) {
        return run.events(kind);
    }

    @Test
    void stepModeGrantsExactlyTheChosenOperationAndNoOther() throws Exception {
        run.startDeadlockLesson("0");
        assertEquals(2, scheduler.pending().size(), "only the two first acquires: " + scheduler.pending());
        SchedulerViewModel.Row second = run.heldOrFail("worker-2", "acquire", "B");
        SchedulerViewModel.Row first = run.heldOrFail("worker-1", "acquire", "A");
        Thread.sleep(300);
        vm.frame();
        assertTrue(events(Kinds.ACQUIRED).isEmpty(), "nothing goes while both are held");

        assertTrue(scheduler.go(second.seq()));
        assertTrue(frames(() -> !events(Kinds.ACQUIRED).isEmpty(), 10));
        List<TraceEvent> granted = events(Kinds.GRANTED);
        assertEquals(1, granted.size());
        assertEquals("worker-2", granted.get(0).name());
        assertEquals("acquire #" + second.seq(), granted.get(0).detail());
        assertEquals(List.of("worker-2 B"), events(Kinds.ACQUIRED).stream().map(e -> e.name() + " " + e.object()).toList());
        assertTrue(frames(() -> scheduler.pending().stream().noneMatch(r -> r.seq() == second.seq()), 5));
        assertTrue(scheduler.pending().contains(first), "worker-1's acquire still waits: " + scheduler.pending());
        Thread.sleep(300);
        vm.frame();
        assertEquals(1, events(Kinds.ACQUIRED).size(), "and still nothing else went");
        assertEquals(1, scheduler.grantedProperty().get());
        assertFalse(scheduler.go(second.seq()), "an operation goes once");
    }

    @Test
    void steeringIntoTheDeadlockShowsTheCycleOnTheLessonPage() throws Exception {
        run.startDeadlockLesson("0");
        run.steerIntoTheDeadlock();

        DeadlockLessonViewModel page = new DeadlockLessonViewModel();
        page.update(vm.objects(), vm.palette());
        DeadlockLessonViewModel.Cycle cycle = page.cycleProperty().get();
        assertNotNull(cycle);
        assertTrue(cycle.live());
        assertEquals(2, cycle.links().size());
        assertEquals(List.of("A", "B"), cycle.links().stream().map(DeadlockLessonViewModel.Link::lock).sorted().toList());
        assertTrue(page.locks().stream().allMatch(DeadlockLessonViewModel.LockRow::inCycle));
        assertTrue(scheduler.pending().isEmpty(), "nothing left to let go: the processes wait for each other");

        scheduler.runFreely();
        assertFalse(scheduler.stepModeProperty().get());
        vm.stop();
        assertTrue(frames(() -> vm.state() == RunState.STOPPED, 20), vm.statusProperty().get());
    }

    /** How many lanes of the run's timeline show a held ("step: ...") operation at {@code t}. */
    private static long heldLanesAt(io.processlab.view.timeline.ProcessStates lanes, long t) {
        return lanes.lanes().stream().filter(l -> {
            int i = l.states().indexAt(t);
            return i >= 0 && l.states().label(i) != null && l.states().label(i).startsWith("step: ");
        }).count();
    }

    @Test
    void afterStopTheSchedulersCountAgreesWithTheTimelineAtEveryMoment() throws Exception {
        run.startDeadlockLesson("1");
        scheduler.next();
        scheduler.next();
        assertTrue(frames(() -> scheduler.pending().size() == 2 && scheduler.pending().stream().allMatch(r -> r.seq() > 2), 30));
        scheduler.next();
        scheduler.next();
        assertTrue(frames(() -> scheduler.pending().size() == 2
                && scheduler.pending().stream().allMatch(r -> r.op().equals("release")), 30),
                "the timeout broke the cycle and both releases wait: " + scheduler.pending());
        assertEquals("broken", scheduler.deadlockNoteProperty().get());
        vm.stop();
        assertTrue(frames(() -> vm.state() == RunState.STOPPED, 20), vm.statusProperty().get());
        frames(() -> false, 0.2);

        io.processlab.view.timeline.ProcessStates lanes = io.processlab.view.timeline.ProcessStates.ofRun(vm.traceProperty().get());
        long end = lanes.endUs();
        assertEquals(heldLanesAt(lanes, end), scheduler.pending().size(), "at the end: " + scheduler.pending());
        for (TraceEvent e : vm.traceProperty().get().events()) {
            vm.player().seek(e.tUs());
            vm.frame();
            teach.frame();
            assertEquals(heldLanesAt(lanes, e.tUs()), scheduler.pending().size(),
                    "at " + e.tUs() + " us (" + e.kind() + "): " + scheduler.pending());
        }
        assertTrue(vm.objects().processes().stream().allMatch(p -> p.ended()), "every process, the parent too, ended");
    }

    @Test
    void tempoSetsTheRunsSlowdownAtTheStartAndWhileItGoes() throws Exception {
        teach.tempoProperty().set(0.5);
        vm.select("event");
        vm.settingsOf("event").field("delay").textProperty().set("1");
        vm.settingsOf("event").field("timeout").textProperty().set("0.2");
        vm.run();
        assertEquals(2.0, vm.currentRunProperty().get().slowdown(), 1e-9, "tempo 0.5: everything takes twice as long");
        teach.faster();
        teach.faster();
        assertEquals(2.0, teach.tempoProperty().get());
        assertEquals(0.5, vm.currentRunProperty().get().slowdown(), 1e-9);
        assertTrue(frames(() -> vm.state() == RunState.DONE, 60), vm.statusProperty().get());
        teach.tempoProperty().set(0.1);
        teach.slower();
        assertEquals(0.1, teach.tempoProperty().get(), "0.1 is the slowest");
    }
}
