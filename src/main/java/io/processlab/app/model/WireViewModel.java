package io.processlab.app.model;

import io.processlab.app.i18n.I18n;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The raw JSON lines of every child's pipe, in order; filtered by process and by text, and, while
 * the replay's cursor is before the end, by time: only the lines that had crossed by then. A
 * saved run has no lines (the trace file keeps the events, not the protocol's lines): for it, as
 * for a list that the filters leave empty, {@link #placeholderProperty()} says why in the
 * window's language.
 */
public final class WireViewModel {
    /** Lines kept; older ones are dropped. */
    public static final int MAX_LINES = 50_000;
    /** The process choice that shows every process. */
    public static final long ALL = -1;
    /** {@link #showUntil} with this shows every line. */
    public static final long EVERY_LINE = Long.MAX_VALUE;

    /** Where the lines come from. */
    public enum Source {
        /** No run yet (or it was reset). */
        NONE,
        /** A run of this window: its lines come as it goes. */
        LIVE,
        /** A run opened from a file: it has no lines. */
        OPENED
    }

    private final I18n i18n;
    private final ObservableList<WireLine> lines = FXCollections.observableArrayList();
    private final FilteredList<WireLine> shown = new FilteredList<>(lines);
    private final ObservableList<Long> pids = FXCollections.observableArrayList(ALL);
    private final ObservableList<Long> pidsView = FXCollections.unmodifiableObservableList(pids);
    private final ObjectProperty<Long> process = new SimpleObjectProperty<>(ALL);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(Source.NONE);
    private final ReadOnlyLongWrapper until = new ReadOnlyLongWrapper(EVERY_LINE);
    private final StringBinding placeholder;
    private final Map<Long, String> names = new HashMap<>();
    /** How many lines had crossed at {@link #until} when the time filter was last set. */
    private int crossed;

    public WireViewModel(I18n i18n) {
        this.i18n = i18n;
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            long pid = process.get() == null ? ALL : process.get();
            String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
            long t = until.get();
            return line -> line.tUs() <= t
                    && (pid == ALL || line.pid() == pid)
                    && (f.isEmpty() || line.text().toLowerCase(Locale.ROOT).contains(f));
        }, process, filter, until));
        placeholder = Bindings.createStringBinding(() -> i18n.get(placeholderKey()),
                shown, source, until, i18n.localeProperty());
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

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Says where the lines come from: no run, a live run, or a saved run (which has none). */
    public void setSource(Source s) {
        source.set(s == null ? Source.NONE : s);
    }

    /** The latest time of a line shown ({@link #EVERY_LINE}: no limit). */
    public ReadOnlyLongProperty untilProperty() {
        return until.getReadOnlyProperty();
    }

    /**
     * Shows only the lines that had crossed at {@code tUs} (the replay's cursor), or every line
     * with {@link #EVERY_LINE}. The list is filtered again only when that changes which lines
     * pass, so that calling it once per frame costs a search, not a pass over every line.
     */
    public void showUntil(long tUs) {
        int n = tUs == EVERY_LINE ? lines.size() : crossedAt(tUs);
        if (tUs == until.get() || (n == crossed && (tUs == EVERY_LINE) == (until.get() == EVERY_LINE))) {
            return;
        }
        crossed = n;
        until.set(tUs);
    }

    /** How many lines had crossed at {@code tUs}: lines come in time order. */
    private int crossedAt(long tUs) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).tUs() <= tUs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** What the list says when it shows no line, in the window's language. */
    public StringBinding placeholderProperty() {
        return placeholder;
    }

    /** The bundle key of {@link #placeholderProperty()}. */
    String placeholderKey() {
        return switch (source.get()) {
            case NONE -> "wire.empty.idle";
            case OPENED -> "wire.empty.opened";
            case LIVE -> lines.isEmpty() ? "wire.empty.waiting"
                    : until.get() != EVERY_LINE && crossedAt(until.get()) == 0 ? "wire.empty.before"
                    : "wire.empty.filtered";
        };
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
        if (until.get() == EVERY_LINE) {
            crossed = lines.size();
        }
    }

    public void clear() {
        lines.clear();
        names.clear();
        pids.setAll(ALL);
        process.set(ALL);
        source.set(Source.NONE);
        crossed = 0;
        until.set(EVERY_LINE);
    }
}
