package io.processlab.app.teach;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.App;
import io.processlab.app.i18n.I18n;
import io.processlab.app.screenshots.LayoutAudit;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.course.Lessons;
import io.processlab.view.objects.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Code tab laid out as the window gives it room at 1280x720 and 1366x768 (normal: the wide
 * bottom tab; presenter: the column beside the timeline, large type): whichever step the
 * followed process is at, its line is highlighted whole in both languages (top to bottom and end
 * to end, as {@link LayoutAudit} checks it; that both have a line for every step, ListingTest),
 * and no pane scrolls sideways.
 */
@ExtendWith(ApplicationExtension.class)
class CodeViewLayoutTest {
    private Stage stage;

    @Start
    void start(Stage given) {
        // a window of its own, made at the largest size (Monocle keeps a window's first pixel buffer)
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void end() throws Exception {
        fx(() -> {
            stage.close();
            return null;
        });
    }

    static Stream<Arguments> rooms() {
        List<Arguments> all = new ArrayList<>();
        for (String lesson : List.of("queue", "sending", "deadlock", "pool", "event")) {
            // the Code tab's content at 1280x720 and 1366x768: under the timeline; presenter, beside it
            all.add(Arguments.of(lesson, 990, 307, false));
            all.add(Arguments.of(lesson, 790, 453, true));
            all.add(Arguments.of(lesson, 1076, 330, false));
            all.add(Arguments.of(lesson, 850, 500, true));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, presenter {3}")
    @MethodSource("rooms")
    void theFollowedLineIsWholeInBothLanguagesAtEveryStep(String id, int width, int height, boolean presenter) throws Exception {
        Lesson lesson = Lessons.byId(id).orElseThrow();
        ProcessPalette palette = new ProcessPalette();
        palette.reset(MAIN);
        CodeViewModel vm = new CodeViewModel(palette);
        Scene scene = fx(() -> {
            vm.setLesson(lesson);
            // both, as a user may choose them in presenter mode too (its narrow tab shows Python alone)
            vm.choose(CodeViewModel.Shown.BOTH);
            CodeView view = new CodeView(vm, new I18n(Locale.ENGLISH));
            StackPane root = new StackPane(view.root());
            Presenter.style(presenter, root);
            Scene s = new Scene(root, width, height);
            s.getStylesheets().add(App.stylesheet());
            stage.setScene(s);
            return s;
        });
        var listing = vm.listingProperty().get();
        List<String> problems = new ArrayList<>();
        for (String marker : listing.javaLines().keySet()) {
            fx(() -> {
                vm.showAt(Events.of().e(MAIN, "step", null, marker).list());
                return null;
            });
            settle(scene);
            List<String> seen = fx(() -> {
                List<String> out = new ArrayList<>();
                for (String p : LayoutAudit.check(scene)) {
                    if (p.contains("highlighted line")) {
                        out.add(marker + ": " + p);
                    }
                }
                for (String list : List.of("#code-java", "#code-python")) {
                    if (sideways((ListView<?>) scene.lookup(list))) {
                        out.add(marker + ": " + list + " scrolls sideways");
                    }
                    String cut = slicedRow((ListView<?>) scene.lookup(list));
                    if (cut != null) {
                        out.add(marker + ": " + list + " cuts a row at its edge: " + cut);
                    }
                }
                return out;
            });
            problems.addAll(seen);
            assertTrue(vm.javaLineProperty().get() > 0 && vm.pythonLineProperty().get() > 0, marker + " has a line in both");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A pane that grows after its line was placed (the tab chosen, a divider dragged): the line
     * is placed again for the new height, whole (a list scrolled for its old height left the
     * queue's "tasks.join();" cut at the bottom).
     */
    @ParameterizedTest(name = "{0} at {1}, grown from {2} to {3} px")
    @org.junit.jupiter.params.provider.CsvSource({"queue, main.join, 150, 307", "queue, main.results, 120, 330", "sending, main.send, 140, 307"})
    void aLineStaysWholeWhenItsPaneGrows(String id, String marker, int before, int after) throws Exception {
        ProcessPalette palette = new ProcessPalette();
        palette.reset(MAIN);
        CodeViewModel vm = new CodeViewModel(palette);
        javafx.scene.layout.Region[] code = new javafx.scene.layout.Region[1];
        Scene scene = fx(() -> {
            vm.setLesson(Lessons.byId(id).orElseThrow());
            code[0] = (javafx.scene.layout.Region) new CodeView(vm, new I18n(Locale.ENGLISH)).root();
            code[0].setMaxHeight(before);
            StackPane root = new StackPane(code[0]);
            root.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            Scene s = new Scene(root, 1076, 400);
            s.getStylesheets().add(App.stylesheet());
            stage.setScene(s);
            vm.showAt(Events.of().e(MAIN, "step", null, marker).list());
            return s;
        });
        settle(scene);
        fx(() -> {
            code[0].setMaxHeight(after);
            return null;
        });
        settle(scene);
        List<String> problems = fx(() -> LayoutAudit.check(scene).stream().filter(p -> p.contains("highlighted line")).toList());
        assertEquals(List.of(), problems);
    }

    /**
     * In presenter mode's narrow column, one language alone takes the whole tab: the other pane
     * leaves, the shown one is as wide as the tab and its lines wrap into fewer rows; pressing the
     * chosen button again keeps it chosen (a choice of three is never left empty).
     */
    @org.junit.jupiter.api.Test
    void oneLanguageAloneTakesTheWholeTabAndWrapsLess() throws Exception {
        ProcessPalette palette = new ProcessPalette();
        palette.reset(MAIN);
        CodeViewModel vm = new CodeViewModel(palette);
        Scene scene = fx(() -> {
            vm.setLesson(Lessons.byId("sending").orElseThrow());
            vm.choose(CodeViewModel.Shown.BOTH);
            StackPane root = new StackPane(new CodeView(vm, new I18n(Locale.ENGLISH)).root());
            Presenter.style(true, root);
            Scene s = new Scene(root, 790, 453);
            s.getStylesheets().add(App.stylesheet());
            stage.setScene(s);
            vm.showAt(Events.of().e(MAIN, "step", null, "main.send").list());
            return s;
        });
        settle(scene);
        int bothRows = fx(() -> ((ListView<?>) scene.lookup("#code-java")).getItems().size());
        double bothWidth = fx(() -> ((ListView<?>) scene.lookup("#code-java")).getWidth());
        fx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#code-java-only")).fire();
            return null;
        });
        settle(scene);
        ListView<?> java = fx(() -> (ListView<?>) scene.lookup("#code-java"));
        assertEquals(CodeViewModel.Shown.JAVA, vm.shownProperty().get());
        assertEquals(null, fx(() -> scene.lookup("#code-python")), "the Python pane left the tab");
        assertTrue(fx(java::getWidth) > 1.8 * bothWidth, "Java alone is about twice as wide: " + fx(java::getWidth) + " against " + bothWidth);
        assertTrue(fx(() -> java.getItems().size()) < bothRows, "fewer wrapped rows alone: " + fx(() -> java.getItems().size()) + " against " + bothRows);
        List<String> cut = fx(() -> LayoutAudit.check(scene).stream().filter(p -> p.contains("highlighted line")).toList());
        assertEquals(List.of(), cut);
        javafx.scene.control.ToggleButton javaOnly = fx(() -> (javafx.scene.control.ToggleButton) scene.lookup("#code-java-only"));
        fx(() -> {
            javaOnly.fire(); // pressed again
            return null;
        });
        assertEquals(CodeViewModel.Shown.JAVA, vm.shownProperty().get(), "pressed again, it stays chosen");
        assertTrue(fx(javaOnly::isSelected), "and its button stays down");
        fx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#code-python-only")).fire();
            return null;
        });
        settle(scene);
        assertEquals(CodeViewModel.Shown.PYTHON, vm.shownProperty().get());
        assertEquals(null, fx(() -> scene.lookup("#code-java")), "the Java pane left the tab");
        assertTrue(fx(() -> scene.lookup("#code-python")) != null);
    }

    /**
     * Presenter mode's narrow tab, nothing chosen: Python alone across the tab, its button down
     * (both side by side held some 33 characters a pane and broke calls in three rows); as wide
     * as a normal window's tab, both again, their button down.
     */
    @org.junit.jupiter.api.Test
    void aPresentersNarrowTabShowsPythonAloneWithItsButtonDownAndAWideOneBoth() throws Exception {
        ProcessPalette palette = new ProcessPalette();
        palette.reset(MAIN);
        CodeViewModel vm = new CodeViewModel(palette);
        StackPane[] root = new StackPane[1];
        Scene scene = fx(() -> {
            vm.setLesson(Lessons.byId("queue").orElseThrow());
            root[0] = new StackPane(new CodeView(vm, new I18n(Locale.ENGLISH)).root());
            Presenter.style(true, root[0]);
            Scene s = new Scene(root[0], 850, 500);
            s.getStylesheets().add(App.stylesheet());
            stage.setScene(s);
            return s;
        });
        settle(scene);
        assertEquals(null, fx(() -> scene.lookup("#code-java")), "no Java pane in the narrow tab");
        assertTrue(fx(() -> scene.lookup("#code-python")) != null);
        assertTrue(fx(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#code-python-only")).isSelected()),
                "the Python button says what is shown");
        fx(() -> {
            Presenter.style(false, root[0]);
            stage.setWidth(1300);
            return null;
        });
        settle(scene);
        assertTrue(fx(() -> scene.lookup("#code-java")) != null && fx(() -> scene.lookup("#code-python")) != null, "both");
        assertTrue(fx(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#code-both")).isSelected()));
    }

    /** A few pulses: to lay out, to scroll, to draw. */
    /**
     * A row of code cut by the list's top or bottom edge (its underscores lost: {@code if name ==
     * "main":}), or null.
     */
    private static String slicedRow(ListView<?> list) {
        javafx.geometry.Bounds b = list.localToScene(list.getLayoutBounds());
        double top = b.getMinY() + list.getInsets().getTop();
        double bottom = b.getMaxY() - list.getInsets().getBottom();
        for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null && c.isVisible()) {
                javafx.geometry.Bounds cb = c.localToScene(c.getLayoutBounds());
                boolean acrossBottom = cb.getMinY() < bottom - 2 && cb.getMaxY() > bottom + 2;
                boolean acrossTop = cb.getMinY() < top - 2 && cb.getMaxY() > top + 2;
                if (acrossBottom || acrossTop) {
                    return c.getItem() + (acrossTop ? " at the top" : " at the bottom");
                }
            }
        }
        return null;
    }

    private static void settle(Scene scene) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            fx(() -> {
                scene.getRoot().requestLayout();
                return null;
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean sideways(ListView<?> list) {
        return list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar s
                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible() && s.getVisibleAmount() < s.getMax() - s.getMin());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }
}
