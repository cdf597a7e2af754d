package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.app.CentreSplit.Needs;
import io.processlab.app.fx.FxCall;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The split in a real scene that is made smaller or larger (a window restored from maximized, the
 * screenshot grid going from 1920x1080 to 1280x720): the parts end where {@link CentreSplit#heights}
 * puts them for the new height. The split pane keeps the panel and the console at their pixel
 * heights when it shrinks, so the timeline lost all its lanes unless the dividers were placed again
 * after the split pane's own layout.
 */
class CentreSplitResizeTest {
    @BeforeAll
    static void startFx() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0} px high, then {1} px")
    @CsvSource({"950, 590", "590, 950", "950, 640"})
    void afterAResizeThePartsHaveTheHeightsTheSplitGivesThem(double before, double after) throws Exception {
        Needs needs = new Needs(260, 290, 0);
        Stage stage = fx(() -> {
            CentreSplit split = new CentreSplit(new Region(), new Region(), new Region());
            split.setNeeds(needs);
            Stage s = new Stage();
            s.setScene(new Scene(split.root(), 1000, before));
            s.show();
            return s;
        });
        pulses(5);
        // what a window made smaller or larger does to the split
        fx(() -> {
            stage.setHeight(after + stage.getHeight() - stage.getScene().getHeight());
            return null;
        });
        pulses(5);
        double[] got = fx(() -> {
            SplitPane sp = (SplitPane) stage.getScene().getRoot().lookup("#centre-split");
            double[] h = new double[4];
            for (int i = 0; i < 3; i++) {
                h[i] = ((Region) sp.getItems().get(i)).getHeight();
            }
            h[3] = sp.getHeight();
            stage.close();
            return h;
        });
        double[] want = CentreSplit.heights(got[3], needs);
        assertEquals(after, got[3], 2, "the split's own height");
        assertEquals(want[1], got[1], 12, "the timeline");
        assertEquals(want[0], got[0], 12, "the panel");
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        return FxCall.supply(work).get(30, TimeUnit.SECONDS);
    }

    /** Lets the toolkit run a few pulses (layout passes and what they posted). */
    private static void pulses(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            fx(() -> null);
            Thread.sleep(40);
        }
    }
}
