package io.processlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.Await;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.ProcState;
import io.processlab.view.objects.QueueState;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The window's model without a window: commands, status, and a real run taken frame by frame. */
@ExtendWith(NoChildrenLeft.class)
class MainViewModelTest {

    private final MainViewModel vm = new MainViewModel(new I18n(Locale.ENGLISH),
            Lessons.all().stream().map(l -> (LessonPage) new FakePage(l.id())).toList());

    @AfterEach
    void end() {
        vm.shutdown();
    }

    /** Calls frame() as the animation timer would, until {@code done} or the deadline. */
    private boolean frames(BooleanSupplier done, double seconds) throws InterruptedException {
        return Await.frames(vm::frame, done, seconds);
    }

    @Test
    void theFirstLessonIsChosenAndRunnableWithItsDefaults() {
        assertEquals("process", vm.selected().id());
        assertTrue(vm.canRunProperty().get());
        assertFalse(vm.canStopProperty().get());
        assertEquals(RunState.IDLE, vm.state());
        assertEquals("Check the settings of \u201cProcesses and a lock\u201d and press Run.", vm.statusProperty().get());
    }

    @Test
    void anInvalidSettingDisablesRunAndTheStatusSaysWhy() {
        vm.select("queue");
        vm.settingsOf("queue").field("tasks").textProperty().set("lots");
        assertFalse(vm.canRunProperty().get());
        assertEquals("Fix the settings to run: Tasks: Type a whole number, 0 to 1000.", vm.statusProperty().get());
        vm.run();
        assertEquals(RunState.IDLE, vm.state(), "Run does nothing while a setting is wrong");
        vm.settingsOf("queue").field("tasks").textProperty().set("4");
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void eachLessonKeepsItsOwnSettings() {
        vm.select("queue");
        vm.settingsOf("queue").field("tasks").textProperty().set("x");
        vm.select("event");
        assertTrue(vm.canRunProperty().get());
        vm.select("queue");
        assertFalse(vm.canRunProperty().get());
    }

    @Test
    void aQueueRunReachesTheModelsFrameByFrame() throws InterruptedException {
        vm.select("queue");
        vm.settingsOf("queue").field("consumers").textProperty().set("2");
        vm.settingsOf("queue").field("tasks").textProperty().set("3");
        vm.settingsOf("queue").field("task_seconds").textProperty().set("0.05");
        vm.run();
        assertEquals(RunState.RUNNING, vm.state());
        assertFalse(vm.canRunProperty().get());
        assertTrue(vm.canStopProperty().get());
        assertFalse(vm.canChooseLessonProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("\u201cQueue") && vm.statusProperty().get().contains("\u201d running for "),
                vm.statusProperty().get());
        assertTrue(frames(() -> !vm.state().busy(), 60), "the run ends");
        assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());

        QueueState tasks = vm.objects().queueNamed("tasks");
        assertEquals(0, tasks.unfinished());
        assertEquals(5, tasks.puts(), "three tasks and two poison pills");
        assertEquals(3, vm.objects().queueNamed("results").puts());
        List<ProcState> children = vm.objects().processes().stream().filter(p -> p.target() != null).toList();
        assertEquals(2, children.size());
        assertTrue(children.stream().allMatch(p -> p.phase() == ProcState.Phase.EXITED));

        List<String> printed = vm.console().lines().stream().map(ConsoleLine::text).toList();
        assertEquals(3, printed.stream().filter(t -> t.startsWith("Result: ")).count(), printed.toString());
        assertTrue(printed.get(printed.size() - 1).startsWith("Run finished"), printed.toString());
        for (ProcState c : children) {
            assertTrue(vm.wire().shown().stream().anyMatch(l -> l.pid() == c.pid() && l.fromChild()
                    && l.text().contains("\"hello\"")), "a hello line from " + c.pid());
            assertTrue(vm.wire().shown().stream().anyMatch(l -> l.pid() == c.pid() && l.name().equals(c.name())));
        }
        assertTrue(vm.statusProperty().get().contains("both child processes ended well"), vm.statusProperty().get());

        // the replay's cursor filters the wire view by time: at the start no line had crossed
        int lines = vm.wire().total();
        vm.player().seek(0);
        vm.frame();
        assertTrue(vm.wire().shown().size() < lines, vm.wire().shown().size() + " of " + lines);
        assertTrue(vm.wire().shown().stream().allMatch(l -> l.tUs() <= vm.player().time()));
        vm.player().seek(vm.objects().timeUs());
        vm.frame();
        assertEquals(lines, vm.wire().shown().size(), "at the end every line shows again");
        assertTrue(vm.canRunProperty().get());

        vm.reset();
        assertEquals(RunState.IDLE, vm.state());
        assertEquals(0, vm.console().lines().size());
        assertEquals(0, vm.objects().applied());
    }

    @Test
    void thePythonProgramsRunningNoticeGoesWhenTheRunEnds() throws InterruptedException {
        java.nio.file.Path program = java.nio.file.Path.of("src/test/resources/python/plain.py").toAbsolutePath();
        vm.runPython(program, List.of(), null);
        assertEquals(RunState.RUNNING, vm.state());
        assertEquals(new Notice("Running plain.py in Python, traced\u2026", false), vm.noticeProperty().get(),
                "while it runs, the notice says so");
        assertTrue(frames(() -> !vm.state().busy(), 60), "the run ends");
        assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());
        assertEquals(null, vm.noticeProperty().get(), "once it ended the status bar says how; no notice says it runs");
    }

    @Test
    void aNoticeShownDuringAPythonRunStaysWhenTheRunEnds() throws InterruptedException {
        java.nio.file.Path program = java.nio.file.Path.of("src/test/resources/python/plain.py").toAbsolutePath();
        vm.runPython(program, List.of(), null);
        Notice other = Notice.info("Copied the timeline");
        vm.showNotice(other);
        assertTrue(frames(() -> !vm.state().busy(), 60), "the run ends");
        assertEquals(other, vm.noticeProperty().get(), "a notice about something else is not the run's to clear");
    }

    @Test
    void theLessonCannotChangeDuringARunAndStopEndsEveryChild() throws InterruptedException {
        vm.select("event");
        vm.settingsOf("event").field("delay").textProperty().set("30");
        vm.settingsOf("event").field("timeout").textProperty().set("30");
        vm.run();
        assertTrue(frames(() -> vm.objects().processes().stream()
                .filter(p -> p.target() != null && p.phase() == ProcState.Phase.RUNNING).count() == 2, 30),
                "both waiters started");
        vm.select("queue");
        assertEquals("event", vm.selected().id(), "the lesson stays while its run goes");
        vm.stop();
        assertEquals(RunState.STOPPING, vm.state());
        assertTrue(frames(() -> !vm.state().busy(), 15), "the stop ends the run");
        assertEquals(RunState.STOPPED, vm.state());
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
        assertEquals("Stopped: every child process was ended.", vm.statusProperty().get());
    }

    @Test
    void shuttingDownDuringARunLeavesNoChild() throws InterruptedException {
        vm.select("event");
        vm.settingsOf("event").field("delay").textProperty().set("30");
        vm.run();
        assertTrue(frames(() -> vm.objects().processes().stream().filter(p -> p.target() != null).count() == 2, 30));
        vm.shutdown();
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
    }
}
