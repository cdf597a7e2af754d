package io.processlab.app;

import static io.processlab.app.TestWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.app.i18n.I18n;
import io.processlab.app.screenshots.Layout;
import io.processlab.app.screenshots.LayoutAudit;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter's column at 1280x720, in Portuguese, holds its tab row whole, the fifth tab being
 * Predict ("Preveja"), whichever tab is chosen: the narrow column (console) and the wide one (Code,
 * Scheduler, Predict).
 */
@ExtendWith(ApplicationExtension.class)
class TabRowTest {
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

    @ParameterizedTest(name = "{0} chosen")
    @ValueSource(strings = {"tab-console", "tab-scheduler", "tab-code", "tab-predict"})
    void fiveTabsFitTheirRowInPortugueseAtPresenterSize(String chosen) throws Exception {
        fx(() -> {
            window.i18n.setLocale(I18n.PORTUGUESE);
            new GridWindow(stage, window.view).layout(new Layout(1280, 720, true));
            TabPane tabs = window.view.bottomTabs();
            assertEquals(5, tabs.getTabs().size(), "console, wire, Code, Scheduler, Predict");
            assertEquals("Preveja", tabs.getTabs().get(4).getText());
            tabs.getTabs().stream().filter(t -> chosen.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
        List<String> problems = fx(() -> LayoutAudit.check(stage.getScene())).stream()
                .filter(p -> p.contains("bottom-tabs")).toList();
        assertEquals(List.of(), problems);
    }
}
