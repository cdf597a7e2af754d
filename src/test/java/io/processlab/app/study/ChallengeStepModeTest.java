package io.processlab.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.teach.SchedulerViewModel;
import io.processlab.app.teach.SteeredRun;
import io.processlab.study.Challenge;
import io.processlab.study.KeptValues;
import io.processlab.study.RunFacts;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Challenges met by runs steered in step mode, as a student steers them in the Scheduler tab:
 * real child processes, each operation let through by choice, and the challenge checked against
 * the run's own trace.
 */
@ExtendWith(NoChildrenLeft.class)
class ChallengeStepModeTest {
    private final SteeredRun run = new SteeredRun();
    private final MainViewModel vm = run.vm;
    private final SchedulerViewModel scheduler = run.scheduler;
    private final PredictViewModel predict = new PredictViewModel(vm, KeptValues.memory());

    @AfterEach
    void end() {
        run.end();
    }

    private boolean frames(BooleanSupplier done, double seconds) {
        return run.frames(done, seconds);
    }

    private List<TraceEvent> taken() {
        return vm.traceProperty().get().ofKind(Kinds.GET).stream().filter(e -> "tasks".equals(e.object())).toList();
    }

    @Test
    void theConsumersTakeTheTasksInReverseOrderWhenTheirGetsAreLetThroughLastFirst() throws Exception {
        vm.select("queue");
        vm.settingsOf("queue").field("consumers").textProperty().set("3");
        vm.settingsOf("queue").field("tasks").textProperty().set("3");
        vm.settingsOf("queue").field("task_seconds").textProperty().set("0");
        scheduler.stepModeProperty().set(true);
        vm.run();
        // the parent's operations go (its puts: three tasks, three pills); the consumers' gets wait
        int puts = 6;
        assertTrue(frames(() -> {
            scheduler.pending().stream().filter(r -> !r.who().name().startsWith("Consumer-") && r.canGo())
                    .findFirst().ifPresent(r -> scheduler.go(r.seq()));
            return vm.traceProperty().get().ofKind(Kinds.PUT).stream().filter(e -> "tasks".equals(e.object())).count() == puts
                    && scheduler.pending().stream().filter(r -> r.op().equals("get") && r.object().equals("tasks")).count() == 3;
        }, 60), "every task queued, every consumer held in get(): " + scheduler.pending());
        assertTrue(taken().isEmpty());

        for (int i = 0; i < 3; i++) {
            String consumer = "Consumer-" + (3 - i);
            SchedulerViewModel.Row get = run.heldOrFail(consumer, "get", "tasks");
            assertTrue(scheduler.go(get.seq()));
            int n = i + 1;
            assertTrue(frames(() -> taken().size() == n, 20), consumer + " took a task");
            assertEquals(consumer, taken().get(i).name());
        }
        scheduler.runFreely();
        assertTrue(frames(() -> vm.state() == RunState.DONE, 60), vm.statusProperty().get());

        RunFacts facts = RunFacts.of(vm.recording().trace());
        assertEquals(List.of("Consumer-3", "Consumer-2", "Consumer-1"),
                List.of(0, 1, 2).stream().map(i -> facts.takerOf("tasks", i).orElseThrow().name()).toList());
        PredictViewModel.Goal goal = predict.goals().get(0);
        assertEquals("queue.reverse", goal.challenge().id());
        Challenge.Attempt a = goal.attemptProperty().get();
        assertTrue(a.met(), "checked against the run's trace: " + a.words());
        assertEquals(Kinds.GET, a.moment().kind(), "the moment is the last of the three takes");
        assertEquals("Consumer-1", a.moment().name());
        assertEquals(1, predict.countsProperty().get().met());
    }

    @Test
    void theDeadlockWithNoPauseHappensWhenEachWorkerIsLetTakeItsFirstLock() throws Exception {
        run.startDeadlockLesson("0");
        run.steerIntoTheDeadlock();
        assertFalse(predict.checkedProperty().get(), "not checked before the run ends");
        scheduler.runFreely();
        vm.stop();
        assertTrue(frames(() -> vm.state() == RunState.STOPPED, 20), vm.statusProperty().get());

        Challenge.Attempt a = predict.goals().get(0).attemptProperty().get();
        assertTrue(a.met(), "a run ended by Stop is checked too: " + a.words());
        assertEquals(Kinds.DEADLOCK, a.moment().kind());
        PredictViewModel.Row q = predict.rows().get(0);
        assertEquals("yes", q.verdictProperty().get().answer().id(), "what this run did");
    }
}
