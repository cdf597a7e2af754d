package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Texts;
import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.Events;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The concept demos' and the deadlock lesson's pages, fed with hand-made traces whose printed
 * lines are the lessons' own texts, in either language: what each page would show.
 */
class ConceptPagesTest {
    private final ProcessPalette palette = new ProcessPalette();

    @BeforeEach
    void parent() {
        palette.reset(MAIN);
    }

    private static String t(String lang, String key, Object... args) {
        return Texts.get(Texts.locale(lang), key, args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void isolationShowsTheParentsValuesUnchangedBesideTheChildsCopies(String lang) {
        IsolationLessonViewModel vm = new IsolationLessonViewModel();
        vm.update(Events.of()
                .print(MAIN, t(lang, "isolation.parent_before", 0, "[1, 2, 3]", 42))
                .child(7, "isolation.change")
                .print(7, t(lang, "isolation.child_got", 0, "[1, 2, 3]", 0))
                .print(7, t(lang, "isolation.child_now", 2, "[1, 2, 3, 4, 5]", 99))
                .print(MAIN, t(lang, "isolation.parent_after", 0, "[1, 2, 3]", 42))
                .print(MAIN, t(lang, "isolation.sent_back", "{'counter': 2, 'list': [1, 2, 3, 4, 5]}"))
                .fold(), palette);
        assertEquals(new IsolationLessonViewModel.Values("0", "[1, 2, 3]", "42"), vm.parentBeforeProperty().get());
        assertEquals(vm.parentBeforeProperty().get(), vm.parentAfterProperty().get());
        assertEquals(new IsolationLessonViewModel.Values("0", "[1, 2, 3]", "0"), vm.childGotProperty().get());
        assertEquals(new IsolationLessonViewModel.Values("2", "[1, 2, 3, 4, 5]", "99"), vm.childNowProperty().get());
        assertEquals("{'counter': 2, 'list': [1, 2, 3, 4, 5]}", vm.sentBackProperty().get());
        assertEquals("MainProcess", vm.parentProperty().get().name());
        assertEquals("P7", vm.childProperty().get().name());
    }

    @Test
    void isolationBeforeTheChildHasOnlyTheParentsFirstValues() {
        IsolationLessonViewModel vm = new IsolationLessonViewModel();
        vm.update(Events.of().print(MAIN, t("en", "isolation.parent_before", 0, "[1, 2, 3]", 42)).fold(), palette);
        assertEquals("42", vm.parentBeforeProperty().get().global());
        assertNull(vm.childGotProperty().get());
        assertNull(vm.parentAfterProperty().get());
        vm.clear();
        assertNull(vm.parentBeforeProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void sendingListsEachValueWithItsJsonOrItsRefusal(String lang) {
        SendingLessonViewModel vm = new SendingLessonViewModel();
        vm.update(Events.of()
                .print(MAIN, t(lang, "sending.v1.ok", "list", "[\"spam\",42,\"ovos\"]", "['spam', 42, 'ovos']"))
                .print(MAIN, t(lang, "sending.v1.refused", "lambda", "cannot send a lambda: code does not travel"))
                .print(MAIN, "something else entirely")
                .print(MAIN, t(lang, "sending.v1.ok", "extra", "{\"a\":[1,2]}", "{'a': [1, 2]}"))
                .fold(), palette);
        assertEquals(List.of(
                new SendingLessonViewModel.Sample("list", true, "[\"spam\",42,\"ovos\"]", "['spam', 42, 'ovos']", null),
                new SendingLessonViewModel.Sample("lambda", false, null, null, "cannot send a lambda: code does not travel"),
                new SendingLessonViewModel.Sample("extra", true, "{\"a\":[1,2]}", "{'a': [1, 2]}", null)), vm.samples());
    }

    @Test
    void threadsChartsTheMeasuredTimesAndTheMemoryEachSideAddsOnceTheyCome() {
        ThreadsLessonViewModel vm = new ThreadsLessonViewModel();
        vm.update(Events.of().print(MAIN, t("en", "threads.threads", 4, "2.5")).fold(), palette);
        assertFalse(vm.resultProperty().get().complete(), "no figures yet");
        vm.update(Events.of()
                .print(MAIN, t("pt", "threads.threads", 4, "2.5"))
                .e(MAIN, "metric", "threads.count", "4.0")
                .e(MAIN, "metric", "threads.start_ms", "2.5")
                .e(MAIN, "metric", "processes.start_ms", "900.0")
                .e(MAIN, "metric", "threads.added_mib", "0.4")
                .e(MAIN, "metric", "processes.rss_mib", "160.5")
                .fold(), palette);
        assertEquals(new ThreadsLessonViewModel.Result(4, 2.5, 900.0, 0.4, 160.5), vm.resultProperty().get());
        assertTrue(vm.resultProperty().get().complete());
    }

    @Test
    void coresShowsEachRoundsSpeedUpFromItsMetricAndTheCoresItUsed() {
        CoresLessonViewModel vm = new CoresLessonViewModel();
        vm.update(Events.of()
                .print(MAIN, t("en", "cores.machine", 4))
                .print(MAIN, t("en", "cores.v1.round", 1, 5133, "0.80", "1.00", "[2]"))
                .e(MAIN, "metric", "speedup.1", "1.0")
                .print(MAIN, t("en", "cores.v1.round", 2, 5133, "0.41", "1.95", "[0, 3]"))
                .e(MAIN, "metric", "speedup.2", "1.9512")
                .print(MAIN, t("en", "cores.v1.round", 3, 5133, "0.30", "2.67", t("en", "cores.unknown")))
                .fold(), palette);
        assertEquals(4, vm.machineCoresProperty().get());
        assertEquals(List.of(
                new CoresLessonViewModel.Round(1, "5133", 0.80, 1.0, List.of(2)),
                new CoresLessonViewModel.Round(2, "5133", 0.41, 1.9512, List.of(0, 3)),
                new CoresLessonViewModel.Round(3, "5133", 0.30, 2.67, List.of())), vm.rounds());
    }

    @Test
    void aRoundWithMoreCoresThanProcessesIsOneWhereAProcessMovedNotRanOnTwoAtOnce() {
        CoresLessonViewModel vm = new CoresLessonViewModel();
        vm.update(Events.of()
                .print(MAIN, t("en", "cores.machine", 2))
                .print(MAIN, t("en", "cores.v1.round", 1, 5133, "0.80", "1.00", "[0, 1]"))
                .print(MAIN, t("en", "cores.v1.round", 2, 5133, "0.41", "1.95", "[0, 1]"))
                .fold(), palette);
        assertEquals(List.of(true, false), vm.rounds().stream().map(CoresLessonViewModel.Round::moved).toList());
        String en = t("en", "cores.round", 1, 5133, "0.80", "1.00", "[0, 1]", "5,133");
        String pt = t("pt", "cores.round", 1, 5133, "0,80", "1,00", "[0, 1]", "5.133");
        assertTrue(en.contains("one at a time") && en.contains(": 5,133 primes") && !en.contains("{"), en);
        assertTrue(pt.contains("um de cada vez") && pt.contains(": 5.133 primos") && !pt.contains("{"), pt);
    }

    @Test
    void spawnShowsTheCommandTheMessageLaidOutAndBothMarkers() {
        SpawnLessonViewModel vm = new SpawnLessonViewModel();
        vm.update(Events.of()
                .child(9, "spawn.describe")
                .print(9, t("pt", "spawn.child_me", 9, 100, 250))
                .print(9, t("pt", "spawn.v1.child_args", "ol\u00e1", 0))
                .print(MAIN, t("pt", "spawn.v1.parent_me", 100, 42))
                .print(MAIN, t("pt", "spawn.command", "java -cp core.jar io.processlab.child.ChildMain 100"))
                .print(MAIN, t("pt", "spawn.message", "{\"type\":\"spawn\",\"target\":\"spawn.describe\",\"args\":[\"ol\u00e1\"]}"))
                .fold(), palette);
        SpawnLessonViewModel.Birth b = vm.birthProperty().get();
        assertEquals("java -cp core.jar io.processlab.child.ChildMain 100", b.command());
        assertEquals("{\n  \"type\": \"spawn\",\n  \"target\": \"spawn.describe\",\n  \"args\": [\n    \"ol\u00e1\"\n  ]\n}", b.message());
        assertEquals(List.of("100", "42", "9", "100", "250", "0", "ol\u00e1"), List.of(b.parentPid(), b.parentMarker(),
                b.childPid(), b.childParentPid(), b.childAgeMs(), b.childMarker(), b.greeting()));
    }

    @Test
    void deadlockShowsBothLocksAndTheCycleWithWhatEachWaitsFor() {
        DeadlockLessonViewModel vm = new DeadlockLessonViewModel();
        Events run = Events.of()
                .e(MAIN, "create", "A", "Lock").e(MAIN, "create", "B", "Lock")
                .child(1, "deadlock.worker").child(2, "deadlock.worker")
                .e(1, "acquired", "A", null).e(2, "acquired", "B", null)
                .e(1, "acquire-wait", "B", null).e(2, "acquire-wait", "A", null);
        vm.update(run.fold(), palette);
        assertNull(vm.cycleProperty().get(), "no deadlock event yet");
        assertEquals(List.of("A", "B"), vm.locks().stream().map(DeadlockLessonViewModel.LockRow::id).toList());
        assertEquals("P1", vm.locks().get(0).holder().name());
        assertEquals(List.of("P2"), vm.locks().get(0).waiters().stream().map(ProcChip::name).toList());
        assertFalse(vm.locks().get(0).inCycle());

        run.e(2, "deadlock", null, "P2 (2) -> P1 (1) -> P2");
        vm.update(run.fold(), palette);
        DeadlockLessonViewModel.Cycle c = vm.cycleProperty().get();
        assertEquals(List.of("P2 waits for A held by P1", "P1 waits for B held by P2"),
                c.links().stream().map(l -> l.who().name() + " waits for " + l.lock() + " held by " + l.heldBy().name()).toList());
        assertTrue(c.live());
        assertTrue(vm.locks().stream().allMatch(DeadlockLessonViewModel.LockRow::inCycle));

        run.e(2, "acquire-timeout", "A", null).e(2, "released", "B", null).e(1, "acquired", "B", null);
        vm.update(run.fold(), palette);
        assertFalse(vm.cycleProperty().get().live(), "a timeout broke the cycle; it is still shown as having happened");
        vm.clear();
        assertNull(vm.cycleProperty().get());
        assertTrue(vm.locks().isEmpty());
    }
}
