package io.processlab.app.study;

import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.RunState;
import io.processlab.app.model.SettingFieldViewModel;
import io.processlab.app.model.SettingsViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.lessons.Settings;
import io.processlab.study.Challenge;
import io.processlab.study.Challenges;
import io.processlab.study.Choice;
import io.processlab.study.Progress;
import io.processlab.study.KeptValues;
import io.processlab.study.Question;
import io.processlab.study.Questions;
import io.processlab.study.RanSettings;
import io.processlab.study.RunFacts;
import io.processlab.study.Verdict;
import io.processlab.study.Wording;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Predict tab's state: the chosen lesson's questions with their choices (for the settings in
 * the sheet), the student's answers, locked once a run starts; after the run each answer checked
 * against that run's own trace ({@link RunFacts}, {@link Question#check}), and the lesson's
 * challenges; "show the moment" puts the scrubber on the event that decides one. What the student
 * did is kept in a {@link KeptValues}. FX thread only; tested without a window.
 */
public final class PredictViewModel {
    /** One question as shown: its words and choices for the sheet's settings, the answer, the verdict. */
    public static final class Row {
        private final Question question;
        private final ReadOnlyObjectWrapper<Wording> text = new ReadOnlyObjectWrapper<>();
        private final ObservableList<Choice> choices = FXCollections.observableArrayList();
        private final ObjectProperty<String> chosen = new SimpleObjectProperty<>();
        private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();

        Row(Question question) {
            this.question = question;
        }

        public Question question() {
            return question;
        }

        public ReadOnlyObjectProperty<Wording> textProperty() {
            return text.getReadOnlyProperty();
        }

        public ObservableList<Choice> choices() {
            return FXCollections.unmodifiableObservableList(choices);
        }

        /** The id of the chosen answer, or null; set it through {@link PredictViewModel#choose}. */
        public ReadOnlyObjectProperty<String> chosenProperty() {
            return chosen;
        }

        /** The verdict against the last run, or null before it. */
        public ReadOnlyObjectProperty<Verdict> verdictProperty() {
            return verdict.getReadOnlyProperty();
        }

        void show(Settings s) {
            text.set(question.text(s));
            List<Choice> now = question.choices(s);
            if (!now.equals(choices)) {
                choices.setAll(now);
            }
            if (chosen.get() != null && now.stream().noneMatch(c -> c.id().equals(chosen.get()))) {
                chosen.set(null);
            }
        }
    }

    /** One challenge as shown: its goal, how the last run fared, whether it was ever met. */
    public static final class Goal {
        private final Challenge challenge;
        private final ReadOnlyObjectWrapper<Challenge.Attempt> attempt = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyBooleanWrapper metBefore = new ReadOnlyBooleanWrapper();

        Goal(Challenge challenge) {
            this.challenge = challenge;
        }

        public Challenge challenge() {
            return challenge;
        }

        public ReadOnlyObjectProperty<Challenge.Attempt> attemptProperty() {
            return attempt.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty metBeforeProperty() {
            return metBefore.getReadOnlyProperty();
        }
    }

    private final MainViewModel main;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Progress.Counts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final InvalidationListener settingsChanged = o -> showSettings();
    private final List<SettingFieldViewModel> watched = new ArrayList<>();
    private Progress progress;
    /** The lesson whose questions {@link #rows} holds. */
    private String rowsLesson;
    private boolean liveRun;
    private LongConsumer onMoment = t -> { };

    public PredictViewModel(MainViewModel main, KeptValues store) {
        this.main = main;
        this.progress = new Progress(store);
        counts.set(progress.counts());
        main.selectedProperty().addListener((o, a, p) -> lesson(p));
        main.currentSettingsProperty().addListener((o, a, s) -> watch(s));
        main.stateProperty().addListener((o, was, now) -> state(now));
        main.traceProperty().addListener((o, a, t) -> {
            if (main.isOpened()) {
                // a saved run shown: the verdicts were of another run, and nothing is checked against it
                clearVerdicts();
                locked.set(false);
            }
        });
        watch(main.currentSettingsProperty().get());
        lesson(main.selected());
    }

    /** Keeps what the student does in {@code store} from now on (the app: the user's preferences). */
    public void keepIn(KeptValues store) {
        progress = new Progress(store);
        refreshProgress();
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<Goal> goals() {
        return FXCollections.unmodifiableObservableList(goals);
    }

    /** Whether the answers are locked: from a run's start until "Predict again" (or another lesson). */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Whether the verdicts shown are of a run that ended. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /**
     * Counts up whenever what the tab shows changed: the questions (another lesson), their words
     * or choices (the settings), the lock, the verdicts. The view draws itself again then.
     */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** How far the student has come, as kept. */
    public ReadOnlyObjectProperty<Progress.Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Chooses {@code choiceId} for {@code row}; refused (false) while the answers are locked. */
    public boolean choose(Row row, String choiceId) {
        if (locked.get() || row.choices.stream().noneMatch(c -> c.id().equals(choiceId))) {
            return false;
        }
        row.chosen.set(choiceId);
        return true;
    }

    /** Clears the answers and the verdicts, and unlocks: a new prediction for the next run. */
    public void again() {
        if (main.state().busy()) {
            return;
        }
        rows.forEach(r -> r.chosen.set(null));
        clearVerdicts();
        locked.set(false);
        showSettings();
    }

    private void clearVerdicts() {
        rows.forEach(r -> r.verdict.set(null));
        goals.forEach(g -> g.attempt.set(null));
        checked.set(false);
        changed();
    }

    /** Forgets everything done (the view asks first). */
    public void resetProgress() {
        progress.reset();
        refreshProgress();
    }

    /** What "show the moment" does besides moving the scrubber (the window: bring it into the timeline's view). */
    public void onMoment(LongConsumer action) {
        this.onMoment = action == null ? t -> { } : action;
    }

    /** Puts the scrubber (and so the panels, the console and the timeline's cursor) at {@code e}'s time. */
    public boolean showMoment(TraceEvent e) {
        if (e == null || !main.player().readyProperty().get()) {
            return false;
        }
        main.player().pause();
        main.player().seek(e.tUs());
        onMoment.accept(e.tUs());
        return true;
    }

    private void lesson(LessonPage page) {
        rows.clear();
        goals.clear();
        locked.set(false);
        checked.set(false);
        String id = page == null ? null : page.id();
        rowsLesson = id;
        if (id != null) {
            Questions.of(id).forEach(q -> rows.add(new Row(q)));
            Challenges.of(id).forEach(c -> goals.add(new Goal(c)));
        }
        showSettings();
        refreshProgress();
        changed();
    }

    private void watch(SettingsViewModel s) {
        watched.forEach(f -> f.textProperty().removeListener(settingsChanged));
        watched.clear();
        if (s != null) {
            for (SettingFieldViewModel f : s.fields()) {
                f.textProperty().addListener(settingsChanged);
                watched.add(f);
            }
        }
        showSettings();
    }

    /**
     * The settings the questions are asked for, in one line ("Timeout (s): 2.0 · Delay before
     * set (s): 3.0"): presenter mode hides the sheet, and the answers depend on them.
     */
    public String settingsLine() {
        SettingsViewModel s = main.currentSettingsProperty().get();
        // read when drawn, so that its names follow the window's language (the sheet is locked
        // during a run, so it is the run's settings then)
        if (s == null || rowsLesson == null || !rowsLesson.equals(s.lesson().id())) {
            return "";
        }
        return String.join(" \u00B7 ", s.fields().stream().map(f -> f.label() + ": " + f.valueInWords()).toList());
    }

    /** The questions' words and choices for the sheet's settings (its defaults while a value is wrong). */
    private void showSettings() {
        if (locked.get()) {
            return;
        }
        SettingsViewModel s = main.currentSettingsProperty().get();
        // the sheet and the questions change lessons one after the other: both must be of the same one
        if (s == null || rowsLesson == null || !rowsLesson.equals(s.lesson().id())) {
            return;
        }
        Settings settings;
        try {
            // read from the fields' texts now (this may run before the sheet has rechecked them)
            settings = s.settings();
        } catch (IllegalStateException wrongValue) {
            settings = Settings.defaults(s.lesson().settings());
        }
        Settings shown = settings;
        rows.forEach(r -> r.show(shown));
        changed();
    }

    private void state(RunState now) {
        if (now.busy()) {
            if (!liveRun) {
                liveRun = main.programProperty().get() == null && !main.isOpened();
                locked.set(true);
                clearVerdicts();
            }
        } else if (now == RunState.IDLE) {
            // Reset: the answers stay, unlocked; the verdicts went with the run
            liveRun = false;
            clearVerdicts();
            locked.set(false);
            showSettings();
        } else if (liveRun) {
            liveRun = false;
            check(main.recording());
        } else {
            // a Python program's run ended: its prints carry no lesson texts, nothing was checked
            locked.set(false);
            changed();
        }
    }

    /** Checks every answer and challenge against the run that just ended, and keeps what was done. */
    private void check(TraceFile.Recording rec) {
        LessonPage page = main.selected();
        if (rec == null || page == null || !page.id().equals(rec.lesson())) {
            return;
        }
        RunFacts facts = RunFacts.of(rec.trace());
        Settings ranWith = RanSettings.of(page.lesson().settings(), rec.settings());
        for (Row r : rows) {
            Verdict v = r.question.check(r.chosen.get(), facts, ranWith);
            r.verdict.set(v);
            progress.answered(r.question, v.grade());
        }
        for (Goal g : goals) {
            Challenge.Attempt a = g.challenge.attempt(facts, ranWith);
            g.attempt.set(a);
            if (a.met()) {
                progress.met(g.challenge);
            }
        }
        checked.set(true);
        refreshProgress();
        changed();
    }

    private void refreshProgress() {
        counts.set(progress.counts());
        goals.forEach(g -> g.metBefore.set(progress.isMet(g.challenge)));
    }
}
