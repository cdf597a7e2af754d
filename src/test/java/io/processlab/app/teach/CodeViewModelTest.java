package io.processlab.app.teach;

import static io.processlab.view.objects.Events.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.panels.ProcChip;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.course.Lessons;
import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.Events;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Code tab's highlighted line follows the trace: the followed process's latest step marker. */
class CodeViewModelTest {
    private static final long W1 = 11;
    private static final long W2 = 12;

    private final ProcessPalette palette = new ProcessPalette();
    private final CodeViewModel vm = new CodeViewModel(palette);

    @BeforeEach
    void deadlockLesson() {
        palette.reset(MAIN);
        vm.setLesson(Lessons.byId("deadlock").orElseThrow());
    }

    /** The deadlock lesson's run as far as two workers and their markers. */
    private static Events run() {
        return Events.of()
                .e(MAIN, "create", "A", "Lock").e(MAIN, "create", "B", "Lock")
                .child(W1, "deadlock.worker").child(W2, "deadlock.worker")
                .e(MAIN, "step", null, "main.start");
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // events, followed pid (0 = the default: the parent), Java line, Python line
                Arguments.of(Events.of().list(), 0L, null, null),
                Arguments.of(run().list(), 0L, "one.start();", "one.start()"),
                Arguments.of(run().e(W1, "step", null, "worker.first").list(), W1,
                        "first.acquire();", "with first:"),
                Arguments.of(run().e(W1, "step", null, "worker.first").e(W1, "step", null, "worker.second").list(), W1,
                        "if (!second.acquire(true, timeout > 0 ? timeout : -1)) {",
                        "got = second.acquire(timeout=timeout or None)"),
                Arguments.of(run().e(W1, "step", null, "worker.first").e(W2, "step", null, "worker.first")
                        .e(W1, "step", null, "worker.second").list(), W2, "first.acquire();", "with first:"),
                Arguments.of(run().e(W2, "step", null, "worker.first").list(), W1, null, null),
                Arguments.of(run().e(W1, "step", null, "worker.first").list(), 0L, "one.start();", "one.start()"));
    }

    private static String lineOf(String text, int line) {
        return line == CodeViewModel.NONE ? null : text.split("\n", -1)[line - 1].strip();
    }

    @ParameterizedTest
    @MethodSource("table")
    void highlightedLineIsWhereTheFollowedProcessLastStepped(List<TraceEvent> events, long follow, String java, String python) {
        vm.showAt(events);
        if (follow != 0) {
            vm.followedProperty().set(vm.processes().stream().filter(p -> p.pid() == follow).findFirst().orElseThrow());
        }
        assertEquals(java, lineOf(vm.listingProperty().get().java(), vm.javaLineProperty().get()));
        assertEquals(python, lineOf(vm.listingProperty().get().python(), vm.pythonLineProperty().get()));
    }

    @Test
    void followsTheParentByDefaultAndKeepsTheChosenProcessAsTheRunGoesOn() {
        List<TraceEvent> all = run().e(W1, "step", null, "worker.first").e(W1, "step", null, "worker.second").list();
        vm.showAt(all.subList(0, all.size() - 1));
        assertEquals("MainProcess", vm.followedProperty().get().name());
        assertEquals(List.of("MainProcess", "P11", "P12"), vm.processes().stream().map(ProcChip::name).toList());
        vm.followedProperty().set(vm.processes().get(1));
        assertEquals("worker.first", vm.markerProperty().get());
        int first = vm.javaLineProperty().get();
        vm.showAt(all);
        assertEquals("P11", vm.followedProperty().get().name(), "the choice survives new events");
        assertEquals("worker.second", vm.markerProperty().get());
        assertTrue(vm.javaLineProperty().get() > first, "the second step is further down");
        vm.showAt(all.subList(0, all.size() - 1));
        assertEquals(first, vm.javaLineProperty().get(), "scrubbing back moves the line back");
    }

    @Test
    void aNewRunFollowsItsParentAgainAndAnotherLessonShowsItsOwnCode() {
        vm.showAt(run().e(W1, "step", null, "worker.first").list());
        vm.followedProperty().set(vm.processes().get(1));
        vm.clear();
        assertEquals(CodeViewModel.NONE, vm.javaLineProperty().get());
        assertTrue(vm.processes().isEmpty());
        vm.setLesson(Lessons.byId("isolation").orElseThrow());
        assertTrue(vm.listingProperty().get().java().contains("global = 99;"));
        assertTrue(vm.listingProperty().get().python().contains("multiprocessing"));
        vm.showAt(Events.of().e(MAIN, "step", null, "main.join").list());
        assertEquals("child.join();", lineOf(vm.listingProperty().get().java(), vm.javaLineProperty().get()));
        assertEquals("MainProcess", vm.followedProperty().get().name());
    }

    /** The listing's comments follow the window's language, and so does a Python run's twin. */
    @Test
    void theListingsCommentsFollowTheLanguage() {
        vm.setLesson(Lessons.byId("spawn").orElseThrow());
        assertTrue(vm.listingProperty().get().python().contains("# a new interpreter"), vm.listingProperty().get().python());
        vm.languageProperty().set(java.util.Locale.forLanguageTag("pt-BR"));
        assertTrue(vm.listingProperty().get().python().contains("# um interpretador novo"), vm.listingProperty().get().python());
        vm.setProgram("print(1)\n", Lessons.byId("pool").orElseThrow());
        assertTrue(vm.listingProperty().get().java().contains("// com um tempo de trabalho"), vm.listingProperty().get().java());
        vm.languageProperty().set(java.util.Locale.ENGLISH);
        assertTrue(vm.pythonRunProperty().get(), "still the Python run");
        assertTrue(vm.listingProperty().get().java().contains("// with a work time"), vm.listingProperty().get().java());
    }

    /**
     * A tab too narrow for two panes shows Python alone while the user has chosen nothing, and both
     * again once wide; what the user chose stays at every width.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "chosen {0}: narrow shows {1}, wide again {2}")
    @org.junit.jupiter.params.provider.CsvSource({",PYTHON,BOTH", "BOTH,BOTH,BOTH", "JAVA,JAVA,JAVA", "PYTHON,PYTHON,PYTHON"})
    void aNarrowTabShowsPythonAloneUnlessTheUserChose(CodeViewModel.Shown chosen, CodeViewModel.Shown narrow,
                                                      CodeViewModel.Shown wide) {
        if (chosen != null) {
            vm.choose(chosen);
        }
        vm.setNarrow(true);
        assertEquals(narrow, vm.shownProperty().get(), "narrow");
        assertEquals(narrow != CodeViewModel.Shown.JAVA, vm.showsPython());
        assertEquals(narrow != CodeViewModel.Shown.PYTHON, vm.showsJava());
        vm.setNarrow(false);
        assertEquals(wide, vm.shownProperty().get(), "wide again");
    }

    @Test
    void bothSetAgainWhileTheTabIsNarrowStaysPythonAloneAndTheUsersBothStaysBoth() {
        vm.setNarrow(true);
        vm.shownProperty().set(CodeViewModel.Shown.BOTH);
        assertEquals(CodeViewModel.Shown.PYTHON, vm.shownProperty().get(), "not the user's choice");
        vm.choose(CodeViewModel.Shown.BOTH);
        assertEquals(CodeViewModel.Shown.BOTH, vm.shownProperty().get(), "the user's");
    }
}
