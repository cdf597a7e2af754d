package io.processlab.app.study;

import io.processlab.app.i18n.I18n;
import io.processlab.study.Challenge;
import io.processlab.study.Choice;
import io.processlab.study.Progress;
import io.processlab.study.Verdict;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Predict tab: what the student has done and Reset, then each question with its choices (a
 * radio button each, side by side when they fit: {@link RowOrColumn}; locked during the run), and after the run its verdict, what this run did,
 * why it could or could not be known, and "Show the moment"; then the lesson's challenges. It
 * scrolls up and down, never sideways: every text wraps to the tab's width.
 */
public final class PredictView {
    /**
     * The most height the tab asks of the window's split (after a run the first question's card
     * holds its verdict and why: about 260 px at 1280x720); the rest scrolls.
     */
    static final double MOST = 300;

    private final PredictViewModel model;
    private final I18n i18n;
    private final VBox content = new VBox(12);
    private final ScrollPane root = new ScrollPane(content);
    private final Label counts = new Label();
    /** What the last drawing listens to, taken off before the next. */
    private final List<Runnable> unlisten = new ArrayList<>();

    public PredictView(PredictViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        content.getStyleClass().add("predict");
        content.setId("predict");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("predict-scroll");
        InvalidationListener rebuild = o -> build();
        model.revisionProperty().addListener(rebuild);
        model.lockedProperty().addListener(rebuild);
        model.countsProperty().addListener(o -> showCounts());
        i18n.localeProperty().addListener(rebuild);
        build();
    }

    public Node root() {
        return root;
    }

    /**
     * The height the tab would like: its header and its first question with all its choices (so
     * that none waits unseen below the edge), at most {@link #MOST}.
     */
    public double need() {
        double w = (root.getWidth() > 0 ? root.getWidth() : 600) - 20;
        content.applyCss(); // rows drawn since the last pulse (a language switch) measure in their own font
        Insets in = content.getInsets();
        Insets frame = root.getInsets();
        double h = in.getTop() + in.getBottom() + frame.getTop() + frame.getBottom();
        for (Node n : content.getChildren()) {
            h += n.prefHeight(w - in.getLeft() - in.getRight()) + content.getSpacing();
            if (n.getId() != null && n.getId().startsWith("predict-q")) {
                break;
            }
        }
        return Math.ceil(Math.min(MOST, h + 8));
    }

    private void build() {
        unlisten.forEach(Runnable::run);
        unlisten.clear();
        content.getChildren().clear();
        counts.setId("predict-counts");
        counts.setWrapText(true);
        counts.getStyleClass().add("muted");
        wraps(counts);
        showCounts();
        Button again = button("predict-again", "predict.again");
        again.setOnAction(e -> model.again());
        again.setDisable(!model.lockedProperty().get());
        Button reset = button("predict-reset", "predict.reset");
        reset.setOnAction(e -> askReset());
        // the buttons on top, the counts over all lessons at the end: in presenter mode's column
        // the counts' four lines, with the settings' line, pushed the first question's choices
        // below the tab's edge
        FlowPane buttons = new FlowPane(10, 6, again, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().add(buttons);
        if (!model.checkedProperty().get()) {
            Label hint = label(i18n.get(model.lockedProperty().get() ? "predict.locked" : "predict.hint"), "muted");
            hint.setId("predict-hint");
            content.getChildren().add(hint);
        }
        if (model.rows().isEmpty()) {
            content.getChildren().add(label(i18n.get("predict.none"), "muted"));
        } else if (!model.settingsLine().isEmpty()) {
            // the answers depend on the settings, which presenter mode's window does not show
            Label with = label(i18n.get("predict.settings", model.settingsLine()), "muted");
            with.setId("predict-settings");
            content.getChildren().add(with);
        }
        int n = 0;
        for (PredictViewModel.Row r : model.rows()) {
            content.getChildren().add(question(r, n++));
        }
        if (!model.goals().isEmpty()) {
            content.getChildren().add(label(i18n.get("predict.challenges"), "section-title"));
            n = 0;
            for (PredictViewModel.Goal g : model.goals()) {
                content.getChildren().add(challenge(g, n++));
            }
        }
        content.getChildren().add(counts);
    }

    private void showCounts() {
        Progress.Counts c = model.countsProperty().get();
        counts.setText(c == null ? "" : i18n.get("predict.progress", c.answered(), c.questions(), c.right(), c.met(),
                c.challenges()));
    }

    private Node question(PredictViewModel.Row r, int n) {
        VBox card = new VBox(6);
        card.getStyleClass().add("predict-card");
        card.setId("predict-q" + n);
        card.getChildren().add(label(Words.of(i18n, r.textProperty().get()), "predict-question"));
        Verdict v = r.verdictProperty().get();
        if (v == null) {
            ToggleGroup group = new ToggleGroup();
            RowOrColumn choices = new RowOrColumn(28, 6);
            choices.setId("predict-q" + n + "-choices");
            for (Choice c : r.choices()) {
                RadioButton b = new RadioButton(Words.of(i18n, c.words()));
                b.setWrapText(true);
                b.setToggleGroup(group);
                b.setSelected(c.id().equals(r.chosenProperty().get()));
                b.setDisable(model.lockedProperty().get());
                b.setOnAction(e -> model.choose(r, c.id()));
                b.setUserData(c.id());
                wraps(b);
                choices.getChildren().add(b);
            }
            card.getChildren().add(choices);
            // an answer chosen elsewhere (the keyboard, the screenshots' tour) shows too
            ChangeListener<String> follow = (o, a, id) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(id)));
            r.chosenProperty().addListener(follow);
            unlisten.add(() -> r.chosenProperty().removeListener(follow));
        } else {
            // after the run, the answer given in one line: the verdict is what matters now
            String mine = r.choices().stream().filter(c -> c.id().equals(r.chosenProperty().get())).findFirst()
                    .map(c -> Words.of(i18n, c.words())).orElse(null);
            if (mine != null) {
                Label given = label(i18n.get("predict.yours", mine));
                given.setId("predict-q" + n + "-yours");
                card.getChildren().add(given);
            }
        }
        if (v != null) {
            Label grade = label(i18n.get("predict.grade." + v.grade().name())
                    + (v.answer() == null ? "" : " " + Words.of(i18n, v.answer().words())),
                    "predict-grade", "predict-" + v.grade().name().toLowerCase(java.util.Locale.ROOT));
            grade.setId("predict-q" + n + "-verdict");
            Label why = label(i18n.get("predict.why", Words.of(i18n, v.why())), "muted");
            why.setId("predict-q" + n + "-why");
            card.getChildren().addAll(grade, why);
            if (v.answer() != null) {
                card.getChildren().add(momentButton("predict-q" + n + "-moment", v.answer().moment()));
            }
        }
        return card;
    }

    private Node challenge(PredictViewModel.Goal g, int n) {
        VBox card = new VBox(6);
        card.getStyleClass().add("predict-card");
        card.setId("predict-c" + n);
        String before = g.metBeforeProperty().get() ? " " + i18n.get("predict.challenge.done") : "";
        card.getChildren().add(label(Words.of(i18n, g.challenge().goal()) + before, "predict-question"));
        Challenge.Attempt a = g.attemptProperty().get();
        if (a != null) {
            Label met = label(i18n.get(a.met() ? "predict.challenge.met" : "predict.challenge.not_met") + " "
                    + Words.of(i18n, a.words()), "predict-grade", a.met() ? "predict-right" : "predict-wrong");
            met.setId("predict-c" + n + "-verdict");
            card.getChildren().add(met);
            if (a.moment() != null) {
                card.getChildren().add(momentButton("predict-c" + n + "-moment", a.moment()));
            }
        }
        return card;
    }

    private Button momentButton(String id, TraceEvent moment) {
        Button b = button(id, "predict.moment");
        Tooltip tip = new Tooltip(i18n.get("predict.moment.tip"));
        b.setTooltip(tip);
        b.setOnAction(e -> model.showMoment(moment));
        return b;
    }

    private void askReset() {
        ButtonType go = new ButtonType(i18n.get("predict.reset.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.get("predict.reset.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("predict.reset.text"), go, keep);
        ask.setTitle(i18n.get("predict.reset.title"));
        ask.setHeaderText(i18n.get("predict.reset.title"));
        // forgetting cannot be undone: Enter keeps
        ((Button) ask.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
            ask.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        if (ask.showAndWait().orElse(keep) == go) {
            model.resetProgress();
        }
    }

    private Button button(String id, String key) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.getStyleClass().add("tool-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styles);
        wraps(l);
        return l;
    }

    /** A wrapping text takes the height its lines need, never cut to one line. */
    private static void wraps(Region r) {
        r.setMinHeight(Region.USE_PREF_SIZE);
        r.setMaxWidth(Double.MAX_VALUE);
    }
}
