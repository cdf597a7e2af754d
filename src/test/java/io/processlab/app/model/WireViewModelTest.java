package io.processlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.processlab.app.SampleRuns;
import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import io.processlab.lessons.course.Lessons;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceFile;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wire view's model without a window: the replay's time filter and what an empty list says. */
class WireViewModelTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);

    private static List<WireLine> threeLines() {
        return List.of(
                new WireLine(7, "Consumer-1", false, "{\"type\":\"spawn\"}", 100),
                new WireLine(7, "Consumer-1", true, "{\"type\":\"hello\"}", 200),
                new WireLine(8, "Consumer-2", true, "{\"type\":\"call\",\"op\":\"get\"}", 300));
    }

    @Test
    void scrubbingBackShowsOnlyTheLinesThatHadCrossedByThen() {
        WireViewModel w = new WireViewModel(i18n);
        w.setSource(WireViewModel.Source.LIVE);
        w.accept(threeLines());
        w.showUntil(250);
        assertEquals(List.of("{\"type\":\"spawn\"}", "{\"type\":\"hello\"}"), w.shown().stream().map(WireLine::text).toList());
        w.showUntil(200);
        assertEquals(2, w.shown().size(), "a line at the cursor's very time has crossed");
        w.showUntil(199);
        assertEquals(1, w.shown().size());
        w.showUntil(WireViewModel.EVERY_LINE);
        assertEquals(3, w.shown().size());
        assertEquals(3, w.total());
    }

    @Test
    void linesThatComeWhileTheCursorIsBackStayHiddenUntilItMovesOn() {
        WireViewModel w = new WireViewModel(i18n);
        w.setSource(WireViewModel.Source.LIVE);
        w.accept(threeLines().subList(0, 1));
        w.showUntil(150);
        w.accept(threeLines().subList(1, 3));
        assertEquals(1, w.shown().size());
        w.showUntil(WireViewModel.EVERY_LINE);
        assertEquals(3, w.shown().size());
    }

    @Test
    void anEmptyListSaysWhyItIsEmpty() {
        WireViewModel w = new WireViewModel(i18n);
        assertEquals(i18n.get("wire.empty.idle"), w.placeholderProperty().get());
        w.setSource(WireViewModel.Source.LIVE);
        assertEquals("No line has crossed a pipe yet.", w.placeholderProperty().get());
        w.accept(threeLines());
        w.showUntil(50);
        assertTrue(w.shown().isEmpty());
        assertTrue(w.placeholderProperty().get().startsWith("At this moment of the replay no line had crossed"),
                w.placeholderProperty().get());
        w.showUntil(WireViewModel.EVERY_LINE);
        w.filterProperty().set("no such text");
        assertTrue(w.shown().isEmpty());
        assertEquals("No line matches the chosen process and filter text.", w.placeholderProperty().get());
        w.clear();
        assertEquals(i18n.get("wire.empty.idle"), w.placeholderProperty().get());
    }

    @Test
    void aRunOpenedFromAFileShowsNoLinesAndSaysTheFileDoesNotKeepThemInTheWindowsLanguage() {
        MainViewModel vm = new MainViewModel(i18n,
                Lessons.all().stream().map(l -> (LessonPage) new FakePage(l.id())).toList());
        long main = 100;
        Trace trace = Trace.of(List.of(new ProcessInfo(main, "MainProcess", "main", null)), SampleRuns.QUEUE);
        assertTrue(vm.open(new TraceFile.Recording("queue", new JsonObject(), trace), null));
        assertTrue(vm.isOpened());
        assertEquals(WireViewModel.Source.OPENED, vm.wire().sourceProperty().get());
        assertEquals(0, vm.wire().shown().size());
        String en = vm.wire().placeholderProperty().get();
        assertTrue(en.startsWith("This run was opened from a file."), en);
        assertTrue(en.contains("not the raw JSON lines"), en);

        vm.player().seek(3);
        vm.frame();
        assertEquals(0, vm.wire().shown().size(), "scrubbing a saved run shows no invented lines");
        assertEquals(en, vm.wire().placeholderProperty().get());

        i18n.setLocale(I18n.PORTUGUESE);
        String pt = vm.wire().placeholderProperty().get();
        assertTrue(pt.startsWith("Esta execu\u00e7\u00e3o foi aberta de um arquivo."), pt);

        vm.reset();
        assertEquals(WireViewModel.Source.NONE, vm.wire().sourceProperty().get());
        assertEquals(i18n.get("wire.empty.idle"), vm.wire().placeholderProperty().get());
    }
}
