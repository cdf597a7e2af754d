package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.App;
import io.processlab.app.i18n.I18n;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.course.Lessons;
import io.processlab.view.objects.Events;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event panel in the normal window on a 1280x720 screen: the split gives it about 250 px (the
 * console its tabs and two lines, the timeline three lanes). Its lamp with "NOT SET", who waits,
 * who woke and who gave up must all show there; the lists stood one over the other (about 300 px)
 * and "gave up: timeout" was below the edge.
 */
@ExtendWith(ApplicationExtension.class)
class EventPanelRoomTest {
    /** The panel's width at 1280x720 (the centre less the panel's scrollbar), and the height it gets there. */
    static final double WIDTH = 954;
    static final double HEIGHT = 240;

    private final ProcessPalette palette = new ProcessPalette();
    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        Scene scene = new Scene(holder, WIDTH, 600);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void theLampAndTheThreeListsStandWholeInA720pWindowsPanel(String lang) throws Exception {
        palette.reset(MAIN);
        EventLessonView page = new EventLessonView(Lessons.byId("event").orElseThrow(), new I18n(Locale.forLanguageTag(lang)));
        Events e = Events.of().e(MAIN, "create", "event", "Event").child(1, "event.wait").child(2, "event.wait_timeout")
                .e(1, "event-wait", "event", null).e(2, "event-wait", "event", "timeout 2.0 s")
                .e(2, "event-wake", "event", "timeout");
        double h = WaitForAsyncUtils.asyncFx(() -> {
            page.setCompact(false);
            page.show(e.fold(), palette);
            Region r = (Region) page.view();
            holder.getChildren().setAll(r);
            holder.applyCss();
            double need = r.prefHeight(WIDTH);
            r.setMinSize(WIDTH, need);
            r.setMaxSize(WIDTH, need);
            StackPane.setAlignment(r, javafx.geometry.Pos.TOP_LEFT);
            holder.layout();
            return need;
        }).get(20, TimeUnit.SECONDS);
        assertTrue(h <= HEIGHT, "the panel's height: " + h);
        assertTrue(((Region) page.view()).prefWidth(-1) <= WIDTH, "its wide layout fits the width");
        Node gaveUp = page.view().lookup("#event-timed-out");
        Node flag = page.view().lookup("#event-flag");
        for (Node n : new Node[] {gaveUp, flag}) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxY() <= HEIGHT && b.getMaxX() <= WIDTH + 1, n.getId() + " within the room: " + b);
        }
        Node waiting = page.view().lookup("#event-waiting");
        assertEquals(waiting.localToScene(waiting.getLayoutBounds()).getMinY(),
                gaveUp.localToScene(gaveUp.getLayoutBounds()).getMinY(), 30, "who gave up beside who waits");
    }

    /** A long name tag ("P1043300 · 1043300") stays inside its list's card, which widens for it. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void aNameTagNeverRunsPastItsListsCard(String lang) throws Exception {
        palette.reset(MAIN);
        EventLessonView page = new EventLessonView(Lessons.byId("event").orElseThrow(), new I18n(Locale.forLanguageTag(lang)));
        long waiter = 1043300;
        Events e = Events.of().e(MAIN, "create", "event", "Event").child(1, "event.wait").child(waiter, "event.wait_timeout")
                .e(1, "event-wait", "event", null).e(waiter, "event-wait", "event", "timeout 2.0 s")
                .e(waiter, "event-wake", "event", "timeout");
        double[] edges = WaitForAsyncUtils.asyncFx(() -> {
            page.setCompact(false);
            page.show(e.fold(), palette);
            Region r = (Region) page.view();
            holder.getChildren().setAll(r);
            holder.applyCss();
            r.setMinSize(WIDTH, 200);
            r.setMaxSize(WIDTH, 400);
            StackPane.setAlignment(r, javafx.geometry.Pos.TOP_LEFT);
            holder.layout();
            javafx.scene.Parent list = (javafx.scene.Parent) page.view().lookup("#event-timed-out");
            Node chip = list.getChildrenUnmodifiable().get(0);
            Node card = list.getParent();
            return new double[] {chip.localToScene(chip.getLayoutBounds()).getMaxX(),
                card.localToScene(card.getLayoutBounds()).getMaxX()};
        }).get(20, TimeUnit.SECONDS);
        assertTrue(edges[0] <= edges[1] + 0.5, "the tag ends at " + edges[0] + ", its card at " + edges[1]);
    }
}
