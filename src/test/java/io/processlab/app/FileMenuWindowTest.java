package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.RunState;
import io.processlab.testing.NoChildrenLeft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The File menu used with the mouse, as a teacher does: each item does what it says. */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class FileMenuWindowTest {
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1280, 720);
    }

    @AfterEach
    void end() throws Exception {
        window.close();
    }

    @Test
    void exportForPerfettoClickedWithTheMouseWritesTheTrace(FxRobot robot) throws Exception {
        Path target = dir.resolve("run.json");
        fx(() -> {
            window.view.files().saveDialog(c -> target.toFile());
            window.vm.settingsOf("process").field("children").textProperty().set("1");
            return null;
        });
        robot.clickOn("#run");
        await("the run ends", 60, () -> window.vm.state() != RunState.IDLE && !window.vm.state().busy());
        robot.clickOn("#file-menu");
        robot.clickOn("Export for Perfetto / chrome://tracing\u2026");
        await("the trace is written", 20, () -> Files.exists(target));
        String json = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(json.contains("traceEvents"), json.substring(0, Math.min(200, json.length())));
        await("the notice says where", 10, () -> window.vm.noticeProperty().get() != null);
        assertTrue(window.vm.noticeProperty().get().text().contains(target.toString()));
    }

    @Test
    void quitClosesTheWindowTheWayItsCloseButtonDoes(FxRobot robot) throws Exception {
        int[] quits = {0};
        fx(() -> {
            window.view.files().onQuit(() -> quits[0]++);
            return null;
        });
        robot.clickOn("#file-menu");
        robot.clickOn("Quit");
        await("Quit was chosen", 10, () -> quits[0] == 1);
        assertEquals(1, quits[0]);
    }
}
