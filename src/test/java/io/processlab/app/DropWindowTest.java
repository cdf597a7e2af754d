package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static io.processlab.app.TestWindow.texts;
import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Dropping files on the window (headless, on Monocle): the drag events the system sends, with the
 * files on a dragboard, fired at the timeline under the pointer. A saved run opens; a refused drop says why
 * and leaves the window as it was.
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class DropWindowTest {
    @TempDir
    Path dir;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1280, 720);
    }

    @AfterEach
    void end() throws Exception {
        window.close();
    }

    /** A dragboard's content without the system's clipboard. */
    static final class HeldClipboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (Pair<DataFormat, Object> p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    /** What the drag over and the drop said: the mode the window accepted, whether the drop completed. */
    record Dropped(TransferMode accepted, boolean completed) {
    }

    /** Drags {@code files} over {@code target} and drops them there, as the system does (FX thread). */
    private static Dropped drop(Node target, List<File> files) {
        Dragboard board = DragboardHelper.createDragboard(new HeldClipboard());
        board.setContent(Map.of(DataFormat.FILES, files));
        DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, 200, 200, 200, 200, TransferMode.COPY, null, null, null);
        Event.fireEvent(target, over);
        DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, board, 200, 200, 200, 200, TransferMode.COPY,
                null, null, null);
        Event.fireEvent(target, dropped);
        return new Dropped(over.getAcceptedTransferMode(), dropped.isDropCompleted());
    }

    /** Where a user drops a run: on the timeline (the events bubble up from there, as the system's do). */
    private static Node timeline(FxRobot robot) {
        return robot.lookup("#timeline-box").query();
    }

    private Path savedQueueRun() throws Exception {
        List<ProcessInfo> procs = List.of(new ProcessInfo(MAIN, "MainProcess", "main", null),
                new ProcessInfo(1, "P1", "child", "t"), new ProcessInfo(2, "P2", "child", "t"));
        Path file = dir.resolve("dropped.processlab");
        TraceFile.save(file, "queue", JsonParser.parseString("{\"consumers\": 2, \"tasks\": 2, \"task_seconds\": 0.5}")
                .getAsJsonObject(), Trace.of(procs, SampleRuns.QUEUE));
        return file;
    }

    @Test
    void aSavedRunDroppedOnTheWindowIsOpened(FxRobot robot) throws Exception {
        Path run = savedQueueRun();
        Dropped d = fx(() -> drop(timeline(robot), List.of(run.toFile())));
        assertEquals(TransferMode.COPY, d.accepted());
        assertTrue(d.completed());
        await("the dropped run is open", 20, () -> run.equals(window.vm.openedFileProperty().get()));
        assertEquals("queue", fx(() -> window.vm.selected().id()));
        assertEquals(SampleRuns.QUEUE, fx(() -> window.vm.traceProperty().get().events()));
        assertEquals("2", fx(() -> window.vm.settingsOf("queue").field("consumers").textProperty().get()));
        assertTrue(texts(robot, "#notice-text").get(0).startsWith("Opened dropped.processlab"));
    }

    @Test
    void aRefusedDropSaysWhyAndOpensNothing(FxRobot robot) throws Exception {
        Path run = savedQueueRun();
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a run");
        fx(() -> drop(timeline(robot), List.of(run.toFile(), notes.toFile())));
        await("the notice", 20, () -> window.vm.noticeProperty().get() != null);
        assertEquals("Drop one saved run at a time.", texts(robot, "#notice-text").get(0));
        fx(() -> drop(timeline(robot), List.of(notes.toFile())));
        await("the second notice", 20, () -> window.vm.noticeProperty().get().text().contains("notes.txt"));
        assertEquals("Cannot open notes.txt: ProcessLab opens saved runs, files ending in .processlab or .json, and runs Python programs, files ending in .py.",
                texts(robot, "#notice-text").get(0));
        assertNull(fx(() -> window.vm.openedFileProperty().get()));
        assertNull(fx(() -> window.vm.traceProperty().get()));
    }
}
