package io.processlab.app;

import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every line the run's processes printed (and their stderr), in the order the parent received
 * them, tagged with the process and its colour. Fed from the trace, so a replayed run fills it
 * the same way.
 */
public final class ConsoleViewModel {
    /** Lines kept; older ones are dropped. */
    public static final int MAX_LINES = 20_000;

    private final ObservableList<ConsoleLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ConsoleLine> readOnly = FXCollections.unmodifiableObservableList(lines);
    private final ProcessPalette palette;

    public ConsoleViewModel(ProcessPalette palette) {
        this.palette = palette;
    }

    public ObservableList<ConsoleLine> lines() {
        return readOnly;
    }

    /** Takes the print and stderr events of a batch. */
    public void accept(List<TraceEvent> batch) {
        List<ConsoleLine> add = new ArrayList<>();
        for (TraceEvent e : batch) {
            if (e.is(Kinds.PRINT)) {
                add.add(new ConsoleLine(e.pid(), e.name(), e.text(), ConsoleLine.Kind.PRINT, palette.colour(e.pid())));
            } else if (e.is(Kinds.STDERR)) {
                add.add(new ConsoleLine(e.pid(), e.name(), e.text(), ConsoleLine.Kind.STDERR, palette.colour(e.pid())));
            }
        }
        append(add);
    }

    /** A message from ProcessLab itself (a run ended, a run failed). */
    public void system(String tag, String text) {
        append(List.of(new ConsoleLine(0, tag, text, ConsoleLine.Kind.SYSTEM, 0)));
    }

    private void append(List<ConsoleLine> add) {
        if (add.isEmpty()) {
            return;
        }
        int over = lines.size() + add.size() - MAX_LINES;
        if (over > 0) {
            lines.remove(0, Math.min(over, lines.size()));
        }
        lines.addAll(add.size() > MAX_LINES ? add.subList(add.size() - MAX_LINES, add.size()) : add);
    }

    public void clear() {
        lines.clear();
    }
}
