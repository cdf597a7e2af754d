package io.processlab.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The raw JSON lines of every child's pipe, in order; filtered by process and by text.
 */
public final class WireViewModel {
    /** Lines kept; older ones are dropped. */
    public static final int MAX_LINES = 50_000;
    /** The process choice that shows every process. */
    public static final long ALL = -1;

    private final ObservableList<WireLine> lines = FXCollections.observableArrayList();
    private final ObservableList<WireLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final FilteredList<WireLine> shown = new FilteredList<>(lines);
    private final ObservableList<Long> pids = FXCollections.observableArrayList(ALL);
    private final ObservableList<Long> pidsView = FXCollections.unmodifiableObservableList(pids);
    private final ObjectProperty<Long> process = new SimpleObjectProperty<>(ALL);
    private final StringProperty filter = new SimpleStringProperty("");
    private final Map<Long, String> names = new HashMap<>();

    public WireViewModel() {
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            long pid = process.get() == null ? ALL : process.get();
            String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
            return line -> (pid == ALL || line.pid() == pid)
                    && (f.isEmpty() || line.text().toLowerCase(Locale.ROOT).contains(f));
        }, process, filter));
    }

    /** The lines that pass the filters. */
    public ObservableList<WireLine> shown() {
        return shown;
    }

    /** How many lines there are in all. */
    public int total() {
        return lines.size();
    }

    /** The choices of process: {@link #ALL}, then each child's PID in order of appearance. */
    public ObservableList<Long> pids() {
        return pidsView;
    }

    /** The chosen process ({@link #ALL} for every one). */
    public ObjectProperty<Long> processProperty() {
        return process;
    }

    /** Text a line must contain to be shown (case-insensitive). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The name of the process {@code pid} as its lines gave it, or "". */
    public String nameOf(long pid) {
        return names.getOrDefault(pid, "");
    }

    public void accept(List<WireLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (WireLine l : batch) {
            if (!pids.contains(l.pid())) {
                names.put(l.pid(), l.name());
                pids.add(l.pid());
            }
        }
        int over = lines.size() + batch.size() - MAX_LINES;
        if (over > 0) {
            lines.remove(0, Math.min(over, lines.size()));
        }
        lines.addAll(batch);
    }

    public void clear() {
        lines.clear();
        names.clear();
        pids.setAll(ALL);
        process.set(ALL);
    }
}
