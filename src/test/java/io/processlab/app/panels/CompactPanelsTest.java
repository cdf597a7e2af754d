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
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panels laid out compact, as presenter mode shows them on a 1280x720 projector (large text,
 * about 760 to 860 pixels for the panel beside the console): the queue's tasks, five consumers with their items and results,
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

    /**
     * The panel's room beside the console in presenter mode at 1280x720: the width of the left
     * column (1280 less the console column's 500 and the divider) less the panel's scrollbar, and
     * the height CentreSplit gives it at most there with six lanes to show (what the lanes leave).
     */
    static final double QUEUE_ROOM = 756;
    static final double QUEUE_HEIGHT = 230;

    /**
     * A default run (5 consumers, 5 tasks) at a moment: the five tasks and five pills put,
     * {@code taken} of them got (each by its own consumer, which then holds it), {@code finished}
     * of those done with their result put.
     */
    private static Events queueAt(int taken, int finished) {
        Events e = Events.of().e(MAIN, "create", "tasks", "JoinableQueue").e(MAIN, "create", "results", "Queue");
        for (int i = 1; i <= 5; i++) {
            e.child(i, "queue.consumer");
        }
        for (int i = 0; i < 5; i++) {
            e.e(MAIN, "put", "tasks", "[" + i + ", " + i + "]", i + 1);
        }
        for (int i = 0; i < 5; i++) {
            e.e(MAIN, "put", "tasks", "None", 6 + i);
        }
        e.e(MAIN, "join-wait", "tasks", "unfinished 10");
        for (int i = 0; i < taken; i++) {
            e.e(i + 1, "get", "tasks", "[" + i + ", " + i + "]", i + 1);
        }
        for (int i = 0; i < finished; i++) {
            e.e(i + 1, "task-done", "tasks", "unfinished " + (9 - i));
            e.e(i + 1, "put", "results", "'" + i + " * " + i + " = " + i * i + "'", 11 + i);
        }
        return e;
    }

    static Stream<Arguments> queueMoments() {
        return Stream.of(Arguments.of("en", 0, 0), Arguments.of("pt", 0, 0), Arguments.of("en", 5, 0),
                Arguments.of("pt", 5, 0), Arguments.of("en", 5, 5), Arguments.of("pt", 5, 5), Arguments.of("pt", 3, 2));
    }

    @ParameterizedTest
    @MethodSource("queueMoments")
    void compactQueueShowsTasksConsumersAndResultsSideBySideWithinAPresentersRoom(String lang, int taken, int finished)
            throws Exception {
        QueueLessonView page = new QueueLessonView(Lessons.byId("queue").orElseThrow(), new I18n(Locale.forLanguageTag(lang)));
        double need = layOut(page, queueAt(taken, finished), true, QUEUE_ROOM);
        assertTrue(need <= QUEUE_HEIGHT, "the panel's height at the room's width: " + need);
        Node tasks = page.view().lookup("#task-queue");
        Node consumers = page.view().lookup("#consumer-box");
        Node results = page.view().lookup("#result-queue");
        // the three boxes' places read at one moment, on the FX thread
        List<Bounds> at = onFx(() -> List.of(scene(tasks), scene(consumers), scene(results)));
        // the flow reads from left to right: tasks feed the consumers, who feed the results
        assertEquals(at.get(0).getMinY(), at.get(1).getMinY(), 1, "the task queue beside the consumers");
        assertEquals(at.get(1).getMinY(), at.get(2).getMinY(), 1, "the result queue beside them");
        assertTrue(at.get(0).getMaxX() <= at.get(1).getMinX() && at.get(1).getMaxX() <= at.get(2).getMinX());
        assertTrue(at.get(2).getMaxX() <= QUEUE_ROOM + 1, "the result queue is not cut: " + at.get(2).getMaxX());
        for (Node box : List.of(tasks, consumers, results)) {
            for (Node n : box.lookupAll(".label")) {
                assertTrue(bottom(n) <= bottom(box) + 1 && right(n) <= right(box) + 1, "whole in its box: " + n);
                if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
                    assertFalse(isCut(l), "not cut: " + l.getText());
                }
            }
        }
        List<Node> rows = page.view().lookupAll(".consumer-row").stream().toList();
        assertEquals(5, rows.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i >= finished && i < taken ? 1 : 0, rows.get(i).lookupAll(".card").size(),
                    "a row shows the task its consumer holds");
        }
        long pills = page.view().lookup("#task-cards").lookupAll(".poison").size();
        assertEquals(1, pills, "the five pills in a row drawn as one card");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void compactConsumersSayWhatTheirCountCounts(String lang) throws Exception {
        I18n words = new I18n(Locale.forLanguageTag(lang));
        QueueLessonView page = new QueueLessonView(Lessons.byId("queue").orElseThrow(), words);
        layOut(page, queueAt(3, 2), true, QUEUE_ROOM);
        Node consumers = page.view().lookup("#consumer-box");
        javafx.scene.control.Labeled count = (javafx.scene.control.Labeled) consumers.lookupAll(".label").stream()
                .filter(n -> words.get("queue.done_short", 1).equals(((javafx.scene.control.Labeled) n).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("a consumer's row counts its tasks done"));
        assertEquals(words.get("queue.done_tip", 1), count.getTooltip().getText());
        assertTrue(count.getTooltip().getText().contains("en".equals(lang) ? "1 task finished" : "1 tarefa feita"),
                "the tooltip says in words what the tick counts: " + count.getTooltip().getText());
    }

    private static boolean isCut(javafx.scene.control.Labeled l) {
        // the label's own text (a count badge is a label of its own, in its graphic)
        return l.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText()).anyMatch(t -> !t.equals(l.getText()) && !l.isWrapText());
    }

    /** The pipe lesson's run at a moment: pipe 1's message received, pipe 2's first one in flight. */
    private static Events twoPipes() {
        return Events.of()
                .e(MAIN, "create", "pipe-1.a", "Connection").e(MAIN, "create", "pipe-1.b", "Connection")
                .child(1, "pipe.sender")
                .e(1, "send", "pipe-1.b", "['spam', 42, 'ovos']", 1)
                .e(MAIN, "recv", "pipe-1.a", "['spam', 42, 'ovos']", 1)
                .e(MAIN, "create", "pipe-2.a", "Connection").e(MAIN, "create", "pipe-2.b", "Connection")
                .child(2, "pipe.communicator")
                .e(2, "send", "pipe-2.b", "{'name': 'João', 'spam': 42}", 2);
    }

    @Test
    void compactPipeLessonPutsItsTwoPipesSideBySide() throws Exception {
        Events e = twoPipes();
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

    /**
     * Compact, a pipe's first message in flight stands beside "In flight:", not under it: a line
     * lower, Pipe 2's end b stood under the edge of a 1280x720 window's panel.
     */
    @Test
    void compactPipeSaysInFlightBesideItsFirstMessage() throws Exception {
        PipeLessonView page = new PipeLessonView(Lessons.byId("pipe").orElseThrow(), i18n);
        layOut(page, twoPipes(), true, ROOM);
        onFx(() -> {
            Node pipe = page.view().lookup("#pipe-pipe-2");
            Node words = pipe.lookupAll(".label").stream()
                    .filter(n -> (i18n.get("pipe.in_flight") + ":").equals(((javafx.scene.control.Labeled) n).getText()))
                    .findFirst().orElseThrow();
            Node card = pipe.lookup(".in-flight");
            assertTrue(left(card) > right(words) && top(card) < bottom(words),
                    "the message beside the words: " + scene(card) + " / " + scene(words));
            return null;
        });
    }

    @Test
    void everyPipeSaysWhatIsInFlightTheOneWithAMessageAsTheEmptyOne() throws Exception {
        Events e = twoPipes();
        PipeLessonView page = new PipeLessonView(Lessons.byId("pipe").orElseThrow(), i18n);
        for (boolean compact : new boolean[] {true, false}) {
            layOut(page, e, compact);
            for (String id : List.of("pipe-1", "pipe-2")) {
                Node pipe = page.view().lookup("#pipe-" + id);
                assertTrue(pipe.lookupAll(".label").stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
                        .anyMatch(t -> t != null && t.startsWith(i18n.get("pipe.in_flight"))),
                        id + " says what is in flight (compact " + compact + ")");
            }
        }
    }

    @Test
    void thePoolsTimesPlaceholderIsQuietNotSetLikeAResult() throws Exception {
        PoolLessonView page = new PoolLessonView(Lessons.byId("pool").orElseThrow(), i18n);
        layOut(page, Events.of(), false);
        javafx.scene.control.Label times = (javafx.scene.control.Label) page.view().lookup("#pool-times");
        assertEquals(i18n.get("pool.times_pending"), times.getText());
        assertTrue(times.getStyleClass().contains("muted"), "the placeholder is muted: " + times.getStyleClass());
        assertFalse(times.getStyleClass().contains("counter"), "not in a result's large bold type");
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

    /**
     * Compact across a presenter's 1280x720 window (the panel the whole width, 1,250 px): the results
     * stand beside the workers, at the panel's top; in a narrow room (730 px) under them. Under the
     * workers at 1,250 px they stood below the edge (239 of 532 px shown).
     */
    @ParameterizedTest(name = "{0} px wide: beside {1}")
    @CsvSource({"1250, true", "730, false"})
    void compactPoolHasItsResultsBesideItsWorkersWhereThePanelIsWide(double width, boolean beside) throws Exception {
        Events e = Events.of();
        for (int i = 1; i <= 4; i++) {
            e.child(i, "pool.worker");
        }
        PoolLessonView page = new PoolLessonView(Lessons.byId("pool").orElseThrow(), i18n);
        layOut(page, e, true, width);
        layOut(page, e, true, width); // (the arrangement follows the width the first pass gave the panel)
        double[] at = onFx(() -> new double[] {right(page.view().lookup("#pool-workers")),
            left(page.view().lookup("#pool-results")), top(page.view().lookup("#pool-results")),
            bottom(page.view().lookup("#pool-workers"))});
        assertEquals(beside, at[1] > at[0], "the results right of the workers: " + at[1] + " against " + at[0]);
        assertEquals(beside, at[2] < at[3], "the results' top above the workers' bottom: " + at[2] + " against " + at[3]);
    }

    /**
     * The isolation lesson's wide layout (the parent's memory beside the child's) is chosen
     * wherever the panel is as wide as at 1366x768 (about 1050 pixels): its sentences wrap in
     * their cards rather than ask for their one-line width, which stacked the cards and left the
     * child's below the fold.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "pt"})
    void theIsolationPanelsWideLayoutAsksNoMoreThanA1366WindowsPanelOnceTheRunHasPrinted(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        Events e = isolationRun(l);
        IsolationLessonView page = new IsolationLessonView(Lessons.byId("isolation").orElseThrow(), new I18n(l));
        double wide = wideWidth(page, e);
        assertTrue(wide <= 1000, "the wide layout's width: " + wide);
    }

    /**
     * The parent's values and the child's copies in one table: each row (counter, list, static
     * field) shows both processes side by side, and the whole table (its static field's row) ends
     * in the panel's first lines within its width: in presenter mode (730 px wide) and in the
     * normal window at 1280x720 (970 px); cards one over the other left the child's below the
     * fold, cards side by side wrapped the list and cut the static field's row.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"en, true, 730", "pt, true, 730", "en, false, 970", "pt, false, 970"})
    void theIsolationTableShowsEachValueOfBothProcessesOnOneRowWithinThePanelsFirstLines(
            String lang, boolean presenter, double width) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        Events e = isolationRun(l);
        IsolationLessonView page = new IsolationLessonView(Lessons.byId("isolation").orElseThrow(), new I18n(l));
        layOut(page, e, presenter, width);
        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node parent = page.view().lookup("#parent-global");
            javafx.scene.Node child = page.view().lookup("#child-global");
            javafx.scene.Node list = page.view().lookup("#child-list");
            javafx.geometry.Bounds c = child.localToScene(child.getBoundsInLocal());
            return new double[] {parent.localToScene(parent.getBoundsInLocal()).getMinY(), c.getMinY(),
                c.getMaxY(), Math.max(c.getMaxX(), list.localToScene(list.getBoundsInLocal()).getMaxX())};
        }).get(20, TimeUnit.SECONDS);
        assertEquals(at[0], at[1], 0.5, "the child's static field on the parent's row");
        assertTrue(at[2] <= (presenter ? 290 : 245), "the static field's row within the panel's first lines: " + at[2]);
        assertTrue(at[3] <= width, "within the panel's width: " + at[3]);
    }

    /**
     * The process lesson's wide layout (the lock, the list of processes and the order, side by
     * side, each as tall as the panel) fits the default window's panel (1,130 px at 1440x900)
     * once the run has printed its long lines: they wrap in the list instead of asking for their
     * one-line width, which stacked the list under the lock and showed three of its seven rows.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "pt"})
    void theProcessPanelsWideLayoutFitsTheDefaultWindowsPanelOnceTheRunHasPrinted(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        Events e = Events.of().print(MAIN, io.processlab.api.Texts.get(l, "process.line",
                io.processlab.api.Texts.get(l, "process.call"), "MainProcess", MAIN));
        for (int c = 1; c <= 6; c++) {
            e = e.child(MAIN + c, "process.worker").print(MAIN + c, io.processlab.api.Texts.get(l, "process.line",
                    io.processlab.api.Texts.get(l, c == 1 ? "process.first" : "process.running", c), "Process-" + c, 20000 + c));
        }
        Events run = e.print(MAIN, io.processlab.api.Texts.get(l, "process.exit"));
        ProcessLessonView page = new ProcessLessonView(Lessons.byId("process").orElseThrow(), new I18n(l));
        double wide = wideWidth(page, run);
        assertTrue(wide <= 1100, "the wide layout's width: " + wide);
    }

    /**
     * Presenter mode at 1280x720: the event's lamp and its three lists (who waits, who woke, who
     * gave up) stand whole in the 250 px the split leaves the panel above three lanes; the three
     * lists as cards of a title over a tag took 279 px and sliced the last one.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "pt"})
    void theCompactEventPanelStandsWholeAboveThreeLanes(String lang) throws Exception {
        Events e = Events.of().e(MAIN, "create", "event", "Event").child(1, "event.wait").child(2, "event.wait_timeout")
                .e(1, "event-wait", "event", null).e(2, "event-wait", "event", "timeout 2.0 s")
                .e(2, "event-wake", "event", "timeout");
        EventLessonView page = new EventLessonView(Lessons.byId("event").orElseThrow(), new I18n(Locale.forLanguageTag(lang)));
        double h = layOut(page, e, true, QUEUE_ROOM);
        assertTrue(h <= 250, "the panel's height: " + h);
    }

    /**
     * Presenter mode: the lock's state, its holder and its three waiters stand on the lock's line
     * in the panel's first 200 px, and the list of processes starts right under it; the lock's
     * card of a word over a tag over a word, beside the order's card, put the waiters below the
     * fold at 1280x720 and the list under both.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "pt"})
    void theCompactLockCardKeepsItsWaitersOnItsLineAboveTheListOfProcesses(String lang) throws Exception {
        Events e = lockAndFourWorkers();
        Events run = e.e(MAIN + 1, "acquired", "lock", null).e(MAIN + 2, "acquire-wait", "lock", null)
                .e(MAIN + 3, "acquire-wait", "lock", null).e(MAIN + 4, "acquire-wait", "lock", null);
        ProcessLessonView page = new ProcessLessonView(Lessons.byId("process").orElseThrow(), new I18n(Locale.forLanguageTag(lang)));
        layOut(page, run, true, QUEUE_ROOM);
        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Parent waiters = (javafx.scene.Parent) page.view().lookup("#lock-waiters");
            Node last = waiters.getChildrenUnmodifiable().get(waiters.getChildrenUnmodifiable().size() - 1);
            return new double[] {bottom(last), top(page.view().lookup("#process-table")),
                bottom(page.view().lookup("#lock-box"))};
        }).get(20, TimeUnit.SECONDS);
        assertTrue(at[0] <= 200, "the third waiter within the panel's first 200 px: " + at[0]);
        assertTrue(at[1] > at[2], "the list of processes under the lock's card");
        assertTrue(at[1] <= 260, "and right under it: " + at[1]);
    }

    /**
     * Presenter mode: "Waiting, in order" stands beside its first waiter, whatever the width, and
     * the waiters never ask for more than the panel has: at 1920x1080 the word stayed alone at the
     * end of the lock's line, its tags under the lock; nested in that line at 1280x720 they
     * passed the panel's edge (a sideways scrollbar).
     */
    @ParameterizedTest(name = "{0}, {1} px")
    @org.junit.jupiter.params.provider.CsvSource({"en, 720", "pt, 720", "en, 1258", "pt, 1258"})
    void theCompactLocksWaitersStandBesideTheirWordWithinThePanel(String lang, double width) throws Exception {
        Events e = Events.of().e(MAIN, "create", "lock", "Lock");
        for (int c = 1; c <= 6; c++) {
            e = e.child(MAIN + c, "process.worker");
        }
        Events run = e.e(MAIN + 1, "acquired", "lock", null);
        for (int c = 2; c <= 6; c++) {
            run = run.e(MAIN + c, "acquire-wait", "lock", null);
        }
        ProcessLessonView page = new ProcessLessonView(Lessons.byId("process").orElseThrow(), new I18n(Locale.forLanguageTag(lang)));
        layOut(page, run, true, width);
        layOut(page, run, true, width);
        WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.Parent waiters = (javafx.scene.Parent) page.view().lookup("#lock-waiters");
                Node first = waiters.getChildrenUnmodifiable().get(0);
                Node word = waiters.getParent().getChildrenUnmodifiable().get(0);
                Bounds f = scene(first);
                Bounds w = scene(word);
                assertTrue(f.getMinX() > w.getMaxX() && f.getMinY() < w.getMaxY() + 12 && f.getMaxY() > w.getMinY() - 12,
                        "the first waiter beside its word: " + f + " against " + w);
                double least = ((Region) page.view()).minWidth(-1);
                assertTrue(least <= width, "the panel's least width " + least + " within " + width);
                return null;
        }).get(20, TimeUnit.SECONDS);
    }

    /**
     * A worker's long list of items stands under its name, indented, whatever the mode; a
     * short one ("took nothing") on the worker's own line. Flowing under the name unindented,
     * the long list read as belonging to no worker.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aWorkersLongListOfItemsStandsIndentedUnderItsName(boolean compact) throws Exception {
        Events e = Events.of().child(1, "pool.worker").child(2, "pool.worker");
        for (int c = 0; c < 10; c++) {
            e = e.e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': " + c + ", 'fn': 'f', 'items': [" + c + "]}", c + 1)
                    .e(1, "get", "pool-tasks", "{'job': 1, 'chunk': " + c + ", 'fn': 'f', 'items': [" + c + "]}", c + 1);
        }
        Events run = e;
        PoolLessonView page = new PoolLessonView(Lessons.byId("pool").orElseThrow(), new I18n(Locale.ENGLISH));
        layOut(page, run, compact, compact ? QUEUE_ROOM : 970);
        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Parent workers = (javafx.scene.Parent) page.view().lookup("#pool-workers");
            List<Node> rows = workers.getChildrenUnmodifiable();
            Node first = rows.get(0).lookup(".chip");
            Node longList = rows.get(0).lookup(".printed");
            Node shortList = rows.get(1).lookup(".printed");
            Node second = rows.get(1).lookup(".chip");
            return new double[] {scene(first).getMinX(), scene(longList.lookup(".text")).getMinX(), scene(first).getMaxY(),
                scene(longList).getMinY(), scene(second).getMinY(), scene(shortList).getMinY(), scene(second).getMaxY()};
        }).get(20, TimeUnit.SECONDS);
        assertTrue(at[1] >= at[0] + PoolLessonView.TOOK_INDENT - 1, "the long list indented from the name");
        assertTrue(at[3] >= at[2] - 1, "under the name");
        assertTrue(at[5] >= at[4] - 4 && at[5] < at[6], "the short list on its worker's line");
    }

    /**
     * The normal window at 1440x900, the default (a panel 1,130 px wide): the workers, the results
     * and the times side by side, the times at the panel's top; under the results they were cut
     * there (issue 12, finding 8).
     */
    @Test
    void thePoolsTimesStandBesideTheResultsInTheDefaultWindow() throws Exception {
        Events e = Events.of().child(1, "pool.worker").child(2, "pool.worker");
        for (int c = 0; c < 10; c++) {
            e = e.e(MAIN, "put", "pool-tasks", "{'job': 1, 'chunk': " + c + ", 'fn': 'f', 'items': [" + c + "]}", c + 1);
        }
        Events run = e;
        PoolLessonView page = new PoolLessonView(Lessons.byId("pool").orElseThrow(), new I18n(Locale.ENGLISH));
        assertTrue(wideWidth(page, run) <= 1130, "the wide layout fits the default window's panel");
        layOut(page, run, false, 1130);
        double[] at = WaitForAsyncUtils.asyncFx(() -> new double[] {top(page.view().lookup("#pool-times")),
            top(page.view().lookup("#pool-results"))}).get(20, TimeUnit.SECONDS);
        assertTrue(at[0] <= at[1], "the times beside the results, not under them: " + at[0] + " / " + at[1]);
    }

    /** The width {@code page}'s wide layout (the normal window's) asks for once it shows {@code e}. */
    private double wideWidth(LessonPage page, Events e) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            holder.getStyleClass().remove("presenter");
            page.setCompact(false);
            page.show(e.fold(), palette);
            holder.getChildren().setAll(page.view());
            holder.applyCss();
            holder.layout();
            double w = ((Region) page.view()).prefWidth(-1);
            holder.getStyleClass().add("presenter");
            return w;
        }).get(20, TimeUnit.SECONDS);
    }

    /** The isolation lesson's run as its processes print it, in language {@code l}. */
    private static Events isolationRun(Locale l) {
        return Events.of()
                .print(MAIN, io.processlab.api.Texts.get(l, "isolation.parent_before", 0, "[1, 2, 3]", 42))
                .child(7, "isolation.change")
                .print(7, io.processlab.api.Texts.get(l, "isolation.child_got", 0, "[1, 2, 3]", 0))
                .print(7, io.processlab.api.Texts.get(l, "isolation.child_now", 3, "[1, 2, 3, 4, 5, 6]", 99))
                .print(MAIN, io.processlab.api.Texts.get(l, "isolation.parent_after", 0, "[1, 2, 3]", 42))
                .print(MAIN, io.processlab.api.Texts.get(l, "isolation.sent_back", "{'counter': 3, 'list': [1, 2, 3, 4, 5, 6]}"));
    }

    /**
     * In a wide normal panel (1366x768 and up) the deadlock's list of processes stands beside the
     * two locks and the isolation lesson's notes beside its table: one under another they left the
     * default window's panel 357 of its 528 px and 393 of its 508. A narrower panel (1280x720's)
     * keeps them under.
     */
    @ParameterizedTest(name = "{0}, {1}: a panel {2} px wide has them side by side: {3}")
    @org.junit.jupiter.params.provider.CsvSource({
        "en, deadlock, 1130, true", "pt, deadlock, 1130, true", "en, deadlock, 1056, true", "en, deadlock, 970, false",
        "en, isolation, 1130, true", "pt, isolation, 1130, true", "en, isolation, 1056, true", "pt, isolation, 970, false"})
    void aWidePanelPutsItsCardsSideBySideAndIsLower(String lang, String lesson, double width, boolean beside) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        I18n words = new I18n(l);
        boolean deadlock = "deadlock".equals(lesson);
        LessonPage page = deadlock ? new DeadlockLessonView(Lessons.byId("deadlock").orElseThrow(), words)
                : new IsolationLessonView(Lessons.byId("isolation").orElseThrow(), words);
        Events run = deadlock ? PanelRuns.deadlocked() : isolationRun(l);
        layOut(page, run, false, width);
        double h = layOut(page, run, false, width); // the cards move once the panel has its width
        String[] ids = deadlock ? new String[] {"#lock-A", "#deadlock-processes-box"} : new String[] {"#isolation-memory", "#isolation-method"};
        double[] tops = WaitForAsyncUtils.asyncFx(() -> new double[] {
            scene(page.view().lookup(ids[0])).getMinY(), scene(page.view().lookup(ids[1])).getMinY()}).get(20, TimeUnit.SECONDS);
        assertEquals(beside, Math.abs(tops[0] - tops[1]) < 1, "side by side: tops " + tops[0] + ", " + tops[1]);
        if (beside) {
            LessonPage narrow = deadlock ? new DeadlockLessonView(Lessons.byId("deadlock").orElseThrow(), words)
                    : new IsolationLessonView(Lessons.byId("isolation").orElseThrow(), words);
            layOut(narrow, run, false, 970);
            double under = layOut(narrow, run, false, 970);
            assertTrue(h < under - 60, "lower side by side: " + h + " against " + under + " one under another");
        }
    }

    /**
     * The deadlock's wide layout at the width a 1440x900 window leaves beside the panel's
     * scrollbar: the three cards side by side, each lock's badge beside its name, and each
     * worker's short note on one line ("worker-1 quer a / trava B" read as two notes, and at
     * 1,100 px a panel narrowed by its scrollbar stayed one card under another).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "pt"})
    void theDeadlocksWideLayoutKeepsEachBadgeBesideItsLockAndEachShortNoteOnOneLine(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        DeadlockLessonView page = new DeadlockLessonView(Lessons.byId("deadlock").orElseThrow(), new I18n(l));
        Events run = PanelRuns.deadlocked().print(1, io.processlab.api.Texts.get(l, "deadlock.wants", "worker-1", "B"))
                .print(2, io.processlab.api.Texts.get(l, "deadlock.wants", "worker-2", "A"));
        // (the test's fonts are wider than a desktop's: 1,340 px here stands for the 1,114 of a 1440x900 window)
        layOut(page, run, false, 1340);
        layOut(page, run, false, 1340);
        WaitForAsyncUtils.asyncFx(() -> {
            Node lockA = page.view().lookup("#lock-A");
            assertEquals(scene(lockA).getMinY(), scene(page.view().lookup("#deadlock-processes-box")).getMinY(), 1,
                    "the processes beside the locks");
            for (String id : List.of("#lock-A", "#lock-B")) {
                Node lock = page.view().lookup(id);
                Bounds title = scene(lock.lookup(".box-title"));
                Bounds badge = scene(lock.lookup(".lock-icon"));
                assertTrue(badge.getMinY() < title.getMaxY() && badge.getMinX() > title.getMaxX(),
                        id + ": the badge beside the name: " + badge + " against " + title + " in a card "
                        + scene(lock).getWidth() + " px wide, the processes' "
                        + scene(page.view().lookup("#deadlock-processes-box")).getWidth());
            }
            List<Label> notes = page.view().lookup("#deadlock-processes").lookupAll(".printed").stream()
                    .map(Label.class::cast).filter(n -> !n.getText().isEmpty()).toList();
            assertEquals(2, notes.size(), "each worker's note");
            for (Label n : notes) {
                assertTrue(n.getHeight() < 1.8 * n.getFont().getSize(), "'" + n.getText() + "' on one line: " + n.getHeight());
            }
            return null;
        }).get(20, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"en, 730, true", "pt, 730, true", "pt, 1800, false"})
    void theDeadlocksCycleGoesOnOneRowALinkWhenItsLineDoesNotFitNeverWrappedMidWay(String lang, double width,
            boolean rows) throws Exception {
        DeadlockLessonView page = new DeadlockLessonView(Lessons.byId("deadlock").orElseThrow(),
                new I18n(Locale.forLanguageTag(lang)));
        layOut(page, PanelRuns.deadlocked(), true, width);
        layOut(page, PanelRuns.deadlocked(), true, width); // the chain picks its form once its width is known
        Node chain = page.view().lookup("#deadlock-chain");
        List<Node> shown = ((javafx.scene.Parent) chain).getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        assertEquals(1, shown.size(), "one form of the chain shows");
        Node form = shown.get(0);
        assertEquals(rows, form instanceof javafx.scene.layout.GridPane, "rows where the line does not fit");
        List<Node> chips = form.lookupAll(".chip").stream().toList();
        assertEquals(rows ? 4 : 3, chips.size(), "each row names who waits and who holds what it waits for");
        for (Node chip : chips) {
            assertTrue(right(chip) <= width + 1, "whole within the panel: " + right(chip));
            assertFalse(isCut((javafx.scene.control.Labeled) chip), "not cut");
        }
        if (rows) {
            List<Node> firsts = chips.subList(0, 1);
            assertTrue(top(chips.get(2)) >= bottom(firsts.get(0)) - 1, "the second link on a row of its own");
            assertEquals(top(chips.get(0)), top(chips.get(1)), 1, "a link's two processes on one row");
        }
    }

    /**
     * The chain's height, asked for with a width, is the height of the form that width shows, even
     * while the other form is shown: a parent asks before it narrows the chain, and a form switched
     * in the middle of a layout pass was squeezed into the line's height ("espera A, que está ...",
     * seen by the layout audit in pt-1366x768-presenter-deadlock).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "pt"})
    void theDeadlocksChainAsksForTheRowsHeightAtAWidthWhereTheLineDoesNotFit(String lang) throws Exception {
        DeadlockLessonView page = new DeadlockLessonView(Lessons.byId("deadlock").orElseThrow(),
                new I18n(Locale.forLanguageTag(lang)));
        layOut(page, PanelRuns.deadlocked(), true, 1800);
        double narrow = "pt".equals(lang) ? 460 : 420; // the words of each row wrap there
        double[] asked = WaitForAsyncUtils.asyncFx(() -> {
            Region chain = (Region) page.view().lookup("#deadlock-chain");
            List<Node> forms = chain.getChildrenUnmodifiable();
            Region line = (Region) forms.stream().filter(Node::isVisible).findFirst().orElseThrow();
            Region rows = (Region) forms.stream().filter(f -> f instanceof javafx.scene.layout.GridPane).findFirst().orElseThrow();
            return new double[] {chain.prefHeight(narrow), rows.prefHeight(narrow), line.prefHeight(-1)};
        }).get(20, TimeUnit.SECONDS);
        assertTrue(asked[1] > asked[2], "the rows are taller than the line: " + asked[1] + " against " + asked[2]);
        assertEquals(asked[1], asked[0], 1, "the height asked at " + narrow + " px is the rows'");
        layOut(page, PanelRuns.deadlocked(), true, narrow);
        Node chain = page.view().lookup("#deadlock-chain");
        Node rows = ((javafx.scene.Parent) chain).getChildrenUnmodifiable().stream().filter(Node::isVisible)
                .findFirst().orElseThrow();
        assertTrue(rows instanceof javafx.scene.layout.GridPane, "the rows show at " + narrow + " px");
        for (Node n : rows.lookupAll(".label")) {
            javafx.scene.control.Labeled l = (javafx.scene.control.Labeled) n;
            String seen = l.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                    .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("");
            assertEquals(l.getText(), seen.replace("\n", " ").strip(), "whole, not squeezed");
        }
    }

    /**
     * Presenter mode's large type in the wide layout (a 1920x1080 projector's panel across the window):
     * the lock's card grows with the type and holds "LOCKED" and its holder's tag whole (its
     * normal-window width of 240 px showed "LOCK..." and "Process-2 · 2820").
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "pt"})
    void theWideLockCardInPresenterTypeHoldsItsWordsWhole(String lang) throws Exception {
        Events e = lockAndFourWorkers();
        Events run = e.e(MAIN + 1, "acquired", "lock", null).e(MAIN + 2, "acquire-wait", "lock", null);
        ProcessLessonView page = new ProcessLessonView(Lessons.byId("process").orElseThrow(), new I18n(Locale.forLanguageTag(lang)));
        onFx(() -> {
            page.setTypeSize(io.processlab.app.teach.Presenter.PANEL_TYPE);
            return null;
        });
        layOut(page, run, false, 1250);
        List<String> cut = onFx(() -> {
            List<String> out = new java.util.ArrayList<>();
            for (Node n : page.view().lookup("#lock-box").lookupAll(".label")) {
                javafx.scene.control.Labeled l = (javafx.scene.control.Labeled) n;
                String seen = l.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                        .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("");
                if (!l.getText().isEmpty() && !l.getText().equals(seen.replace("\n", " ").strip())) {
                    out.add(seen + " of " + l.getText());
                }
            }
            return out;
        });
        assertEquals(List.of(), cut, "labels cut in the lock's card");
    }

    /** A lock and four workers made (the process lesson's objects before any acquire). */
    private static Events lockAndFourWorkers() {
        Events e = Events.of().e(MAIN, "create", "lock", "Lock");
        for (int c = 1; c <= 4; c++) {
            e = e.child(MAIN + c, "process.worker");
        }
        return e;
    }

    /** Shows {@code e} on {@code page} in the holder, compact or not; returns the least width it takes (the scroll pane fits it to its width down to that). */
    private double layOut(LessonPage page, Events e, boolean compact) throws Exception {
        return layOut(page, e, compact, -1);
    }

    /** As {@link #layOut(LessonPage, Events, boolean)}, laid out {@code width} wide; returns its height. */
    private double layOut(LessonPage page, Events e, boolean compact, double width) throws Exception {
        if (width < 0) {
            return layOutFree(page, e, compact);
        }
        double need = WaitForAsyncUtils.asyncFx(() -> {
            page.setCompact(compact);
            page.show(e.fold(), palette);
            Region r = (Region) page.view();
            holder.getChildren().setAll(r);
            holder.applyCss();
            double h = r.prefHeight(width);
            r.setMaxSize(width, h);
            r.setMinSize(width, h);
            StackPane.setAlignment(r, javafx.geometry.Pos.TOP_LEFT);
            holder.layout();
            return h;
        }).get(20, TimeUnit.SECONDS);
        // a layout pass may ask for another (a wrapped label's height): let the pulse that runs it
        // end before the test reads the nodes' places from its own thread
        WaitForAsyncUtils.waitForFxEvents();
        return need;
    }

    /** {@code read} run on the FX thread, so that it sees the scene between two pulses. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
    }

    private double layOutFree(LessonPage page, Events e, boolean compact) throws Exception {
        double least = WaitForAsyncUtils.asyncFx(() -> {
            page.setCompact(compact);
            page.show(e.fold(), palette);
            holder.getChildren().setAll(page.view());
            holder.applyCss();
            holder.layout();
            return ((Region) page.view()).minWidth(-1);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return least;
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

    /**
     * Presenter mode's narrow panel shows the values both sides send on one line above the table,
     * so that the rows in sight are those where something is refused or the two differ; the normal
     * layout keeps a row for every value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void compactSendingGathersWhatBothSendOnOneLineAndKeepsTheRefusedRows(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        I18n words = new I18n(l);
        Events e = Events.of()
                .print(MAIN, io.processlab.api.Texts.get(l, "sending.v1.ok", "list", "[1]", "[1]"))
                .print(MAIN, io.processlab.api.Texts.get(l, "sending.v1.ok", "map", "{}", "{}"))
                .print(MAIN, io.processlab.api.Texts.get(l, "sending.v1.refused", "lambda", "code does not travel"))
                .print(MAIN, io.processlab.api.Texts.get(l, "sending.v1.refused", "cycle", "contains itself"));
        SendingLessonView page = new SendingLessonView(Lessons.byId("sending").orElseThrow(), words);
        layOut(page, e, true);
        javafx.scene.control.Label both = (javafx.scene.control.Label) page.view().lookup("#sending-both");
        assertTrue(both != null, "one line for what both send");
        String list = words.lessonText("sending.name.list", "list");
        String dict = words.lessonText("sending.name.map", "map");
        assertTrue(both.getText().contains(list + ", " + dict), both.getText());
        assertTrue(page.view().lookup("#sample-list") == null, "no row of its own");
        assertTrue(page.view().lookup("#sample-lambda") != null, "the refused value keeps its row");
        assertTrue(page.view().lookup("#difference-cycle") != null, "and so does the value where the two differ");
        layOut(page, e, false);
        assertTrue(page.view().lookup("#sending-both") == null, "the normal layout has no such line");
        assertTrue(page.view().lookup("#sample-list") != null && page.view().lookup("#sample-map") != null);
    }

    /**
     * The threads panel's ratio says whose processes it measured (ProcessLab's Java children), so
     * that it is not read as Python's (a fork child starts in about 3 ms here, a spawn one 54-96 ms:
     * the lesson's summary says so).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void theThreadsRatioSaysWhoseProcessesItMeasured(String lang) throws Exception {
        Locale l = Locale.forLanguageTag(lang);
        Events e = PanelRuns.threads("2.5", "900.0", "0.4", "160.5");
        ThreadsLessonView page = new ThreadsLessonView(Lessons.byId("threads").orElseThrow(), new I18n(l));
        layOut(page, e, false);
        javafx.scene.control.Label ratio = (javafx.scene.control.Label) page.view().lookup("#threads-ratio");
        assertTrue(ratio.getText().contains("ProcessLab") && ratio.getText().contains("VM"), ratio.getText());
        String summary = io.processlab.api.Texts.get(l, "threads.summary");
        assertTrue(summary.contains("fork") && summary.contains("spawn"), summary);
    }
}
