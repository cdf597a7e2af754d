package io.processlab.app.teach;

import io.processlab.app.panels.ProcChip;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Listing;
import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.ProcState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Code tab: the lesson's program as the real Java the processes run and its Python twin
 * ({@link Listing}), and the line the followed process last reached in both, from its latest
 * {@code step} event. Live, {@link #show} is given the run's fold every frame; a replay gives the
 * fold at the scrubber's time, or calls {@link #showAt} with the events up to it.
 */
public final class CodeViewModel {
    /** No line: the process reached no marker yet (or the lesson has none). */
    public static final int NONE = 0;

    private final ProcessPalette palette;
    private final Map<String, Listing> listings = new HashMap<>();
    private final ReadOnlyObjectWrapper<Listing> listing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<ProcChip> processes = FXCollections.observableArrayList();
    private final ObservableList<ProcChip> processesView = FXCollections.unmodifiableObservableList(processes);
    private final ObjectProperty<ProcChip> followed = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper marker = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper javaLine = new ReadOnlyIntegerWrapper(NONE);
    private final ReadOnlyIntegerWrapper pythonLine = new ReadOnlyIntegerWrapper(NONE);
    private final javafx.beans.property.ReadOnlyBooleanWrapper pythonRun = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.BOTH);
    /** Whether the tab is too narrow for both languages side by side ({@link #setNarrow}). */
    private boolean narrow;
    /** Whether Python alone stands in for both because the tab is narrow, the user having chosen nothing. */
    private boolean narrowed;
    /** Whether the user chose what to see ({@link #choose}): kept at every width. */
    private boolean chosen;
    private ObjectsModel last = new ObjectsModel();

    /**
     * The languages the tab shows: both side by side, or one of them across the whole tab (a
     * narrow column, a projector's large type: its lines wrap less).
     */
    public enum Shown {
        BOTH, JAVA, PYTHON
    }

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ENGLISH);
    /** Shows the lesson or program last given again: the listing's comments follow the language. */
    private Runnable again = () -> { };

    public CodeViewModel(ProcessPalette palette) {
        this.palette = palette;
        followed.addListener((o, a, b) -> highlight());
        language.addListener((o, a, b) -> again.run());
        // both set again while the tab is narrow (not by the user): Python alone again
        shown.addListener((o, a, b) -> {
            if (b == Shown.BOTH) {
                fitWidth();
            }
        });
    }

    /** The language the listings' comments are read in (the window's). */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    private Listing listingOf(Lesson lesson) {
        Locale l = language.get() == null ? Locale.ENGLISH : language.get();
        return listings.computeIfAbsent(lesson.id() + "/" + l.getLanguage(), id -> Listing.of(lesson, l));
    }

    /** Shows {@code lesson}'s listing (read once per lesson). */
    public void setLesson(Lesson lesson) {
        again = () -> setLesson(lesson);
        pythonRun.set(false);
        if (lesson == null) {
            listing.set(null);
            return;
        }
        try {
            listing.set(listingOf(lesson));
            problem.set("");
        } catch (IllegalStateException e) {
            listing.set(null);
            problem.set(e.getMessage());
        }
        highlight();
    }

    /**
     * Shows a Python program's text: a lesson's twin beside its Java code ({@code twinOf}), or a
     * program of the user's alone; each process's line is the one its last operation was at.
     */
    public void setProgram(String source, Lesson twinOf) {
        again = () -> setProgram(source, twinOf);
        pythonRun.set(true);
        try {
            listing.set(twinOf != null ? listingOf(twinOf).withPythonLines()
                    : Listing.ofPython(source == null ? "" : source));
            problem.set("");
        } catch (IllegalStateException e) {
            listing.set(null);
            problem.set(e.getMessage());
        }
        highlight();
    }

    /** True when the run shown is a Python program's: the Python text is what ran, the Java one only its twin. */
    public javafx.beans.property.ReadOnlyBooleanProperty pythonRunProperty() {
        return pythonRun.getReadOnlyProperty();
    }

    /** The languages the user chose to see; {@link #showsJava} and {@link #showsPython} say what is shown. */
    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** The user chose what the tab shows: it stays so, however narrow or wide the tab. */
    public void choose(Shown what) {
        chosen = true;
        narrowed = false;
        shown.set(what);
    }

    /**
     * Says whether the tab is too narrow for both languages side by side (presenter mode's column
     * of large type: each pane held some 35 characters, and a line of code took two or three rows,
     * broken inside its calls). Narrow, and the user having chosen nothing, Python alone is shown
     * across the tab (the lesson's language; Java is a button away); wide again, both.
     */
    public void setNarrow(boolean on) {
        narrow = on;
        fitWidth();
    }

    private void fitWidth() {
        if (chosen) {
            return;
        }
        if (narrow && shown.get() == Shown.BOTH) {
            narrowed = true;
            shown.set(Shown.PYTHON);
        } else if (!narrow && narrowed) {
            narrowed = false;
            if (shown.get() == Shown.PYTHON) {
                shown.set(Shown.BOTH);
            }
        }
    }

    /** True when the listing has Java to show: a program of the user's has no Java twin. */
    public boolean hasJava() {
        Listing l = listing.get();
        return l == null || !(l.java().isBlank() && pythonRun.get());
    }

    /** True when the Java pane is shown: there is Java, and the user did not choose Python alone. */
    public boolean showsJava() {
        return hasJava() && shown.get() != Shown.PYTHON;
    }

    /** True when the Python pane is shown: always, unless the user chose Java alone where there is Java. */
    public boolean showsPython() {
        return !hasJava() || shown.get() != Shown.JAVA;
    }

    /** The listing shown, or null. */
    public ReadOnlyObjectProperty<Listing> listingProperty() {
        return listing.getReadOnlyProperty();
    }

    /** Why there is no listing, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The run's processes, parent first: the ones the user can follow. */
    public ObservableList<ProcChip> processes() {
        return processesView;
    }

    /** The process whose line is highlighted; the parent unless the user picks another. */
    public ObjectProperty<ProcChip> followedProperty() {
        return followed;
    }

    /** The marker the followed process last reached ("worker.second"), or "". */
    public ReadOnlyStringProperty markerProperty() {
        return marker.getReadOnlyProperty();
    }

    /** The highlighted line of the Java text, 1-based, or {@link #NONE}. */
    public ReadOnlyIntegerProperty javaLineProperty() {
        return javaLine.getReadOnlyProperty();
    }

    /** The highlighted line of the Python text, 1-based, or {@link #NONE}. */
    public ReadOnlyIntegerProperty pythonLineProperty() {
        return pythonLine.getReadOnlyProperty();
    }

    /** Follows the run as {@code m} has it (live: the run's fold; replay: the fold at the scrubber's time). */
    public void show(ObjectsModel m) {
        last = m == null ? new ObjectsModel() : m;
        List<ProcChip> chips = new ArrayList<>();
        for (ProcState p : last.processes()) {
            chips.add(new ProcChip(p.pid(), p.name(), palette.colour(p.pid())));
        }
        if (!chips.equals(processes)) {
            processes.setAll(chips);
        }
        ProcChip f = followed.get();
        if (f == null || chips.stream().noneMatch(c -> c.pid() == f.pid())) {
            followed.set(chips.isEmpty() ? null : chips.get(0));
        }
        highlight();
    }

    /** Follows the run as the events up to some time tell it (a replay's scrubber). */
    public void showAt(List<TraceEvent> upTo) {
        show(ObjectsModel.of(upTo));
    }

    /** No run: no process, no line. */
    public void clear() {
        show(new ObjectsModel());
    }

    private void highlight() {
        Listing l = listing.get();
        ProcChip f = followed.get();
        ProcState p = f == null ? null : last.process(f.pid());
        String m = p == null || p.step() == null ? "" : p.step();
        marker.set(m);
        javaLine.set(l == null ? NONE : l.javaLines().getOrDefault(m, NONE));
        pythonLine.set(l == null ? NONE : l.pythonLines().getOrDefault(m, NONE));
    }
}
