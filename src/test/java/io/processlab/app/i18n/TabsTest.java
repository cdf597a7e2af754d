package io.processlab.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tab's content joins the window when the tab is first chosen, styled and laid out before anyone asks its size. */
@ExtendWith(ApplicationExtension.class)
class TabsTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private TabPane pane;
    private Tab console;
    private Tab code;
    private VBox codeContent;
    private Label codeLine;

    @Start
    void start(Stage stage) {
        Label consoleLine = new Label("console");
        codeLine = new Label("a line of code that wraps when the tab is narrow, and only then, as labels do");
        codeLine.setWrapText(true);
        codeLine.setStyle("-fx-font-size: 20px;");
        codeContent = new VBox(codeLine);
        console = Tabs.of(i18n, "tab.console", consoleLine);
        code = Tabs.of(i18n, "tab.code", codeContent);
        pane = new TabPane(console, code);
        stage.setScene(new Scene(pane, 300, 300));
        stage.show();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aTabNotChosenHasItsContentOnlyOnceChosenAndThenStyledAndLaidOutAtThePanesWidth() throws Exception {
        List<String> seen = new ArrayList<>();
        fx(() -> {
            Tabs.contentWhenChosen(pane);
            assertTrue(console.getContent() instanceof Label, "the chosen tab keeps its content");
            assertNull(code.getContent(), "the other tab's content waits");
            // a listener added after, as the window's own: it finds the content in place and measured
            pane.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
                if (t == code) {
                    seen.add(code.getContent() == codeContent ? "in place" : "missing");
                    seen.add(String.valueOf(codeLine.getFont().getSize()));
                    seen.add(String.valueOf(codeContent.getWidth() > 200));
                }
            });
            pane.getSelectionModel().select(code);
            return null;
        });
        assertEquals(List.of("in place", "20.0", "true"), seen);
        fx(() -> {
            pane.getSelectionModel().select(console);
            pane.getSelectionModel().select(code);
            return null;
        });
        assertSame(codeContent, code.getContent(), "put in once, and kept");
        assertTrue(seen.size() == 6 && seen.subList(3, 6).equals(List.of("in place", "20.0", "true")));
    }
}
