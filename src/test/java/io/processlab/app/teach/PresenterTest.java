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
 * Presenter mode makes the window larger, never smaller: its toolbar keeps the normal window's
 * sizes, and on a screen larger than 1280x720 every other size grows with it.
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
    @CsvSource({"1280, 720, 1", "1366, 768, 1.05", "1440, 900, 1.1", "1920, 1080, 1.25", "1024, 600, 1", "3840, 2160, 1.25"})
    void theScaleIsHowMuchLargerThanA720pProjectorTheScreenIs(double w, double h, double scale) {
        assertEquals(scale, Presenter.scale(w, h), 1e-9);
    }

    @Test
    void theStyleSheetsPixelSizesAreMultipliedAndNothingElse() {
        String css = ".presenter .chip { -fx-font-size: 20px; -fx-padding: 2 10 2 10; -fx-border-color: #0b3a9c; }";
        assertEquals(".presenter .chip { -fx-font-size: 25.0px; -fx-padding: 2 10 2 10; -fx-border-color: #0b3a9c; }",
                Presenter.scaled(css, 1.25));
    }

    /**
     * The toolbar's Run and a panel's title are never smaller in presenter mode; at 1920x1080 the
     * tabs and the panel's text are larger than in the normal window (the tabs were smaller at
     * every size), and the toolbar keeps its size.
     */
    @Test
    void presenterModeIsLargerOnALargeScreenAndNeverMakesTheToolbarSmaller() throws Exception {
        double[] normal = sizes(false, 1);
        double[] presenter = sizes(true, 1);
        double[] large = sizes(true, Presenter.scale(1920, 1080));
        assertTrue(large[0] > normal[0], "tabs at 1920x1080: " + large[0] + " against " + normal[0]);
        assertEquals(normal[1], presenter[1], 1e-6, "Run in presenter mode");
        assertEquals(normal[1], large[1], 1e-6, "Run at 1920x1080");
        assertTrue(presenter[2] > normal[2] && large[2] >= presenter[2] * 1.2, "a panel's title: " + normal[2] + ", "
                + presenter[2] + ", " + large[2]);
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
