package io.processlab.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.FakePage;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.panels.LessonPage;
import io.processlab.lessons.course.Lessons;
import io.processlab.study.KeptValues;
import io.processlab.study.Verdict;
import io.processlab.testing.Await;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Predict tab's model without a window, over real runs of the event lesson. */
@ExtendWith(NoChildrenLeft.class)
class PredictViewModelTest {
    @TempDir
    Path dir;

    private final MainViewModel vm = new MainViewModel(new I18n(Locale.ENGLISH),
            Lessons.all().stream().map(l -> (LessonPage) new FakePage(l.id())).toList());

    @AfterEach
    void end() throws InterruptedException {
        vm.stop();
        frames(() -> !vm.state().busy(), 20);
        vm.shutdown();
    }

    private boolean frames(BooleanSupplier done, double seconds) throws InterruptedException {
        return Await.frames(vm::frame, done, seconds);
    }

    private static PredictViewModel.Row row(PredictViewModel p, String id) {
        return p.rows().stream().filter(r -> r.question().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void answersAreLockedDuringTheRunAndCheckedAgainstItsTraceAfterIt() throws Exception {
        PredictViewModel p = new PredictViewModel(vm, KeptValues.folder(dir));
        vm.select("event");
        vm.settingsOf("event").field("timeout").textProperty().set("0.2");
        vm.settingsOf("event").field("delay").textProperty().set("2");
        assertEquals(2, p.rows().size());
        PredictViewModel.Row timed = row(p, "event.timed");
        assertTrue(p.choose(timed, "True"));
        assertFalse(p.choose(timed, "Maybe"), "only an offered choice");
        vm.run();
        assertTrue(p.lockedProperty().get());
        assertFalse(p.choose(timed, "False"), "locked once the run started");
        assertEquals("True", timed.chosenProperty().get());
        assertTrue(frames(() -> vm.state() == RunState.DONE, 60), vm.statusProperty().get());

        Verdict v = timed.verdictProperty().get();
        assertNotNull(v, "checked when the run ended");
        assertEquals(Verdict.Grade.WRONG, v.grade(), "its timeout ended well before the set: it printed False");
        assertEquals("False", v.answer().id());
        assertEquals(Kinds.EVENT_WAKE, v.answer().moment().kind());
        assertEquals(Verdict.Grade.UNANSWERED, row(p, "event.first").verdictProperty().get().grade());
        assertEquals(1, p.countsProperty().get().answered());
        assertEquals(0, p.countsProperty().get().right());

        long[] revealed = {-1};
        p.onMoment(t -> revealed[0] = t);
        assertTrue(p.showMoment(v.answer().moment()));
        assertEquals(v.answer().moment().tUs(), vm.player().time(), "the scrubber is at the moment that decides it");
        assertEquals(v.answer().moment().tUs(), revealed[0]);
        assertFalse(vm.player().isFollowing());

        assertFalse(p.goals().isEmpty());
        assertFalse(p.goals().get(0).attemptProperty().get().met(), "the timed waiter saw False");

        p.again();
        assertFalse(p.lockedProperty().get());
        assertNull(timed.chosenProperty().get());
        assertNull(timed.verdictProperty().get());
        assertEquals(1, new PredictViewModel(vm, KeptValues.folder(dir)).countsProperty().get().answered(),
                "kept for the next launch");
        p.resetProgress();
        assertEquals(0, p.countsProperty().get().answered());
        assertEquals(0, new PredictViewModel(vm, KeptValues.folder(dir)).countsProperty().get().answered());
    }

    @Test
    void theChallengeOfTheTimedWaiterIsMetByChangingItsTimeout() throws Exception {
        PredictViewModel p = new PredictViewModel(vm, KeptValues.folder(dir));
        vm.select("event");
        vm.settingsOf("event").field("timeout").textProperty().set("3");
        vm.settingsOf("event").field("delay").textProperty().set("0.3");
        vm.run();
        assertTrue(frames(() -> vm.state() == RunState.DONE, 60), vm.statusProperty().get());
        PredictViewModel.Goal g = p.goals().get(0);
        assertTrue(g.attemptProperty().get().met(), "the timed waiter printed True");
        assertTrue(g.metBeforeProperty().get());
        assertEquals(1, p.countsProperty().get().met());
    }

    @Test
    void theChoicesFollowTheSheetsSettings() {
        PredictViewModel p = new PredictViewModel(vm, KeptValues.memory());
        vm.select("queue");
        vm.settingsOf("queue").field("consumers").textProperty().set("1");
        PredictViewModel.Row taker = row(p, "queue.task3");
        assertEquals(2, taker.choices().size(), "one consumer: Consumer-1, or cannot be known");
        vm.settingsOf("queue").field("consumers").textProperty().set("5");
        assertEquals(3, taker.choices().size());
        vm.settingsOf("queue").field("consumers").textProperty().set("a");
        assertEquals(3, taker.choices().size(), "a wrong value: the choices of the defaults (5 consumers)");
        vm.select("isolation");
        assertTrue(p.rows().isEmpty(), "a concept demo asks nothing");
    }

    /** The tab says the settings its questions are asked for, as the sheet reads them, a switch as on or off. */
    @Test
    void theQuestionsSayTheSettingsTheyAreAskedFor() {
        PredictViewModel p = new PredictViewModel(vm, KeptValues.memory());
        vm.select("event");
        vm.settingsOf("event").field("timeout").textProperty().set("2.5");
        assertTrue(p.settingsLine().contains("2.5") && p.settingsLine().contains("3"), p.settingsLine());
        vm.select("deadlock");
        assertTrue(p.settingsLine().contains(": off"), "a switch reads as off: " + p.settingsLine());
    }
}
