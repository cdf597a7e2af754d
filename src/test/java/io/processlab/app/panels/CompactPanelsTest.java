package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.App;
import io.processlab.app.i18n.I18n;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.course.Lessons;
import io.processlab.view.objects.Events;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panels laid out compact, as presenter mode shows them on a 1280x720 projector (large text,
 * about 860 pixels for the panel beside the console): the queue's five consumers with their items,
 * the pool's workers and the pipe lesson's two pipes fit the width, with no horizontal scrollbar.
 */
@ExtendWith(ApplicationExtension.class)
class CompactPanelsTest {
    /** The panel's width at 1280x720 in presenter mode (the console column takes the rest). */
    static final double ROOM = 860;

    private final ProcessPalette palette = new ProcessPalette();
    private final I18n i18n = new I18n(Locale.forLanguageTag("pt"));
    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        holder.getStyleClass().add("presenter");
        Scene scene = new Scene(holder, ROOM, 400);
        scene.getStylesheets().addAll(App.stylesheet(), App.class.getResource("/css/presenter.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void parent() {
        palette.reset(MAIN);
    }

    /** Five consumers, each holding one task, as at the queue lesson's busiest moment. */
    private static Events busyQueue() {
        Events e = Events.of().e(MAIN, "create", "tasks", "JoinableQueue").e(MAIN, "create", "results", "Queue");
        for (int i = 1; i <= 5; i++) {
            e.child(i, "queue.consumer");
        }
        for (int i = 1; i <= 5; i++) {
            e.e(MAIN, "put", "tasks", "{'a': " + i + ", 'b': " + i + "}", i);
        }
        for (int i = 1; i <= 5; i++) {
            e.e(i, "get", "tasks", "{'a': " + i + ", 'b': " + i + "}", i);
        }
        return e;
    }

    @Test
    void compactQueueShowsFiveConsumersWithTheirItemsWithinTheRoom() throws Exception {
        QueueLessonView page = new QueueLessonView(Lessons.byId("queue").orElseThrow(), i18n);
        double wide = layOut(page, busyQueue(), false);
        assertTrue(wide > ROOM, "the normal layout cannot shrink into the room: " + wide);

        double compact = layOut(page, busyQueue(), true);
        assertTrue(compact <= ROOM, "compact it fits: " + compact);
        Node consumers = page.view().lookup("#consumers");
        Node tasks = page.view().lookup("#task-queue");
        assertTrue(top(tasks) > bottom(consumers) - 1, "the queues stand under the consumers");
        List<Node> rows = page.view().lookupAll(".consumer-row").stream().toList();
        assertEquals(5, rows.size());
        for (Node row : rows) {
            assertTrue(right(row) <= ROOM, "a consumer's row with its item is not cut: " + right(row));
            assertEquals(1, row.lookupAll(".card").size(), "each row shows the task it holds");
        }
    }

    @Test
    void compactPipeLessonPutsItsTwoPipesSideBySide() throws Exception {
        Events e = Events.of()
                .e(MAIN, "create", "pipe.a", "Connection").e(MAIN, "create", "pipe.b", "Connection")
                .child(1, "pipe.sender")
                .e(1, "send", "pipe.b", "['spam', 42, 'ovos']", 1)
                .e(MAIN, "recv", "pipe.a", "['spam', 42, 'ovos']", 1)
                .e(MAIN, "create", "pipe-2.a", "Connection").e(MAIN, "create", "pipe-2.b", "Connection")
                .child(2, "pipe.communicator")
                .e(2, "send", "pipe-2.b", "{'name': 'João', 'spam': 42}", 2);
        PipeLessonView page = new PipeLessonView(Lessons.byId("pipe").orElseThrow(), i18n);
        double compact = layOut(page, e, true);
        assertTrue(compact <= ROOM, "compact it fits: " + compact);
        List<Node> columns = ((javafx.scene.Parent) page.view().lookup("#pipe-columns")).getChildrenUnmodifiable();
        assertEquals(2, columns.size());
        assertEquals(top(columns.get(0)), top(columns.get(1)), 1, "the pipes stand side by side");
        assertTrue(right(columns.get(0)) <= left(columns.get(1)));

        layOut(page, e, false);
        List<Node> boxes = ((javafx.scene.Parent) page.view()).getChildrenUnmodifiable();
        assertEquals(2, boxes.size());
        assertTrue(top(boxes.get(1)) >= bottom(boxes.get(0)),
                "the normal layout stacks them");
    }

    @Test
    void compactPoolFitsItsWorkersInTheRoom() throws Exception {
        Events e = Events.of();
        for (int i = 1; i <= 4; i++) {
            e.child(i, "pool.worker");
        }
        PoolLessonView page = new PoolLessonView(Lessons.byId("pool").orElseThrow(), i18n);
        double compact = layOut(page, e, true);
        assertTrue(compact <= ROOM, "compact it fits: " + compact);
        assertTrue(page.isCompact());
        assertTrue(page.view().getStyleClass().contains("compact"));
        layOut(page, e, false);
        assertFalse(page.view().getStyleClass().contains("compact"));
    }

    /** Shows {@code e} on {@code page} in the holder, compact or not; returns the least width it takes (the scroll pane fits it to its width down to that). */
    private double layOut(LessonPage page, Events e, boolean compact) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            page.setCompact(compact);
            page.show(e.fold(), palette);
            holder.getChildren().setAll(page.view());
            holder.applyCss();
            holder.layout();
            return ((Region) page.view()).minWidth(-1);
        }).get(20, TimeUnit.SECONDS);
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static double top(Node n) {
        return scene(n).getMinY();
    }

    private static double bottom(Node n) {
        return scene(n).getMaxY();
    }

    private static double left(Node n) {
        return scene(n).getMinX();
    }

    private static double right(Node n) {
        return scene(n).getMaxX();
    }
}
