package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static io.processlab.app.TestWindow.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.study.PredictViewModel;
import io.processlab.study.Verdict;
import io.processlab.testing.NoChildrenLeft;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Predict tab in the window (headless, on Monocle): answer with a click, run, read the verdict, show the moment. */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class PredictWindowTest {
    private TestWindow window;
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1280, 720);
        vm = window.vm;
        view = window.view;
    }

    @AfterEach
    void end() throws Exception {
        window.close();
    }

    @Test
    void anAnswerChosenWithItsRadioButtonIsLockedDuringTheRunCheckedAfterItAndItsMomentShown(FxRobot robot) throws Exception {
        fx(() -> {
            vm.select("event");
            TabPane tabs = view.bottomTabs();
            Tab predict = tabs.getTabs().stream().filter(t -> t.getId().equals("tab-predict")).findFirst().orElseThrow();
            assertEquals("Predict", predict.getText());
            tabs.getSelectionModel().select(predict);
            return null;
        });
        for (String[] kv : new String[][] {{"timeout", "0.2"}, {"delay", "2"}}) {
            TextInputControl field = robot.lookup("#setting-" + kv[0]).queryAs(TextInputControl.class);
            fx(() -> {
                field.setText(kv[1]);
                return null;
            });
        }
        RadioButton fals = robot.lookup("#predict-q0 .radio-button").queryAllAs(RadioButton.class).stream()
                .filter(b -> "False".equals(b.getUserData())).findFirst().orElseThrow();
        fx(() -> {
            fals.fire(); // as a click does (the button may be scrolled below the tab's fold)
            return null;
        });
        PredictViewModel p = view.predict();
        assertEquals("False", p.rows().get(0).chosenProperty().get(), "the radio button chose it");
        assertTrue(fals.isSelected());
        robot.clickOn("#run");
        assertTrue(fx(() -> robot.lookup("#predict-q0 .radio-button").queryAllAs(RadioButton.class).stream()
                .allMatch(RadioButton::isDisabled)), "locked while the run goes");
        await("the run ends", 60, () -> vm.state() == RunState.DONE);
        await("the verdict shows", 10, () -> !robot.lookup("#predict-q0-verdict").queryAll().isEmpty());
        Verdict v = p.rows().get(0).verdictProperty().get();
        assertEquals(Verdict.Grade.RIGHT, v.grade(), "its timeout ended well before the set: " + v.answer() + " " + vm.recording().settings());
        assertTrue(texts(robot, "#predict-q0-verdict").get(0).startsWith("Right."), texts(robot, "#predict-q0-verdict").toString());
        assertTrue(texts(robot, "#predict-q0-yours").get(0).endsWith("False"));
        assertTrue(texts(robot, "#predict-counts").get(0).startsWith("1 of 11 predictions checked by a run"),
                texts(robot, "#predict-counts").toString());

        javafx.scene.control.Button moment = robot.lookup("#predict-q0-moment").queryButton();
        fx(() -> {
            moment.fire();
            return null;
        });
        assertEquals(v.answer().moment().tUs(), (long) fx(() -> vm.player().time()), "the scrubber is at the deciding event");
        assertFalse(fx(() -> vm.player().isFollowing()));
        javafx.scene.control.Button again = robot.lookup("#predict-again").queryButton();
        fx(() -> {
            again.fire();
            return null;
        });
        assertFalse(fx(() -> p.lockedProperty().get()));
        assertTrue(robot.lookup("#predict-q0-verdict").queryAll().isEmpty(), "a new prediction");
    }
}
