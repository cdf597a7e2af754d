package io.processlab.app.study;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.PythonProgram;
import io.processlab.app.model.SettingsViewModel;
import io.processlab.app.teach.TeachViewModel;
import io.processlab.python.PythonRun;
import io.processlab.study.LessonRunner;
import io.processlab.study.PythonRunner;
import io.processlab.study.Repeat;
import io.processlab.study.Runner;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The toolbar's "Run ×N" beside Run: how many times (a spinner, {@link Repeat#MIN} to
 * {@link Repeat#MAX}) and the button that runs the chosen lesson with the sheet's settings and
 * the tempo (or the Python program shown, when the window shows one) that many times, in the
 * series' own window.
 */
public final class RepeatControls {
    private final MainViewModel main;
    private final TeachViewModel teach;
    private final I18n i18n;
    private final RepeatViewModel model;
    private final Supplier<Window> owner;
    private RepeatView view;

    public RepeatControls(MainViewModel main, TeachViewModel teach, I18n i18n, Supplier<Window> owner) {
        this.main = main;
        this.teach = teach;
        this.i18n = i18n;
        this.owner = owner;
        this.model = new RepeatViewModel(i18n, r -> {
            Thread t = new Thread(r, "repeat-series");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater, (n, ran) -> main.open(ran.recording(), null, i18n.get("repeat.opened_name",
                n, model().titleProperty().get())));
    }

    public RepeatViewModel model() {
        return model;
    }

    /** The series' window, made when first asked. */
    public RepeatView view() {
        if (view == null) {
            view = new RepeatView(model, i18n, owner.get(), teach.presenterProperty());
        }
        return view;
    }

    /** The spinner and the button, side by side, for the toolbar. */
    public Node node() {
        Spinner<Integer> times = new Spinner<>();
        times.setId("repeat-times");
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(Repeat.MIN, Repeat.MAX, model.timesProperty().get());
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : String.valueOf(n);
            }

            @Override
            public Integer fromString(String s) {
                try {
                    return Math.max(Repeat.MIN, Math.min(Repeat.MAX, Integer.parseInt(s.strip())));
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        });
        times.setValueFactory(f);
        times.setEditable(true);
        f.valueProperty().addListener((o, a, n) -> model.timesProperty().set(n));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("repeat.times_tip"));
        times.setTooltip(tip);
        Button go = new Button();
        go.setId("run-repeat");
        go.getStyleClass().add("repeat-button");
        go.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("repeat.button", model.timesProperty().get()), i18n.localeProperty(), model.timesProperty()));
        go.disableProperty().bind(main.canRunProperty().not().or(model.runningProperty()));
        go.setOnAction(e -> start());
        Tooltip goTip = new Tooltip();
        goTip.textProperty().bind(i18n.text("repeat.button_tip"));
        go.setTooltip(goTip);
        HBox box = new HBox(4, times, go);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** Runs the series and shows its window. */
    public void start() {
        if (!main.canRunProperty().get() || model.runningProperty().get()) {
            return;
        }
        PythonProgram p = main.programProperty().get();
        if (p != null) {
            model.startProgram(runner(p), String.valueOf(p.file().getFileName()));
        } else {
            model.start(runner(p), main.selected().id());
        }
        view().show();
    }

    private Runner runner(PythonProgram p) {
        if (p != null) {
            List<String> args = p.twinOf() == null ? List.of()
                    : List.of(main.settingsOf(p.twinOf()).settings().toJson().toString());
            return new PythonRunner(new PythonRun.Options(null, p.file(), args, p.file().toAbsolutePath().getParent()));
        }
        SettingsViewModel s = main.currentSettingsProperty().get();
        return new LessonRunner(s.lesson(), s.settings(), main.runLocale(), 1 / teach.tempoProperty().get());
    }
}
