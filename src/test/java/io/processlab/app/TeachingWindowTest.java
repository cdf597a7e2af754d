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
import io.processlab.app.timeline.TimelineCanvas;
import io.processlab.testing.NoChildrenLeft;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The teaching layer in the window (headless, on Monocle): the language switched during a run,
 * a concept demo's page after a real run, the keyboard shortcuts, the help overlay and presenter
 * mode.
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class TeachingWindowTest {
    private TestWindow window;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindow.show(stage, 1280, 800);
        vm = window.vm;
        view = window.view;
    }

    @AfterEach
    void end() throws Exception {
        fx(() -> {
            view.teaching().model().presenterProperty().set(false);
            return null;
        });
        window.close();
    }

    private List<String> console(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#console").queryAs(ListView.class);
        return fx(() -> list.getItems().stream().map(o -> ((ConsoleLine) o).text()).toList());
    }

    private String tab(FxRobot robot, String id) throws Exception {
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        return fx(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).map(Tab::getText).findFirst().orElse("?"));
    }

    private void choose(FxRobot robot, String lesson, String... settings) throws Exception {
        fx(() -> {
            vm.select(lesson);
            return null;
        });
        for (int i = 0; i < settings.length; i += 2) {
            TextInputControl field = robot.lookup("#setting-" + settings[i]).queryAs(TextInputControl.class);
            String value = settings[i + 1];
            fx(() -> {
                field.setText(value);
                return null;
            });
        }
    }

    @Test
    void switchingLanguageDuringARunRelabelsTheWindowKeepsTheConsoleAndTheNextRunPrintsInIt(FxRobot robot) throws Exception {
        // each worker holds its first lock for 4 s: time enough, on a loaded machine, to switch the language mid-run
        choose(robot, "deadlock", "pause", "4", "timeout", "0.3");
        robot.type(KeyCode.F5);
        await("a worker took its first lock", 60, () -> console(robot).stream().anyMatch(l -> l.contains("took lock")));
        List<String> before = console(robot);
        robot.clickOn("#lang-pt");
        assertEquals("\u25B6  Executar", robot.lookup("#run").queryButton().getText());
        assertEquals("Escalonador", tab(robot, "tab-scheduler"));
        assertEquals("C\u00f3digo", tab(robot, "tab-code"));
        assertTrue(texts(robot, "#lock-A").contains("Trava A"), texts(robot, "#lock-A").toString());
        assertTrue(vm.state().busy(), "the run goes on");
        assertEquals(before, console(robot).subList(0, before.size()), "the console keeps its lines");

        await("the run ends", 60, () -> !vm.state().busy());
        assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());
        assertTrue(console(robot).stream().anyMatch(l -> l.contains("wants lock")),
                "the run's processes print in the language the run started in: " + console(robot));
        assertTrue(texts(robot, "#status").get(0).startsWith("\u201cDeadlock: um esperando o outro"), texts(robot, "#status").toString());

        robot.type(KeyCode.F5);
        await("the second run ends", 60, () -> vm.state() == RunState.DONE && console(robot).stream().anyMatch(l -> l.contains("pegou a trava")));
        robot.clickOn("#lang-en");
        assertEquals("\u25B6  Run", robot.lookup("#run").queryButton().getText());
    }

    @Test
    void aConceptDemoShowsItsResultAndTheShortcutsWork(FxRobot robot) throws Exception {
        choose(robot, "isolation", "increments", "3");
        robot.type(KeyCode.F5);
        await("the isolation demo ends", 60, () -> vm.state() == RunState.DONE);
        await("the parent's values came", 10, () -> !texts(robot, "#parent-counter").isEmpty()
                && !texts(robot, "#parent-counter").get(0).equals("\u2014"));
        assertEquals(List.of("0"), texts(robot, "#parent-counter"));
        assertEquals(List.of("[1, 2, 3]"), texts(robot, "#parent-list"));
        assertEquals(List.of("42"), texts(robot, "#parent-global"));
        assertEquals(List.of("3"), texts(robot, "#child-counter"));
        assertEquals(List.of("[1, 2, 3, 4, 5, 6]"), texts(robot, "#child-list"));
        assertEquals(List.of("99"), texts(robot, "#child-global"));

        Node help = robot.lookup("#help-overlay").query();
        robot.type(KeyCode.F1);
        assertTrue(help.isVisible(), "F1 opens the help");
        assertTrue(texts(robot, "#help-keys").containsAll(List.of("F5 / Ctrl+R", "Run the lesson", "F10", "F11")));
        // as tall as what it says where the window has room (as tall as the window, it stood half empty)
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region card = robot.lookup(".help-card").queryAs(javafx.scene.layout.Region.class);
        double[] heights = fx(() -> new double[] {card.getHeight(), card.prefHeight(card.getWidth()), ((javafx.scene.layout.Region) help).getHeight()});
        assertTrue(heights[0] <= heights[1] + 1 && heights[0] < heights[2], "the help card " + heights[0]
                + " px tall for " + heights[1] + " px of content in a " + heights[2] + "-px window");
        robot.type(KeyCode.ESCAPE);
        assertFalse(help.isVisible(), "Esc closes it");

        ToggleButton step = robot.lookup("#step-mode").queryAs(ToggleButton.class);
        robot.type(KeyCode.F9);
        assertTrue(step.isSelected());
        robot.type(KeyCode.F9);
        assertFalse(step.isSelected());

        Parent root = view.root();
        TimelineCanvas timeline = robot.lookup(".timeline-canvas").queryAs(TimelineCanvas.class);
        robot.type(KeyCode.F11);
        await("presenter mode is on", 5, () -> root.getStyleClass().contains("presenter"));
        // the timeline 1.4 times larger, and larger still on a screen larger than 1280x720 (full screen here)
        double scale = io.processlab.app.teach.Presenter.scale(root.getScene().getWidth(), root.getScene().getHeight());
        assertEquals(1.4 * scale, timeline.scale(), 1e-9);
        assertFalse(timeline.legend());
        assertTrue(root.getStylesheets().stream().anyMatch(s -> s.endsWith("presenter.css") || s.startsWith("data:text/css")));
        assertTrue(robot.lookup("#presenter").queryAs(ToggleButton.class).isSelected());
        Node tabs = robot.lookup("#bottom-tabs").query();
        Node timelineBox = robot.lookup("#timeline-box").query();
        Node summary = robot.lookup("#explanation").query();
        await("the console stands beside the timeline, as tall as the panel and the timeline", 5, () -> {
            javafx.geometry.Bounds c = tabs.localToScene(tabs.getLayoutBounds());
            javafx.geometry.Bounds t = timelineBox.localToScene(timelineBox.getLayoutBounds());
            return c.getMinX() >= t.getMaxX() && c.getHeight() >= t.getHeight() && c.getWidth() >= 300;
        });
        assertFalse(summary.isVisible(), "the summary waits behind the header's link");
        robot.type(KeyCode.F11);
        await("presenter mode is off", 5, () -> !root.getStyleClass().contains("presenter"));
        await("the console is below the timeline again", 5, () -> tabs.localToScene(tabs.getLayoutBounds()).getMinY()
                >= timelineBox.localToScene(timelineBox.getLayoutBounds()).getMaxY());
        // a window under 1000 px keeps only the title; the summary is behind the link
        assertEquals(root.getScene().getHeight() >= MainView.FULL_HEADER_HEIGHT, summary.isVisible());
        assertEquals(1.0, timeline.scale(), 1e-9);
        assertFalse(timeline.legend(), "the legend is a row of the window, not drawn in the canvas");
        assertTrue(robot.lookup("#timeline-legend").query().isVisible(), "the legend row stays");
        assertFalse(stage.isFullScreen());
    }
}
