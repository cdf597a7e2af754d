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
        assertTrue(texts(robot, "#predict-counts").get(0).startsWith("In all lessons: 1 of 11 predictions checked by a run"),
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

    /**
     * Before the run at 1280x720, normal and presenter, English and Portuguese: every choice of the
     * first question is whole in the tab's viewport without scrolling (only "True" showed, the
     * rest below the edge of a short pane).
     */
    @Test
    void everyChoiceOfTheFirstQuestionIsInSightWithoutScrollingInBothLanguagesAndModes(FxRobot robot) throws Exception {
        fx(() -> {
            vm.select("event");
            TabPane tabs = view.bottomTabs();
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getId().equals("tab-predict")).findFirst().orElseThrow());
            return null;
        });
        for (boolean presenter : new boolean[] {false, true}) {
            for (java.util.Locale lang : java.util.List.of(java.util.Locale.ENGLISH, io.processlab.app.i18n.I18n.PORTUGUESE)) {
                fx(() -> {
                    view.teaching().model().presenterProperty().set(presenter);
                    window.i18n.setLocale(lang);
                    return null;
                });
                String where = (presenter ? "presenter, " : "normal, ") + lang;
                try {
                    await("every choice in sight (" + where + ")", 5, () -> choicesOutOfSight(robot).isEmpty());
                } catch (AssertionError e) {
                    throw new AssertionError(where + ": out of sight: " + fx(() -> choicesOutOfSight(robot)), e);
                }
            }
        }
        fx(() -> {
            view.teaching().model().presenterProperty().set(false);
            window.i18n.setLocale(java.util.Locale.ENGLISH);
            return null;
        });
    }

    /** The first question's choices that are not whole inside the Predict tab's viewport (on the FX thread). */
    private static java.util.List<String> choicesOutOfSight(FxRobot robot) {
        javafx.scene.Node port = robot.lookup(".predict-scroll .viewport").query();
        javafx.geometry.Bounds seen = port.localToScene(port.getBoundsInLocal());
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<RadioButton> choices = robot.lookup("#predict-q0 .radio-button").queryAllAs(RadioButton.class).stream().toList();
        for (RadioButton b : choices) {
            javafx.geometry.Bounds at = b.localToScene(b.getBoundsInLocal());
            if (at.getMinY() < seen.getMinY() - 1 || at.getMaxY() > seen.getMaxY() + 1 || at.getMinX() < seen.getMinX() - 1
                    || at.getMaxX() > seen.getMaxX() + 1) {
                out.add(b.getText() + " at " + Math.round(at.getMinY()) + ".." + Math.round(at.getMaxY()) + " of "
                        + Math.round(seen.getMinY()) + ".." + Math.round(seen.getMaxY()));
            }
        }
        if (choices.size() < 2) {
            out.add("only " + choices.size() + " choices");
        }
        return out;
    }
}
