package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.RunState;
import io.processlab.app.panels.LessonPage;
import io.processlab.testing.NoChildrenLeft;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presenter mode on a 1920x1080 projector: the lesson's panel across the whole width, the timeline
 * and the tabs' column side by side under it, and the panel's cards in whichever of its two layouts
 * shows them lower after a real run. With the column as tall as the window (before), the pool's and
 * the lock's cards scrolled beside a console three parts empty.
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class PresenterLayoutTest {
    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1920, 1080);
    }

    @AfterEach
    void end() throws Exception {
        window.presenter(false);
        window.close();
    }

    @Test
    void thePanelSpansTheWindowOverTheTimelineAndTheTabsColumn(FxRobot robot) throws Exception {
        show("pool");
        Node panel = robot.lookup("#panel").query();
        Node timeline = robot.lookup("#timeline-box").query();
        Node tabs = robot.lookup("#bottom-tabs").query();
        // the split places its dividers over a few pulses after the mode changes: the three read
        // at one moment, once the panel has the window's width and the split has settled
        await("the panel takes the window's width", 5,
                () -> box(panel).getWidth() >= panel.getScene().getWidth() - 4);
        await("the split settles", 5, () -> box(timeline).getMinY() >= box(panel).getMaxY() - 1);
        Bounds[] at = fx(() -> new Bounds[] {box(panel), box(timeline), box(tabs)});
        Bounds p = at[0];
        Bounds t = at[1];
        Bounds c = at[2];
        assertTrue(t.getMinY() >= p.getMaxY() - 1 && c.getMinY() >= p.getMaxY() - 1,
                "timeline " + t + " and tabs " + c + " under the panel " + p);
        assertTrue(t.getMaxX() <= c.getMinX() + 1, "the timeline " + t + " left of the tabs " + c);
        assertEquals(t.getMinY(), c.getMinY(), 2, "the two side by side");
    }

    /** The Predict tab, read at length, keeps a column as tall as the split beside the panel over the timeline. */
    @Test
    void thePredictTabStandsAsTallAsTheSplitBesideThePanel(FxRobot robot) throws Exception {
        show("event");
        Node panel = robot.lookup("#panel").query();
        Node tabs = robot.lookup("#bottom-tabs").query();
        fx(() -> {
            javafx.scene.control.TabPane pane = (javafx.scene.control.TabPane) tabs;
            pane.getSelectionModel().select(pane.getTabs().stream()
                    .filter(t -> "tab-predict".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        await("the column beside the panel, from its top", 5, () -> {
            Bounds p = box(panel);
            Bounds c = box(tabs);
            return Math.abs(c.getMinY() - p.getMinY()) <= 2 && c.getMinX() >= p.getMaxX() - 1;
        });
    }

    /**
     * After the run the panel shows whole, in the layout that is the lower there: the queue's compact
     * one (its wide one, the task queue a narrow column in large type, 456 px for 219), the lock
     * lesson's wide one (its compact one 611 px for 440).
     */
    @ParameterizedTest(name = "{0}: compact {1}")
    @CsvSource({"queue, true", "process, false"})
    void afterARunThePanelTakesItsLowerLayoutAndShowsWhole(String lesson, boolean compact, FxRobot robot) throws Exception {
        show(lesson);
        fx(() -> {
            window.vm.run();
            return null;
        });
        await("the run ends", 60, () -> window.vm.state() == RunState.DONE);
        LessonPage page = fx(() -> window.vm.selected());
        await("the " + (compact ? "compact" : "wide") + " layout", 5,
                () -> page.view().getStyleClass().contains("compact") == compact);
        ScrollPane panel = robot.lookup("#panel").queryAs(ScrollPane.class);
        await("the panel whole", 5, () -> panel.getViewportBounds().getHeight() + 1
                >= ((javafx.scene.layout.Region) panel.getContent()).getHeight());
    }

    /** The lesson chosen, in presenter mode. */
    private void show(String lesson) throws Exception {
        fx(() -> {
            window.vm.select(lesson);
            return null;
        });
        window.presenter(true);
    }

    private static Bounds box(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }
}
