package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.WireViewModel;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wire tab on a short screen: at 1280x720 it is about 140 pixels tall, and its hint's row
 * would leave the JSON one line; there the hint moves into the filter's tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class WireViewRoomTest {
    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        stage.setScene(new Scene(holder, 700, 500));
        stage.show();
    }

    @ParameterizedTest
    @CsvSource({"140, false", "400, true"})
    void aShortWireTabGivesTheHintsRowToItsLinesAndKeepsTheHintInTheFiltersTooltip(double height, boolean hintShown)
            throws Exception {
        I18n i18n = new I18n(Locale.ENGLISH);
        WireView view = new WireView(new WireViewModel(i18n), i18n);
        double[] listHeight = WaitForAsyncUtils.asyncFx(() -> {
            Region r = (Region) view.root();
            r.setMinSize(700, height);
            r.setMaxSize(700, height);
            holder.getChildren().setAll(r);
            holder.applyCss();
            holder.layout();
            holder.layout();
            return new double[] {((ListView<?>) r.lookup("#wire")).getHeight()};
        }).get(20, TimeUnit.SECONDS);
        Node hint = view.root().lookupAll(".muted").stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && l.getText().equals(i18n.get("wire.hint")))
                .findFirst().orElseThrow();
        assertEquals(hintShown, hint.isVisible() && hint.isManaged());
        TextField filter = (TextField) view.root().lookup("#wire-filter");
        assertNotNull(filter.getTooltip());
        assertEquals(i18n.get("wire.hint"), filter.getTooltip().getText());
        assertTrue(listHeight[0] >= height - 50, "the lines take the tab but for one row: " + listHeight[0]);
    }
}
