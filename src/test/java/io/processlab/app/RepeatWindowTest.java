package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Run ×N driven as a user would: the toolbar's spinner and button, the series' own window with
 * its progress and counts, and a run chosen there shown in the main window as an opened run.
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class RepeatWindowTest {
    private TestWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1280, 800);
        vm = window.vm;
    }

    @AfterEach
    void end() throws Exception {
        fx(() -> {
            for (Window w : Window.getWindows().stream().toList()) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    s.close();
                }
            }
            return null;
        });
        window.close();
    }

    @Test
    void threeRunsOfTheProcessLessonAreCountedAndOneClickShowsARunInTheMainWindow(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-process");
        TextInputControl children = robot.lookup("#setting-children").queryAs(TextInputControl.class);
        Spinner<?> times = robot.lookup("#repeat-times").queryAs(Spinner.class);
        fx(() -> {
            children.setText("2");
            times.getEditor().setText("3");
            times.commitValue();
            return null;
        });
        robot.clickOn("#run-repeat");
        Label status = robot.lookup("#repeat-status").queryAs(Label.class);
        await("the three runs end", 90, () -> "3 runs done".equals(status.getText()));
        TableView<?> counts = robot.lookup("#repeat-counts").queryAs(TableView.class);
        TableView<?> runs = robot.lookup("#repeat-runs").queryAs(TableView.class);
        int counted = fx(() -> counts.getItems().stream()
                .mapToInt(r -> ((io.processlab.app.study.RepeatViewModel.CountRow) r).count()).sum());
        assertEquals(3, counted, "the counts add up to the runs");
        assertEquals(3, (int) fx(() -> runs.getItems().size()));
        Window repeat = fx(() -> status.getScene().getWindow());
        assertTrue(fx(() -> repeat instanceof Stage s && s.getOwner() == robot.lookup("#toolbar").query()
                .getScene().getWindow()), "the series' window is the main window's own");

        for (boolean presenter : new boolean[] {false, true}) {
            for (java.util.Locale lang : java.util.List.of(java.util.Locale.ENGLISH, I18n.PORTUGUESE)) {
                java.util.List<String> problems = fx(() -> {
                    window.view.teaching().model().presenterProperty().set(presenter);
                    window.i18n.setLocale(lang);
                    Stage s = (Stage) repeat;
                    s.setWidth(1240);
                    s.setHeight(680);
                    s.getScene().getRoot().applyCss();
                    s.getScene().getRoot().layout();
                    java.util.List<String> found = io.processlab.app.screenshots.LayoutAudit.check(s.getScene());
                    found.remove("the timeline's colour legend is missing"); // this window has no timeline
                    return found;
                });
                assertEquals(java.util.List.of(), problems, "the series' window at 1280x720, presenter " + presenter + ", " + lang);
                assertEquals(lang == I18n.PORTUGUESE ? "Processos e uma trava \u00d73" : "Processes and a lock \u00d73",
                        fx(() -> ((Stage) repeat).getTitle()), "the window is named by the lesson's title in its language");
            }
        }
        fx(() -> {
            window.view.teaching().model().presenterProperty().set(false);
            window.i18n.setLocale(java.util.Locale.ENGLISH);
            return null;
        });
        fx(() -> {
            runs.getSelectionModel().select(1);
            return null;
        });
        await("run 2 is shown in the main window", 10, () -> vm.isOpened());
        assertTrue(vm.noticeProperty().get().text().startsWith("Opened run 2 of Processes and a lock \u00d73"),
                vm.noticeProperty().get().text());
        assertEquals("process", vm.selected().id());
        assertEquals(1, fx(() -> vm.traceProperty().get().ofKind(Kinds.END).size()), "the whole run, ended");
        assertEquals(4, fx(() -> vm.objects().processes().size()), "the parent, its first child and two more");
    }
}
