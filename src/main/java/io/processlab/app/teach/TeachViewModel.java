package io.processlab.app.teach;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.engine.Run;
import io.processlab.view.objects.ObjectsModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The teaching controls' state: tempo, step mode (its {@link SchedulerViewModel}), the Code tab's
 * model, presenter mode and the language. The tempo and step mode apply to the next run, and to
 * the current one from now on; the language relabels the window at once, and the children of the
 * next run print in it (a run keeps the language it started in).
 */
public final class TeachViewModel {
    /** The tempos offered: slow motion for a class, and faster for a long run. */
    public static final List<Double> TEMPOS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 4.0);

    private final MainViewModel main;
    private final I18n i18n;
    private final ObjectProperty<Double> tempo = new SimpleObjectProperty<>(1.0);
    private final BooleanProperty presenter = new SimpleBooleanProperty();
    private final SchedulerViewModel scheduler;
    private final CodeViewModel code;
    private ObjectsModel shown;
    private int shownApplied = -1;

    public TeachViewModel(MainViewModel main, I18n i18n) {
        this.main = main;
        this.i18n = i18n;
        this.scheduler = new SchedulerViewModel(main.palette());
        this.code = new CodeViewModel(main.palette());
        main.currentRunProperty().addListener((o, a, run) -> attach(run));
        main.steerableProperty().addListener((o, a, s) -> scheduler.attach(s));
        main.holdFromStart(() -> scheduler.stepModeProperty().get());
        tempo.addListener((o, a, t) -> {
            if (t == null || !(t > 0)) {
                tempo.set(a == null ? 1.0 : a);
                return;
            }
            Run run = main.currentRunProperty().get();
            if (run != null && !run.isClosed()) {
                run.slowdown(1 / t);
            }
        });
        main.selectedProperty().addListener((o, a, page) -> {
            if (main.programProperty().get() == null) {
                code.setLesson(lessonOf(page));
            }
        });
        main.programProperty().addListener((o, a, p) -> {
            if (p == null) {
                code.setLesson(lessonOf(main.selected()));
            } else {
                code.setProgram(p.source(), p.twinOf() == null ? null : lessonOf(main.selected()));
            }
        });
        code.setLesson(lessonOf(main.selected()));
    }

    private static io.processlab.lessons.Lesson lessonOf(LessonPage p) {
        return p == null ? null : p.lesson();
    }

    private void attach(Run run) {
        if (run != null) {
            run.slowdown(1 / tempo.get());
        }
        if (run == null) {
            code.clear();
        }
    }

    public MainViewModel main() {
        return main;
    }

    /** The tempo: 1 is real time, 0.1 ten times slower, 4 four times faster. */
    public ObjectProperty<Double> tempoProperty() {
        return tempo;
    }

    /** One step slower on the list of tempos. */
    public void slower() {
        int i = TEMPOS.indexOf(tempo.get());
        tempo.set(TEMPOS.get(i < 0 ? TEMPOS.indexOf(1.0) : Math.max(0, i - 1)));
    }

    /** One step faster on the list of tempos. */
    public void faster() {
        int i = TEMPOS.indexOf(tempo.get());
        tempo.set(TEMPOS.get(i < 0 ? TEMPOS.indexOf(1.0) : Math.min(TEMPOS.size() - 1, i + 1)));
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public SchedulerViewModel scheduler() {
        return scheduler;
    }

    public CodeViewModel code() {
        return code;
    }

    public Locale language() {
        return i18n.locale();
    }

    /** Switches the window's language; the run goes on, its console stays. */
    public void language(Locale l) {
        i18n.setLocale(l);
    }

    /** Portuguese to English and back. */
    public void toggleLanguage() {
        language(I18n.PORTUGUESE.equals(i18n.locale()) ? Locale.ENGLISH : I18n.PORTUGUESE);
    }

    /** F10: the first press turns step mode on; then each press lets the oldest operation go. */
    public void step() {
        if (!scheduler.stepModeProperty().get()) {
            scheduler.stepModeProperty().set(true);
        } else {
            scheduler.next();
        }
    }

    /**
     * Once per frame, after the main model took the run's events (FX thread): the scheduler reads
     * the run as it is now (or, replaying, what was held at the scrubber's time), the Code tab the
     * run at the scrubber's time.
     */
    public void frame() {
        ObjectsModel m = main.shown();
        scheduler.frame(main.objects(), m, main.player().time(), main.player().isFollowing());
        if (m != shown || m.applied() != shownApplied) {
            code.show(m);
            shown = m;
            shownApplied = m.applied();
        }
    }
}
