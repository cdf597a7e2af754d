package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;

import io.processlab.app.panels.LessonPage;
import io.processlab.testing.NoChildrenLeft;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A short window (a 1280x720 screen) lays the lesson's panel out low, a taller one (the default
 * 1440x900) does not: the window tells the page as its height changes. (Presenter mode takes the
 * whole screen, 1920x1080 in the tests: its low layout at 1280x720 is seen in the screenshots' grid.)
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class LowWindowTest {
    private TestWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindow.show(stage, 1280, 720);
    }

    @AfterEach
    void end() throws Exception {
        window.presenter(false);
        window.close();
    }

    @Test
    void aShortWindowLaysThePanelOutLowATallOneDoesNot() throws Exception {
        fx(() -> {
            window.vm.select("process");
            return null;
        });
        LessonPage page = fx(() -> window.vm.selected());
        await("low in a 1280x720 window", 5, () -> low(page));
        fx(() -> {
            stage.setHeight(900);
            return null;
        });
        await("not low in a 900 px window", 5, () -> !low(page));
        fx(() -> {
            stage.setHeight(720);
            return null;
        });
        await("low again at 720 px", 5, () -> low(page));
    }

    private static boolean low(LessonPage page) throws Exception {
        return fx(() -> page.view().getStyleClass().contains("low"));
    }
}
