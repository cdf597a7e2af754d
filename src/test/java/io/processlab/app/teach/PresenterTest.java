package io.processlab.app.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.App;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode makes the window larger, never smaller: its tabs and toolbar buttons are at least
 * as large as in the normal window, and on a screen larger than 1280x720 every size grows with it.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterTest {
    private VBox root;
    private TabPane tabs;
    private Button run;

    @Start
    void start(Stage stage) {
        tabs = new TabPane(new Tab("Console", new Label("x")), new Tab("Wire (JSON)", new Label("y")));
        run = new Button("Run");
        run.getStyleClass().add("tool-button");
        VBox toolbar = new VBox(run);
        toolbar.setId("toolbar");
        Label panelText = new Label("A panel's text");
        panelText.getStyleClass().add("box-title");
        root = new VBox(toolbar, panelText, tabs);
        Scene scene = new Scene(root, 800, 400);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest(name = "{0}x{1}: scale {2}")
    @CsvSource({"1280, 720, 1", "1366, 768, 1.05", "1440, 900, 1.1", "1920, 1080, 1.35", "1024, 600, 1", "3840, 2160, 1.35"})
    void theScaleIsHowMuchLargerThanA720pProjectorTheScreenIs(double w, double h, double scale) {
        assertEquals(scale, Presenter.scale(w, h), 1e-9);
    }

    @Test
    void theStyleSheetsPixelSizesAreMultipliedAndNothingElse() {
        String css = ".presenter .chip { -fx-font-size: 20px; -fx-padding: 2 10 2 10; -fx-border-color: #0b3a9c; }";
        assertEquals(".presenter .chip { -fx-font-size: 27.0px; -fx-padding: 2 10 2 10; -fx-border-color: #0b3a9c; }",
                Presenter.scaled(css, 1.35));
    }

    @Test
    void presenterTabsAndToolbarAreNeverSmallerThanNormalAndGrowOnALargeScreen() throws Exception {
        double[] normal = sizes(false, 1);
        double[] presenter = sizes(true, 1);
        double[] large = sizes(true, Presenter.scale(1920, 1080));
        for (int i = 0; i < normal.length; i++) {
            assertTrue(presenter[i] >= normal[i] - 1e-6, "presenter " + presenter[i] + " < normal " + normal[i] + " (" + i + ")");
            assertTrue(large[i] > presenter[i] * 1.3, "at 1920x1080 " + large[i] + " against " + presenter[i] + " (" + i + ")");
        }
    }

    /** The font sizes of a tab's label, the Run button and a panel's title, styled so. */
    private double[] sizes(boolean on, double scale) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Presenter.style(on, root, scale);
            root.applyCss();
            root.layout();
        }).get(10, TimeUnit.SECONDS);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<Double> out = new ArrayList<>();
            for (Node n : tabs.lookupAll(".tab-label")) {
                out.add(((Label) n).getFont().getSize());
                break;
            }
            out.add(run.getFont().getSize());
            out.add(((Label) root.getChildren().get(1)).getFont().getSize());
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }).get(10, TimeUnit.SECONDS);
    }
}
