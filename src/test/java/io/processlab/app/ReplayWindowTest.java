package io.processlab.app;

import static io.processlab.app.TestWindow.await;
import static io.processlab.app.TestWindow.fx;
import static io.processlab.app.TestWindow.texts;
import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.model.SettingsViewModel;
import io.processlab.app.replay.Describe;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import io.processlab.view.Units;
import io.processlab.view.objects.Events;
import io.processlab.view.objects.ObjectsModel;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saved runs in the window (headless, on Monocle): saved and reopened through the window's own
 * file code, scrubbed to a time with the slider, broken files refused, the exports written.
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class ReplayWindowTest {
    @TempDir
    static Path dir;
    static Path queueRun;
    static Path lockRun;
    static Path eventRun;

    private TestWindow window;
    private MainViewModel vm;
    private MainView view;

    @BeforeAll
    static void files() throws Exception {
        queueRun = save("queue", SampleRuns.QUEUE, "{\"consumers\": 2, \"tasks\": 2, \"task_seconds\": 0.5}");
        lockRun = save("process", SampleRuns.LOCK, "{\"children\": 2, \"lock\": true}");
        eventRun = save("event", SampleRuns.EVENT, "{\"timeout\": 2, \"delay\": 3}");
    }

    private static Path save(String lesson, List<TraceEvent> events, String settings) throws Exception {
        List<ProcessInfo> procs = List.of(new ProcessInfo(MAIN, "MainProcess", "main", null),
                new ProcessInfo(1, "P1", "child", "t"), new ProcessInfo(2, "P2", "child", "t"));
        Path file = dir.resolve(lesson + ".processlab");
        TraceFile.save(file, lesson, JsonParser.parseString(settings).getAsJsonObject(), Trace.of(procs, events));
        return file;
    }

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, 1280, 720);
        vm = window.vm;
        view = window.view;
    }

    @AfterEach
    void end() throws Exception {
        window.close();
    }

    private void open(Path file) throws Exception {
        view.files().open(file).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the scrubber's slider to {@code t} and lets one frame draw it. */
    private void scrub(FxRobot robot, long t) throws Exception {
        Slider slider = robot.lookup("#time-slider").queryAs(Slider.class);
        fx(() -> {
            slider.setValue(t);
            view.frame();
            return null;
        });
    }

    /** A moment to look at: first to {@code via} (when not -1, to come back), then to {@code t}. */
    record Moment(long via, long t, String where, List<String> shown, List<String> hidden) {
        @Override
        public String toString() {
            return "t=" + t + (via >= 0 ? " (back from " + via + ")" : "") + ": " + where;
        }
    }

    static Moment at(long t, String where, List<String> shown, List<String> hidden) {
        return new Moment(-1, t, where, shown, hidden);
    }

    static Moment back(long via, long t, String where, List<String> shown, List<String> hidden) {
        return new Moment(via, t, where, shown, hidden);
    }

    /** Per saved run, the moments and what its panel must show then (one window per run, to keep the test quick). */
    static Stream<Arguments> moments() {
        // the window is narrow enough for the compact panel: a pill is "None ☠" (with its count when several stand in a row)
        String poison = "None \u2620";
        String p1 = "P1 \u00b7 1";
        String p2 = "P2 \u00b7 2";
        return Stream.of(
                Arguments.of("queue", List.of(
                        at(6, "#task-cards", List.of("empty"), List.of("{'a': 0}")),
                        at(8, "#task-cards", List.of("{'a': 0}", "{'a': 1}"), List.of(poison)),
                        at(10, "#task-cards", List.of("{'a': 0}", "{'a': 1}", poison), List.of()),
                        at(13, "#task-cards", List.of(poison), List.of("{'a': 0}", "{'a': 1}")),
                        // compact, a consumer's chip is its name (its PID on hover)
                        at(13, "#consumers", List.of("P1", "{'a': 0}", "P2", "{'a': 1}"), List.of()),
                        back(16, 8, "#task-cards", List.of("{'a': 0}", "{'a': 1}"), List.of(poison)),
                        back(16, 13, "#result-cards", List.of("empty"), List.of("'0 * 0 = 0'")),
                        at(14, "#result-cards", List.of("'0 * 0 = 0'"), List.of("empty")),
                        back(16, 14, "#console", List.of(), List.of("Result: 0 * 0 = 0")),
                        at(15, "#console", List.of("Result: 0 * 0 = 0"), List.of()))),
                Arguments.of("process", List.of(
                        at(5, "#lock-box", List.of("FREE"), List.of("LOCKED")),
                        at(6, "#lock-box", List.of("LOCKED", p1), List.of("FREE")),
                        at(7, "#lock-waiters", List.of(p2), List.of()),
                        back(10, 6, "#lock-box", List.of("LOCKED", p1), List.of(p2)),
                        at(9, "#lock-box", List.of("LOCKED", p2), List.of(p1)),
                        at(10, "#lock-box", List.of("FREE", p2), List.of("LOCKED")))),
                Arguments.of("event", List.of(
                        at(6, "#event-lamp", List.of("lamp-off"), List.of("lamp-on")),
                        at(8, "#event-flag", List.of("NOT SET"), List.of()),
                        at(9, "#event-lamp", List.of("lamp-on"), List.of("lamp-off")),
                        at(9, "#event-flag", List.of("SET"), List.of()),
                        back(10, 8, "#event-lamp", List.of("lamp-off"), List.of("lamp-on")),
                        back(10, 7, "#event-waiting", List.of(p1, p2), List.of()),
                        at(10, "#event-woken", List.of(p1), List.of(p2)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void theScrubberShowsWhatTheTraceImpliesAtThatTime(String run, List<Moment> moments, FxRobot robot) throws Exception {
        open(dir.resolve(run + ".processlab"));
        assertEquals(run, fx(() -> vm.selected().id()));
        for (Moment m : moments) {
            if (m.via() >= 0) {
                scrub(robot, m.via());
            }
            scrub(robot, m.t());
            assertEquals(m.t(), fx(() -> vm.player().time()), m.toString());
            List<String> texts = texts(robot, m.where());
            for (String s : m.shown()) {
                assertTrue(texts.stream().anyMatch(x -> x.contains(s)), m + ": " + s + " in " + texts);
            }
            for (String s : m.hidden()) {
                assertFalse(texts.stream().anyMatch(x -> x.contains(s)), m + ": " + s + " not in " + texts);
            }
        }
    }

    @Test
    void openingASavedRunChoosesItsLessonFillsInItsSettingsAndPutsItInEveryView(FxRobot robot) throws Exception {
        open(queueRun);
        assertEquals("queue", fx(() -> vm.selected().id()));
        assertEquals("2", fx(() -> vm.settingsOf("queue").field("consumers").textProperty().get()));
        assertEquals("0.5", fx(() -> vm.settingsOf("queue").field("task_seconds").textProperty().get()));
        assertEquals(SampleRuns.QUEUE, fx(() -> vm.traceProperty().get().events()));
        assertEquals(SampleRuns.QUEUE.get(SampleRuns.QUEUE.size() - 1).tUs(), fx(() -> vm.player().time()), "the scrubber at the end");
        assertEquals("Saved run of \u201cQueues: workers share the work\u201d, " + Units.of("0.0", "s") + ", 2 child processes.",
                texts(robot, "#status").get(0));
        assertTrue(texts(robot, "#notice-text").get(0).startsWith("Opened queue.processlab"));
        assertTrue(texts(robot, "#console").contains("Result: 0 * 0 = 0"));
    }

    static Stream<Arguments> brokenFiles() {
        String good = readGood();
        String cut = good.substring(0, good.indexOf("\"events\""));
        return Stream.of(
                Arguments.of("empty.processlab", "", "Cannot open empty.processlab: the file is empty."),
                Arguments.of("notes.processlab", "these are my notes, not a run",
                        "Cannot open notes.processlab: it is not a ProcessLab run, or it was cut short. Not valid JSON at line 1,"
                                + " column 1: a word without \"double quotes\" (only true, false and null are written bare)."),
                Arguments.of("cut.processlab", cut,
                        "Cannot open cut.processlab: it is not a ProcessLab run, or it was cut short. Not valid JSON at line "
                                + cut.lines().count() + ", column " + (cut.length() - cut.lastIndexOf('\n'))
                                + ": the text ends too early: a bracket, brace or quote is not closed."),
                Arguments.of("other.json", "{\"format\": \"chrome-trace\", \"version\": 1, \"events\": []}",
                        "Cannot open other.json: it is not a ProcessLab run (it does not say \u201Cformat\u201D: "
                                + "\u201Cprocesslab-trace\u201D)."),
                Arguments.of("noevents.processlab", "{\"format\": \"processlab-trace\", \"version\": 1, \"lesson\": \"queue\"}",
                        "Cannot open noevents.processlab: a part every saved run has is missing: \u201Cevents\u201D."),
                Arguments.of("future.processlab", "{\"format\": \"processlab-trace\", \"version\": 99, \"events\": []}",
                        "Cannot open future.processlab: a newer ProcessLab saved it (format version 99; this one reads "
                                + "version 2). Update ProcessLab to open it."),
                Arguments.of("alien.processlab", good.replace("\"lesson\":\"queue\"", "\"lesson\":\"juggling\""),
                        "Cannot open alien.processlab: its lesson \u201Cjuggling\u201D is not one of this ProcessLab's lessons."));
    }

    private static String readGood() {
        try {
            return Files.readString(queueRun, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the window shows, to compare before and after. */
    private List<Object> windowState(FxRobot robot) throws Exception {
        List<Object> s = new ArrayList<>(fx(() -> List.of(vm.selected().id(), vm.traceProperty().get(),
                vm.player().time(), vm.openedFileProperty().get(), vm.state(),
                vm.settingsOf("queue").field("consumers").textProperty().get())));
        s.add(texts(robot, "#task-cards"));
        s.add(texts(robot, "#console"));
        s.add(texts(robot, "#status"));
        return s;
    }

    /** The table of broken files, one after the other in one window (each must leave it as it was). */
    @Test
    void aFileThatIsNotAGoodRunGivesItsMessageAndLeavesTheWindowAsItWas(FxRobot robot) throws Exception {
        open(queueRun);
        scrub(robot, 8);
        List<Object> before = windowState(robot);
        Trace shown = fx(() -> vm.traceProperty().get());
        for (Arguments a : brokenFiles().toList()) {
            String name = (String) a.get()[0];
            Path file = Files.writeString(dir.resolve(name), (String) a.get()[1], StandardCharsets.UTF_8);
            open(file);
            assertEquals(a.get()[2], texts(robot, "#notice-text").get(0), name);
            assertTrue(fx(() -> robot.lookup("#notice").query().getStyleClass().contains("notice-error")), name);
            assertSame(shown, fx(() -> vm.traceProperty().get()), name);
            assertEquals(before, windowState(robot), name);
        }
    }

    @Test
    void aMissingFileIsSaidToBeMissing(FxRobot robot) throws Exception {
        open(dir.resolve("nowhere.processlab"));
        assertEquals("Cannot open nowhere.processlab: there is no such file.", texts(robot, "#notice-text").get(0));
        assertEquals("process", fx(() -> vm.selected().id()));
    }

    @Test
    void theTimelineExportsAsAPngAtTheChosenScaleAndAsAChromeTrace(FxRobot robot) throws Exception {
        open(lockRun);
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        view.files().exportPng(one, 1).get(30, TimeUnit.SECONDS);
        view.files().exportPng(two, 2).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
        assertEquals("Exported the whole timeline to " + two + " (" + b.getWidth() + Units.NO_BREAK + "\u00D7" + Units.NO_BREAK
                + b.getHeight() + " pixels).", texts(robot, "#notice-text").get(0));

        Path chrome = dir.resolve("run.json");
        view.files().exportChrome(chrome).get(30, TimeUnit.SECONDS);
        JsonObject doc = JsonParser.parseString(Files.readString(chrome)).getAsJsonObject();
        assertTrue(doc.getAsJsonArray("traceEvents").size() > 10);

        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("inside.png");
        view.files().exportPng(blocked, 1).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String notice = texts(robot, "#notice-text").get(0);
        assertTrue(notice.startsWith("Could not write " + blocked + ": "), notice);
        assertTrue(fx(() -> robot.lookup("#notice").query().getStyleClass().contains("notice-error")));
    }

    @Test
    void savingWithNothingToSaveWritesNothing() throws Exception {
        Path file = dir.resolve("nothing.processlab");
        assertFalse(fx(() -> vm.canSaveProperty().get()));
        view.files().save(file).get(20, TimeUnit.SECONDS);
        assertFalse(Files.exists(file));
    }

    /** What the queue panel and the console show now (the console's closing note left out). */
    private List<List<String>> queueViews(FxRobot robot) throws Exception {
        List<String> console = new ArrayList<>(texts(robot, "#console"));
        console.removeIf(l -> l.startsWith("Run finished"));
        return List.of(texts(robot, "#task-cards"), texts(robot, "#consumers"), texts(robot, "#result-cards"),
                texts(robot, "#unfinished"), texts(robot, "#joiners"), console);
    }

    @Test
    void aRecordedRunSavedAndReopenedGivesTheSameEventsAndTheSameStates(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-queue");
        fx(() -> {
            SettingsViewModel s = vm.settingsOf("queue");
            s.field("consumers").textProperty().set("2");
            s.field("tasks").textProperty().set("3");
            s.field("task_seconds").textProperty().set("0.05");
            return null;
        });
        robot.clickOn("#run");
        await("the run ends", 60, () -> vm.state() != RunState.IDLE && !vm.state().busy());
        assertEquals(RunState.DONE, fx(vm::state), fx(() -> vm.statusProperty().get()));
        List<TraceEvent> recorded = fx(() -> vm.traceProperty().get().events());
        long middle = recorded.get(recorded.size() / 2).tUs();
        scrub(robot, middle);
        List<List<String>> atMiddle = queueViews(robot);
        List<String> foldAtMiddle = fx(() -> Describe.of(vm.shown()));
        scrub(robot, recorded.get(recorded.size() - 1).tUs());
        List<List<String>> atEnd = queueViews(robot);

        Path file = dir.resolve("recorded.processlab");
        view.files().save(file).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved the run to " + file + ".", texts(robot, "#notice-text").get(0));
        robot.interact(() -> {
            javafx.scene.control.ListView<?> list = robot.lookup("#lessons").queryAs(javafx.scene.control.ListView.class);
            for (int i = 0; i < list.getItems().size(); i++) {
                if (((io.processlab.app.panels.LessonPage) list.getItems().get(i)).id().equals("event")) {
                    list.scrollTo(i); // the list may be taller than its room: bring the entry into view
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-event");
        await("another lesson: the run is gone from the window", 20, () -> fx(() -> vm.shown().applied()) == 0);

        open(file);
        assertEquals("queue", fx(() -> vm.selected().id()));
        assertEquals("3", fx(() -> vm.settingsOf("queue").field("tasks").textProperty().get()));
        List<TraceEvent> reopened = fx(() -> vm.traceProperty().get().events());
        assertEquals(recorded, reopened);
        for (TraceEvent e : recorded) {
            assertEquals(Describe.of(ObjectsModel.at(recorded, e.tUs())),
                    Describe.of(ObjectsModel.at(reopened, e.tUs())));
        }
        assertEquals(atEnd, queueViews(robot), "the panel and console at the end");
        scrub(robot, middle);
        assertEquals(foldAtMiddle, fx(() -> Describe.of(vm.shown())));
        assertEquals(atMiddle, queueViews(robot), "the panel and console in the middle of the run");
    }
}
