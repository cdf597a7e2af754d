package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Texts;
import io.processlab.app.App;
import io.processlab.app.i18n.I18n;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.course.Lessons;
import io.processlab.view.objects.Events;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The normal window's panels in a short window ({@link LessonPage#setLow}, a 1280x720 or 1366x768
 * screen, where the split gives the panel some 220-280 px): the lock lesson's and the deadlock's
 * cards lower than their layout for a tall window, as wide or narrower, and the cores' and threads'
 * cards side by side in the panels of those windows.
 */
@ExtendWith(ApplicationExtension.class)
class LowPanelsTest {
    /** The panel's width in a 1280x720 window (its scrollbar's room taken off). */
    static final double NARROW = 972;
    /** The panel's width in a 1366x768 window. */
    static final double MIDDLE = 1058;

    private final ProcessPalette palette = new ProcessPalette();
    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        Scene scene = new Scene(holder, 1400, 700);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void parent() {
        palette.reset(MAIN);
    }

    /**
     * A moment of the lock lesson's default run: six children, Process-2 holding the lock,
     * Process-3 and Process-6 waiting for it, each having printed its line, the lock taken five times.
     */
    private static Events lockMoment(Locale l) {
        Events e = Events.of().e(MAIN, "create", "lock", "Lock")
                .print(MAIN, Texts.get(l, "process.line", Texts.get(l, "process.call"), "MainProcess", MAIN));
        for (int c = 1; c <= 6; c++) {
            e = e.child(MAIN + c, "process.worker").print(MAIN + c, Texts.get(l, "process.line",
                    Texts.get(l, c == 1 ? "process.first" : "process.running", c), "Process-" + c, 20000 + c));
        }
        for (int c : new int[] {1, 4, 5}) {
            e = e.e(MAIN + c, "acquired", "lock", null).e(MAIN + c, "released", "lock", null);
        }
        return e.e(MAIN + 2, "acquired", "lock", null)
                .e(MAIN + 3, "acquire-wait", "lock", null).e(MAIN + 6, "acquire-wait", "lock", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void theLockLessonInAShortWindowListsItsProcessesInTwoColumnsWithoutTheirPrintedLinesAndIsLower(String lang)
            throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        Events run = lockMoment(l);
        ProcessLessonView tall = new ProcessLessonView(Lessons.byId("process").orElseThrow(), new I18n(l));
        double[] tallSize = layOut(tall, run, false, NARROW);
        ProcessLessonView low = new ProcessLessonView(Lessons.byId("process").orElseThrow(), new I18n(l));
        double[] lowSize = layOut(low, run, true, NARROW);
        assertTrue(lowSize[0] <= tallSize[0], "no wider: " + lowSize[0] + " against " + tallSize[0]);
        assertTrue(lowSize[1] < tallSize[1] - 80, "lower: " + lowSize[1] + " against " + tallSize[1]);
        onFx(() -> {
            Node table = low.view().lookup("#process-table");
            assertEquals(0, table.lookupAll(".printed").size(), "no printed line in the list");
            Set<Long> columns = new TreeSet<>();
            table.lookupAll(".chip").forEach(chip -> columns.add(Math.round(scene(chip).getMinX())));
            assertEquals(2, columns.size(), "the seven processes' chips in two columns: " + columns);
            // the order's words lead its row of chips, in the processes' card
            Node order = low.view().lookup("#lock-order");
            assertTrue(order.lookupAll(".chip").size() >= 5, "the order's five chips in the processes' card");
            assertEquals(7, tall.view().lookup("#process-table").lookupAll(".printed").size(),
                    "a tall window's list keeps each printed line");
            return null;
        });
    }


    /**
     * Before a run, in a short window's narrow lock card, "nobody waits in acquire()" wraps inside
     * the card (in a flow it kept its one line, past the card's edge into the processes' card), and
     * the order's words end with a colon before "nobody yet".
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void beforeARunTheShortWindowsLockCardHoldsItsWordsAndTheOrderSaysNobodyAfterAColon(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        I18n words = new I18n(l);
        ProcessLessonView page = new ProcessLessonView(Lessons.byId("process").orElseThrow(), words);
        layOut(page, Events.of().e(MAIN, "create", "lock", "Lock"), true, NARROW);
        onFx(() -> {
            Bounds card = scene(page.view().lookup("#lock-box"));
            Node waiters = page.view().lookup("#lock-waiters");
            javafx.scene.control.Label nobody = (javafx.scene.control.Label) waiters.lookup(".muted");
            assertEquals(words.get("lock.nobody_waits"), nobody.getText());
            assertTrue(scene(nobody).getMaxX() <= card.getMaxX(), "inside the card: " + scene(nobody) + " / " + card);
            assertTrue(nobody.getWidth() + 0.5 >= nobody.prefWidth(-1) || nobody.getHeight() > 1.5 * nobody.getFont().getSize(),
                    "whole, on two lines where one does not fit");
            java.util.List<String> order = page.view().lookup("#lock-order").lookupAll(".muted").stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
            assertTrue(order.contains(words.get("lock.order") + ":") && order.contains(words.get("lock.nobody_yet")), order.toString());
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void theDeadlockInAShortWindowShowsTheCycleOverTheLocksEachHolderOnItsLocksTitleRow(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        DeadlockLessonView tall = new DeadlockLessonView(Lessons.byId("deadlock").orElseThrow(), new I18n(l));
        layOut(tall, PanelRuns.deadlocked(), false, MIDDLE);
        double[] tallSize = layOut(tall, PanelRuns.deadlocked(), false, MIDDLE); // the cards move once the width is known
        DeadlockLessonView low = new DeadlockLessonView(Lessons.byId("deadlock").orElseThrow(), new I18n(l));
        layOut(low, PanelRuns.deadlocked(), true, MIDDLE);
        double[] lowSize = layOut(low, PanelRuns.deadlocked(), true, MIDDLE);
        assertTrue(lowSize[0] <= NARROW, "it asks no more than a 1280x720 window's panel: " + lowSize[0]);
        assertTrue(lowSize[1] < tallSize[1] - 40, "lower: " + lowSize[1] + " against " + tallSize[1]);
        onFx(() -> {
            assertNull(low.view().lookup("#deadlock-processes-box"), "the cycle names the processes: no list of them");
            for (String id : new String[] {"#lock-A", "#lock-B"}) {
                Node lock = low.view().lookup(id);
                Bounds title = scene(lock.lookup(".box-title"));
                Bounds holder = scene(lock.lookup(".chip"));
                assertTrue(holder.getMinY() < title.getMaxY(), id + ": its holder on the title's row: " + holder + " / " + title);
            }
            assertTrue(scene(low.view().lookup("#deadlock-cycle")).getMaxY() <= scene(low.view().lookup("#lock-A")).getMinY(),
                    "the cycle over the locks");
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void theCoresCardsStandSideBySideInA1366WindowsPanelOnceTheRunHasSaidWhy(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        Events run = Events.of()
                .print(MAIN, Texts.get(l, "cores.machine", 2))
                .print(MAIN, Texts.get(l, "cores.v1.round", 1, 114155, "0.69", "1.00", "[1]"))
                .e(MAIN, "metric", "speedup.1", "1.0")
                .print(MAIN, Texts.get(l, "cores.v1.round", 2, 114155, "0.68", "1.02", "[0, 1]"))
                .e(MAIN, "metric", "speedup.2", "1.02")
                .e(MAIN, "metric", "cores.available", "2")
                .e(MAIN, "metric", "cores.load_start", "1.82");
        CoresLessonView page = new CoresLessonView(Lessons.byId("cores").orElseThrow(), new I18n(l));
        double[] size = layOut(page, run, false, MIDDLE);
        assertTrue(size[0] <= MIDDLE, "the cards side by side ask no more than the panel: " + size[0]);
        onFx(() -> {
            assertTrue(page.view().lookup("#cores-why") != null, "the run says why it sped up so little");
            assertEquals(scene(page.view().lookup("#cores-speedup")).getMinY(), scene(page.view().lookup("#cores-used")).getMinY(), 1,
                    "side by side");
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void theThreadsCardsStandSideBySideInA1280WindowsPanel(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        Events run = PanelRuns.threads("16.8", "272.3", "0.3", "145.8");
        ThreadsLessonView page = new ThreadsLessonView(Lessons.byId("threads").orElseThrow(), new I18n(l));
        double[] size = layOut(page, run, true, NARROW);
        assertTrue(size[0] <= NARROW, "the two cards ask no more than the panel: " + size[0]);
        onFx(() -> {
            assertEquals(scene(page.view().lookup("#threads-time")).getMinY(), scene(page.view().lookup("#threads-memory")).getMinY(), 1,
                    "side by side");
            return null;
        });
    }

    /**
     * Shows {@code e} on {@code page}, laid out low or not, {@code width} wide; returns the width
     * its layout asks for (its preferred, or its least where that is more) and its height at {@code width}.
     */
    private double[] layOut(LessonPage page, Events e, boolean low, double width) throws Exception {
        double[] size = onFx(() -> {
            page.setLow(low);
            page.show(e.fold(), palette);
            Region r = (Region) page.view();
            r.setMinSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE); // (an earlier call's)
            r.setMaxSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
            holder.getChildren().setAll(r);
            holder.applyCss();
            double w = Math.max(r.prefWidth(-1), r.minWidth(-1));
            double h = r.prefHeight(width);
            r.setMaxSize(width, h);
            r.setMinSize(width, h);
            StackPane.setAlignment(r, Pos.TOP_LEFT);
            holder.layout();
            return new double[] {w, h};
        });
        WaitForAsyncUtils.waitForFxEvents();
        return size;
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
