package io.processlab.app;

import static io.processlab.app.TestWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.model.ConsoleViewModel;
import io.processlab.app.style.ProcessPalette;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's two arrangements: the tag beside its line (a wide list), or above it with the
 * line wrapped (a narrow list, and always beside the timeline in presenter mode), where no line
 * is cut and no horizontal scrollbar shows, whatever width the cells were first laid out at.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    private static final String LONG = "process running 0: name=Process-2, pid=29153, and a little more to say";

    private static final String PATH = "java -cp target/classes:target/lib/gson-2.13.2.jar io.processlab.child.Main";

    private ConsoleView console;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        ConsoleViewModel model = new ConsoleViewModel(new ProcessPalette());
        io.processlab.view.objects.Events e = io.processlab.view.objects.Events.of();
        for (int i = 1; i <= 6; i++) {
            e.child(i, "t").print(i, LONG);
        }
        e.child(7, "t").print(7, PATH);
        model.accept(e.list());
        console = new ConsoleView(model);
        holder = new StackPane(console.root());
        Scene scene = new Scene(holder, 1000, 400);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void besideTheTimelineEveryLineStandsUnderItsTagAndWrapsWithoutAHorizontalScrollbar() throws Exception {
        fx(() -> settle());
        assertFalse(console.isStacked(), "a wide console keeps the tag beside the line");
        assertFalse(cells().isEmpty(), "cells are shown");
        assertTrue(cells().stream().noneMatch(c -> c.getGraphic() instanceof VBox));

        // presenter mode: first the column is still wide, then it narrows as the split settles
        fx(() -> {
            console.setStacked(true);
            return settle();
        });
        assertTrue(console.isStacked(), "stacked even while the list is wide");
        fx(() -> {
            ((javafx.scene.layout.Region) console.root()).setMaxWidth(380);
            return settle();
        });
        List<ListCell<?>> cells = cells();
        assertTrue(cells.size() >= 2, "cells are shown");
        for (ListCell<?> c : cells) {
            assertTrue(c.getGraphic() instanceof VBox, "the tag stands above its line");
        }
        assertFalse(horizontalBarShown(), "no horizontal scrollbar");

        fx(() -> {
            console.setStacked(false);
            ((javafx.scene.layout.Region) console.root()).setMaxWidth(Double.MAX_VALUE);
            return settle();
        });
        assertFalse(console.isStacked(), "out of presenter mode a wide console puts the tag beside the line again");
        assertEquals(0, cells().stream().filter(c -> c.getGraphic() instanceof VBox).count());
    }

    @Test
    void aLongLineBesideItsTagWrapsWhole() throws Exception {
        fx(() -> {
            ((javafx.scene.layout.Region) console.root()).setMaxWidth(760);
            return settle();
        });
        assertFalse(console.isStacked(), "760 px keeps the tag beside the line");
        assertFalse(horizontalBarShown(), "no horizontal scrollbar");
        List<String> cut = fx(() -> io.processlab.app.screenshots.LayoutAudit.check(console.root().getScene()).stream()
                .filter(p -> p.startsWith("text cut")).toList());
        assertTrue(cut.isEmpty(), String.join("\n", cut));
    }

    @Test
    void aLongCommandLineBreaksAfterASpaceOrPunctuationNeverInsideAName() throws Exception {
        fx(() -> {
            console.setStacked(true);
            ((javafx.scene.layout.Region) console.root()).setMaxWidth(380);
            return settle();
        });
        fx(() -> {
            ((javafx.scene.control.ListView<?>) console.root()).scrollTo(6);
            return settle();
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> settle());
        String shown = fx(() -> console.root().lookupAll(".console-text").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())
                .filter(t -> t != null && t.replace("\n", "").startsWith("java"))
                .findFirst().orElse(null));
        List<String> all = fx(() -> console.root().lookupAll(".console-text").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertTrue(shown != null && shown.contains("\n"), "the line is broken into rows: " + all);
        int r = 0;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\n') {
                char before = PATH.charAt(r - 1);
                boolean atSpace = PATH.charAt(r) == ' ';
                assertTrue(atSpace || ",(.[:/".indexOf(before) >= 0, "a row ends inside a name at "
                        + PATH.substring(0, r) + "|" + PATH.substring(r));
                r += atSpace ? 1 : 0;
            } else {
                assertEquals(PATH.charAt(r), c, "the line keeps its characters");
                r++;
            }
        }
        assertEquals(PATH.length(), r, "no character lost");
    }

    private Object settle() {
        holder.applyCss();
        holder.layout();
        // the cells refreshed by a change of arrangement are laid out in the next pass
        holder.layout();
        return null;
    }

    private List<ListCell<?>> cells() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> console.root().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null && c.isVisible())
                .<ListCell<?>>map(n -> (ListCell<?>) n).toList());
    }

    private boolean horizontalBarShown() throws Exception {
        return fx(() -> {
            for (Node n : console.root().lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()) {
                    return true;
                }
            }
            return false;
        });
    }
}
