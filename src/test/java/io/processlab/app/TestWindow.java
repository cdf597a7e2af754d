package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.ConsoleLine;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the GUI tests open it (English, a given size, frames running, the real style
 * sheet), and what they share: run on the FX thread, wait for a condition, read the texts shown.
 */
final class TestWindow {
    final MainViewModel vm;
    final MainView view;
    final I18n i18n;

    private TestWindow(MainViewModel vm, MainView view, I18n i18n) {
        this.vm = vm;
        this.view = view;
        this.i18n = i18n;
    }

    /** Builds the window in TestFX's stage (call from a {@code @Start} method). */
    static TestWindow show(Stage stage, double width, double height) {
        I18n i18n = new I18n(Locale.ENGLISH);
        MainViewModel vm = new MainViewModel(i18n, LessonPages.create(i18n));
        MainView view = new MainView(vm, i18n);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        // TestFX hands every test class the same stage: one that an earlier class (the layout
        // audit's grid) sized and placed keeps that, so it is given this scene's size, at the origin
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        view.startFrames();
        return new TestWindow(vm, view, i18n);
    }

    /** Turns presenter mode on or off (FX thread). */
    void presenter(boolean on) throws Exception {
        fx(() -> {
            view.teaching().model().presenterProperty().set(on);
            return null;
        });
    }

    /** Stops the frames and ends any run (call from {@code @AfterEach}). */
    void close() throws Exception {
        fx(() -> {
            view.stopFrames();
            return null;
        });
        vm.shutdown();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    static void await(String what, double seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    /** Every text shown under the node with this id: labels, a list's items, a lamp's state ("lamp-on"). */
    static List<String> texts(FxRobot robot, String id) throws Exception {
        Node root = robot.lookup(id).query();
        return fx(() -> {
            List<String> out = new ArrayList<>();
            collect(root, out);
            return out;
        });
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (n instanceof Shape) {
            n.getStyleClass().stream().filter(c -> c.startsWith("lamp-")).forEach(out::add);
        }
        if (n instanceof ListView<?> list) {
            list.getItems().forEach(o -> out.add(o instanceof ConsoleLine c ? c.text() : String.valueOf(o)));
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
