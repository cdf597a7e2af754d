package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.testing.NoChildrenLeft;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run that ran and was not saved is not lost without a word: quitting, or choosing another
 * lesson, asks first, and "Keep the run" keeps it (and the window, and the lesson).
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class LeaveRunWindowTest {
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

    private void runPipe(FxRobot robot) throws Exception {
        fx(() -> {
            vm.select("pipe");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#run");
        await("the run ends", 60, () -> vm.state() != RunState.IDLE && !vm.state().busy());
        assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());
    }

    /** Asks whether the window may quit, answers with the button {@code id}, and gives the answer. */
    private boolean quitAnswered(FxRobot robot, String id, String expectedButton) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(window.view.mayQuit()));
        await("the question", 15, () -> robot.lookup("#" + id).tryQuery().isPresent());
        assertEquals("Quit", robot.lookup("#discard-go").queryAs(Labeled.class).getText());
        assertTrue(expectedButton.isEmpty() || robot.lookup("#" + id).queryAs(Labeled.class).getText()
                .equals(expectedButton));
        robot.clickOn("#" + id);
        return answer.get(15, TimeUnit.SECONDS);
    }

    @Test
    void quittingAfterAnUnsavedRunAsksAndKeepingTheRunKeepsTheWindow(FxRobot robot) throws Exception {
        assertTrue(fx(() -> window.view.mayQuit()), "nothing ran: the window quits without a question");
        runPipe(robot);
        assertFalse(quitAnswered(robot, "discard-keep", "Keep the run"), "Keep the run: the window stays");
        assertEquals(RunState.DONE, vm.state(), "the run is still shown");
        assertTrue(quitAnswered(robot, "discard-go", "Quit"), "Quit: the window goes");
    }

    @Test
    void choosingAnotherLessonAfterAnUnsavedRunAsksAndKeepingTheRunKeepsTheLesson(FxRobot robot) throws Exception {
        runPipe(robot);
        ListView<?> lessons = robot.lookup("#lessons").queryAs(ListView.class);
        // later, not waited for: the question waits for its answer on the FX thread
        Platform.runLater(() -> lessons.getSelectionModel().select(0));
        await("the question", 15, () -> robot.lookup("#discard-keep").tryQuery().isPresent());
        assertEquals("Choose the lesson", robot.lookup("#discard-go").queryAs(Labeled.class).getText());
        robot.clickOn("#discard-keep");
        await("the pipe lesson is chosen again", 15, () -> "pipe".equals(vm.selected().id()));
        assertEquals(RunState.DONE, vm.state(), "the run is still shown");
    }
}
