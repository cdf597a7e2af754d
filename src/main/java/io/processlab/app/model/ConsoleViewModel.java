package io.processlab.app.model;

import io.processlab.app.style.ProcessPalette;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    /** ProcessLab's own line kept after the printed ones (e.g. "Run finished"), or null. */
    private ConsoleLine note;

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

    /**
     * A message from ProcessLab kept as the last line, below every printed line, also those that
     * come later (how the run ended: shown while the replay is at its end); null takes it away.
     */
    public void note(String tag, String text) {
        setNote(text == null ? null : new ConsoleLine(0, tag, text, ConsoleLine.Kind.SYSTEM, 0));
    }

    private void setNote(ConsoleLine next) {
        if (Objects.equals(next, note)) {
            return;
        }
        if (note != null) {
            lines.remove(lines.size() - 1);
        }
        note = next;
        if (note != null) {
            lines.add(note);
        }
    }

    private void append(List<ConsoleLine> add) {
        if (add.isEmpty()) {
            return;
        }
        ConsoleLine kept = note;
        setNote(null);
        int over = lines.size() + add.size() - MAX_LINES;
        if (over > 0) {
            lines.remove(0, Math.min(over, lines.size()));
        }
        lines.addAll(add.size() > MAX_LINES ? add.subList(add.size() - MAX_LINES, add.size()) : add);
        setNote(kept);
    }

    /** Empties the console, the note too. */
    public void clear() {
        note = null;
        lines.clear();
    }
}
