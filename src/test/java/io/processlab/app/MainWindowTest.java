package io.processlab.app;


import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static io.processlab.app.TestWindow.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.ConsoleLine;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.panels.LessonPage;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.view.objects.ProcState;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window, driven as a user would (headless, on Monocle): each lesson chosen, run with
 * small settings on real child processes, and its views checked while and after it runs.
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class MainWindowTest {
    private TestWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1280, 800);
        vm = window.vm;
    }

    @AfterEach
    void end() throws Exception {
        window.close();
    }

    private static String joined(List<String> texts) {
        return String.join(" | ", texts);
    }

    private void choose(FxRobot robot, String lesson, String... settings) throws Exception {
        // the list shows some of the lessons: bring this one into view first, as a user scrolls to it
        @SuppressWarnings("unchecked")
        ListView<LessonPage> list = robot.lookup("#lessons").queryAs(ListView.class);
        fx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(lesson)) {
                    list.scrollTo(i);
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-" + lesson);
        for (int i = 0; i < settings.length; i += 2) {
            String key = settings[i];
            String value = settings[i + 1];
            // the lesson's sheet is built on the FX thread after the click: wait for it
            await("the " + lesson + " lesson's setting " + key, 15, () -> robot.lookup("#setting-" + key).tryQuery().isPresent());
            TextInputControl field = robot.lookup("#setting-" + key).queryAs(TextInputControl.class);
            fx(() -> {
                field.setText(value);
                return null;
            });
        }
    }

    private void runToEnd(FxRobot robot, double seconds) {
        robot.clickOn("#run");
        await("the run ends", seconds, () -> vm.state() != RunState.IDLE && !vm.state().busy());
        assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());
    }

    private List<String> consoleTexts(FxRobot robot) throws Exception {
        ListView<?> console = robot.lookup("#console").queryAs(ListView.class);
        return fx(() -> console.getItems().stream().map(o -> ((ConsoleLine) o).tag() + ": " + ((ConsoleLine) o).text()).toList());
    }

    private List<ProcState> children() throws Exception {
        return fx(() -> vm.objects().processes().stream().filter(p -> p.target() != null).toList());
    }

    @Test
    void processLessonShowsEveryChildWithItsPidAndWhoTookTheLock(FxRobot robot) throws Exception {
        choose(robot, "process", "children", "2");
        runToEnd(robot, 60);
        List<ProcState> kids = children();
        assertEquals(3, kids.size());
        List<String> table = texts(robot, "#process-table");
        List<String> console = consoleTexts(robot);
        for (ProcState k : kids) {
            assertTrue(table.contains(k.name() + " \u00b7 " + k.pid()), joined(table));
            assertTrue(console.contains(k.name() + " " + k.pid() + ": " + k.lastPrint()), console.toString());
            assertTrue(k.lastPrint().endsWith("pid=" + k.pid()), k.lastPrint());
        }
        List<String> lock = texts(robot, "#lock-box");
        assertTrue(lock.contains("FREE") && lock.contains("last:") && !lock.contains("\u00b7 last:"), joined(lock));
        assertTrue(console.get(console.size() - 1).startsWith("ProcessLab: Run finished"), console.toString());
    }

    @Test
    void pipeLessonShowsTheMessagesEachEndReceived(FxRobot robot) throws Exception {
        choose(robot, "pipe", "message", "{\"k\": [1, 2]}", "word", "ab");
        runToEnd(robot, 60);
        List<String> first = texts(robot, "#end-pipe-1-a");
        assertTrue(first.contains("{'k': [1, 2]}"), joined(first));
        List<String> reply = texts(robot, "#end-pipe-2-b");
        assertTrue(reply.contains("{'aa', 'bb'}"), joined(reply));
        assertTrue(joined(reply).contains("communicator \u00b7 "), joined(reply));
        assertTrue(consoleTexts(robot).stream().anyMatch(l -> l.endsWith("Communicator received: {'aa', 'bb'}")));
    }

    // each task takes 0.8 s so that the poison pills stay on the task queue for at least that long
    // after they are put: at 0.3 s a loaded machine could show them for less than a poll
    @Test
    void queueLessonShowsCardsPoisonPillsTheJoinAndEveryResult(FxRobot robot) throws Exception {
        choose(robot, "queue", "consumers", "2", "tasks", "3", "task_seconds", "0.8");
        robot.clickOn("#run");
        await("poison pills appear as cards in the task queue", 30,
                () -> texts(robot, "#task-cards").stream().anyMatch(t -> t.startsWith("None \u2620")));
        await("the parent blocks in join", 30, () -> joined(texts(robot, "#joiners")).contains("MainProcess"));
        await("a consumer holds a task, the list [i, i] (the twin's tuple)", 30, () -> java.util.stream.Stream.of("[0, 0]", "[1, 1]", "[2, 2]")
                .anyMatch(joined(texts(robot, "#consumers"))::contains));
        await("the run ends", 60, () -> !vm.state().busy());
        assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());
        // compact ("✓ 2") or wide ("2 done"), the count says what it counts: the items put, tasks and pills alike
        assertEquals("Unfinished items: 0", texts(robot, "#unfinished").get(0), texts(robot, "#unfinished").toString());
        List<String> consumers = texts(robot, "#consumers");
        int done = consumers.stream().filter(t -> t.startsWith("\u2713 ")).mapToInt(t -> Integer.parseInt(t.substring(2))).sum()
                + consumers.stream().filter(t -> t.endsWith(" done")).mapToInt(t -> Integer.parseInt(t.substring(0, t.length() - 5))).sum();
        assertEquals(3, done, joined(consumers));
        assertEquals(3, consoleTexts(robot).stream().filter(l -> l.contains(": Result: ")).count());
    }

    @Test
    void eventLessonLampLightsAndTheTimedWaiterGivesUpFirst(FxRobot robot) throws Exception {
        choose(robot, "event", "timeout", "0.3", "delay", "4");
        robot.clickOn("#run");
        Circle lamp = robot.lookup("#event-lamp").queryAs(Circle.class);
        await("not-block times out", 30, () -> joined(texts(robot, "#event-timed-out")).contains("not-block"));
        assertTrue(fx(() -> lamp.getStyleClass().contains("lamp-off")), "the lamp is off before set");
        assertEquals("NOT SET", texts(robot, "#event-flag").get(0));
        await("the lamp lights", 30, () -> lamp.getStyleClass().contains("lamp-on"));
        await("the run ends", 30, () -> !vm.state().busy());
        assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());
        assertEquals("SET", texts(robot, "#event-flag").get(0));
        assertTrue(joined(texts(robot, "#event-woken")).contains("block"));
        assertFalse(joined(texts(robot, "#event-woken")).contains("not-block"));
    }

    @Test
    void poolLessonFillsResultsInInputOrderAndShowsBothTimes(FxRobot robot) throws Exception {
        choose(robot, "pool", "items", "6", "size", "2");
        runToEnd(robot, 60);
        List<String> slots = texts(robot, "#pool-results");
        assertEquals(List.of("0", "0", "1", "2", "2", "4", "3", "6", "4", "8", "5", "10"), slots);
        List<String> workers = texts(robot, "#pool-workers");
        assertEquals(2, workers.stream().filter(t -> t.startsWith("PoolWorker-")).count(), joined(workers));
        assertTrue(texts(robot, "#pool-times").get(0).matches("sequential: [0-9.,]+\u00A0ms {3}pool: [0-9.,]+\u00A0ms"),
                texts(robot, "#pool-times").get(0));
    }

    @Test
    void invalidSettingsDisableRunAndSayWhyNextToTheField(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-queue");
        Button run = robot.lookup("#run").queryButton();
        assertFalse(run.isDisabled());
        robot.doubleClickOn("#setting-consumers").write("abc");
        await("run is disabled", 5, run::isDisabled);
        assertEquals("Type a whole number, 1 to 64.", texts(robot, "#error-consumers").get(0));
        assertTrue(fx(() -> robot.lookup("#setting-consumers").query().getStyleClass().contains("invalid")));
        assertTrue(texts(robot, "#status").get(0).startsWith("Fix the settings to run: Consumers:"));
        robot.doubleClickOn("#setting-consumers").write("3");
        await("run is enabled again", 5, () -> !run.isDisabled());
        assertFalse(fx(() -> robot.lookup("#error-consumers").query().isVisible()));

        robot.clickOn("#lesson-pipe");
        TextInputControl message = robot.lookup("#setting-message").queryAs(TextInputControl.class);
        fx(() -> {
            // neither JSON nor a Python literal: the list is not closed
            message.setText("[\"spam\",\n 42,\n 'ovos'");
            return null;
        });
        await("run is disabled", 5, run::isDisabled);
        assertTrue(texts(robot, "#error-message").get(0).startsWith("Not valid JSON at line 3, column"),
                texts(robot, "#error-message").get(0));
    }

    @Test
    void stopDuringARunEndsEveryChildAtOnce(FxRobot robot) throws Exception {
        choose(robot, "event", "timeout", "30", "delay", "30");
        robot.clickOn("#run");
        await("both waiters run", 30, () -> vm.objects().processes().stream()
                .filter(p -> p.target() != null && p.phase() == ProcState.Phase.RUNNING).count() == 2);
        assertTrue(robot.lookup("#lessons").query().isDisabled(), "no other lesson during a run");
        robot.clickOn("#stop");
        await("the run stops", 15, () -> vm.state() == RunState.STOPPED);
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
        assertEquals("Stopped: every child process was ended.", texts(robot, "#status").get(0));
        assertFalse(robot.lookup("#lessons").query().isDisabled());
        assertFalse(robot.lookup("#run").queryButton().isDisabled());
    }
}
