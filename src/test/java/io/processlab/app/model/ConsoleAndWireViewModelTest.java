package io.processlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.app.LaunchOptions;
import io.processlab.app.i18n.I18n;
import io.processlab.app.style.ProcessPalette;
import io.processlab.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleAndWireViewModelTest {
    private static TraceEvent print(long pid, String name, String text) {
        return new TraceEvent(1, pid, name, "print", null, null, text, 0);
    }

    @Test
    void consoleKeepsArrivalOrderAndTagsEachLineWithItsProcessAndColour() {
        ProcessPalette palette = new ProcessPalette();
        palette.reset(100);
        ConsoleViewModel c = new ConsoleViewModel(palette);
        c.accept(List.of(
                print(100, "MainProcess", "Creating 2 consumers"),
                new TraceEvent(2, 7, "Consumer-1", "acquired", "lock", null, null, 0),
                print(8, "Consumer-2", "Consumer-2: 1 * 1"),
                new TraceEvent(3, 7, "Consumer-1", "stderr", null, null, "oops", 0),
                print(7, "Consumer-1", "Consumer-1: 0 * 0")));
        c.note("ProcessLab", "Run finished");
        assertEquals(List.of("Creating 2 consumers", "Consumer-2: 1 * 1", "oops", "Consumer-1: 0 * 0", "Run finished"),
                c.lines().stream().map(ConsoleLine::text).toList());
        assertEquals(List.of("MainProcess 100", "Consumer-2 8", "Consumer-1 7", "Consumer-1 7", "ProcessLab"),
                c.lines().stream().map(ConsoleLine::tag).toList());
        assertEquals(List.of(0, 1, 2, 2, 0), c.lines().stream().map(ConsoleLine::colour).toList());
        assertEquals(ConsoleLine.Kind.STDERR, c.lines().get(2).kind());
        c.clear();
        assertEquals(0, c.lines().size());
    }

    @Test
    void theConsoleNoteStaysBelowLaterLinesUntilTakenAway() {
        ConsoleViewModel c = new ConsoleViewModel(new ProcessPalette());
        c.accept(List.of(print(1, "P", "one")));
        c.note("ProcessLab", "Run finished");
        c.accept(List.of(print(1, "P", "two")));
        assertEquals(List.of("one", "two", "Run finished"), c.lines().stream().map(ConsoleLine::text).toList());
        assertEquals(ConsoleLine.Kind.SYSTEM, c.lines().get(2).kind());
        c.note("ProcessLab", null);
        assertEquals(List.of("one", "two"), c.lines().stream().map(ConsoleLine::text).toList());
    }

    @Test
    void consoleDropsTheOldestLinesOverItsCap() {
        ConsoleViewModel c = new ConsoleViewModel(new ProcessPalette());
        for (int i = 0; i < ConsoleViewModel.MAX_LINES + 10; i++) {
            c.accept(List.of(print(1, "P", "line " + i)));
        }
        assertEquals(ConsoleViewModel.MAX_LINES, c.lines().size());
        assertEquals("line 10", c.lines().get(0).text());
    }

    @Test
    void wireLinesAreFilteredByProcessAndText() {
        WireViewModel w = new WireViewModel(new I18n(java.util.Locale.ENGLISH));
        w.accept(List.of(
                new WireLine(7, "a", false, "{\"type\":\"spawn\",\"target\":\"queue.consumer\"}"),
                new WireLine(7, "a", true, "{\"type\":\"hello\",\"pid\":7}"),
                new WireLine(8, "b", true, "{\"type\":\"call\",\"op\":\"get\"}")));
        assertEquals(List.of(WireViewModel.ALL, 7L, 8L), w.pids());
        assertEquals("b", w.nameOf(8));
        assertEquals(3, w.shown().size());
        w.processProperty().set(7L);
        assertEquals(2, w.shown().size());
        w.filterProperty().set("HELLO");
        assertEquals(List.of("{\"type\":\"hello\",\"pid\":7}"), w.shown().stream().map(WireLine::text).toList());
        w.processProperty().set(WireViewModel.ALL);
        w.filterProperty().set("\"call\"");
        assertEquals(1, w.shown().size());
        w.clear();
        assertEquals(0, w.total());
        assertEquals(List.of(WireViewModel.ALL), w.pids());
    }

    @Test
    void paletteGivesTheParentColourZeroAndChildrenColoursInOrder() {
        ProcessPalette p = new ProcessPalette();
        p.reset(100);
        assertEquals(0, p.colour(100));
        assertEquals(1, p.colour(55));
        assertEquals(2, p.colour(44));
        assertEquals(1, p.colour(55));
        for (int i = 0; i < 6; i++) {
            p.colour(1000 + i);
        }
        assertEquals(1, p.colour(2000), "the ninth child wraps around to colour 1");
        assertEquals("proc-2", p.styleClass(44));
    }

    @Test
    void aSingleFileArgumentIsASavedRunToOpen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("run.json"), "{}");
        assertEquals(f, LaunchOptions.parse(List.of(f.toString())).traceFile());
        java.nio.file.Path missing = dir.resolve("missing.json");
        assertEquals(missing, LaunchOptions.parse(List.of(missing.toString())).traceFile(),
                "a missing file is still the one to open: the window says it is not there");
        assertEquals(null, LaunchOptions.parse(List.of("--verbose")).traceFile());
        assertEquals(null, LaunchOptions.parse(List.of()).traceFile());
        assertEquals(null, LaunchOptions.parse(List.of(f.toString(), "x")).traceFile());
    }
}
