package io.processlab.app.teach;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.FakePage;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.Await;
import io.processlab.trace.TraceEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The window's view models without a window, for tests that steer a real run in step mode as a
 * student does in the Scheduler tab: the main model with every lesson, the teaching model and its
 * scheduler, frames driven by hand, and the steps that lead the deadlock lesson into its cycle.
 */
public final class SteeredRun {
    public final MainViewModel vm = new MainViewModel(new I18n(Locale.ENGLISH),
            Lessons.all().stream().map(l -> (LessonPage) new FakePage(l.id())).toList());
    public final TeachViewModel teach = new TeachViewModel(vm, new I18n(Locale.ENGLISH));
    public final SchedulerViewModel scheduler = teach.scheduler();

    /** Calls frame() of both models as the animation timer would, until {@code done} or the deadline. */
    public boolean frames(BooleanSupplier done, double seconds) {
        return Await.frames(() -> {
            vm.frame();
            teach.frame();
        }, done, seconds);
    }

    /** The run's events of {@code kind} so far. */
    public List<TraceEvent> events(String kind) {
        return vm.traceProperty().get().ofKind(kind);
    }

    /** The operation of {@code name} on {@code object} that the scheduler holds and the user can let go. */
    public Optional<SchedulerViewModel.Row> held(String name, String op, String object) {
        return scheduler.pending().stream().filter(r -> r.who().name().equals(name) && r.op().equals(op)
                && r.object().equals(object) && r.canGo()).findFirst();
    }

    /** As {@link #held}, failing the test when it is not held. */
    public SchedulerViewModel.Row heldOrFail(String name, String op, String object) {
        return held(name, op, object).orElseThrow(() -> new AssertionError(
                name + " " + op + " " + object + " not in " + scheduler.pending()));
    }

    /** The deadlock lesson with no pause and this timeout, in step mode, until both first acquires are held. */
    public void startDeadlockLesson(String timeout) {
        vm.select("deadlock");
        vm.settingsOf("deadlock").field("pause").textProperty().set("0");
        vm.settingsOf("deadlock").field("timeout").textProperty().set(timeout);
        scheduler.stepModeProperty().set(true);
        vm.run();
        assertTrue(frames(() -> held("worker-1", "acquire", "A").isPresent() && held("worker-2", "acquire", "B").isPresent(), 60),
                "both workers' first acquire is held: " + scheduler.pending());
    }

    /**
     * From {@link #startDeadlockLesson}: each worker is let take its first lock, then both ask
     * for the other's, are let go, and the broker finds the cycle.
     */
    public void steerIntoTheDeadlock() {
        scheduler.go(heldOrFail("worker-1", "acquire", "A").seq());
        scheduler.go(heldOrFail("worker-2", "acquire", "B").seq());
        assertTrue(frames(() -> held("worker-1", "acquire", "B").isPresent() && held("worker-2", "acquire", "A").isPresent(), 30),
                "each asks for the other's lock: " + scheduler.pending());
        scheduler.next();
        scheduler.next();
        assertTrue(frames(() -> scheduler.deadlockProperty().get() != null, 30), "the broker finds the cycle");
    }

    /** After a test: every held operation let go, the run stopped and the models shut down. */
    public void end() {
        scheduler.runFreely();
        vm.stop();
        frames(() -> !vm.state().busy(), 20);
        vm.shutdown();
    }
}
