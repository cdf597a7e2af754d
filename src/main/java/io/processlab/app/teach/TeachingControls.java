package io.processlab.app.teach;

import io.processlab.app.i18n.I18n;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The toolbar's teaching controls: tempo, step mode, language, presenter mode, help. */
final class TeachingControls {
    private final TeachViewModel model;
    private final I18n i18n;

    TeachingControls(TeachViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** The controls, in toolbar order. */
    List<Node> create(Runnable help) {
        return List.of(tempo(), stepMode(), language(), presenter(), help(help));
    }

    private Node tempo() {
        ComboBox<Double> box = new ComboBox<>();
        box.getItems().setAll(TeachViewModel.TEMPOS);
        box.setId("tempo");
        box.getStyleClass().add("tempo-box");
        box.valueProperty().bindBidirectional(model.tempoProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double t) {
                return i18n.factor(t);
            }

            @Override
            public Double fromString(String s) {
                return model.tempoProperty().get();
            }
        });
        // the closed box says what it is: "Tempo 1x"; the list only the tempos
        ListCell<Double> shown = new ListCell<>() {
            @Override
            protected void updateItem(Double t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : i18n.get("tempo.shown", i18n.factor(t)));
            }
        };
        box.setButtonCell(shown);
        i18n.localeProperty().addListener((o, a, b) -> {
            box.setButtonCell(null);
            box.setButtonCell(shown);
        });
        tip(box, "tempo.tip");
        return box;
    }

    private Node stepMode() {
        ToggleButton step = new ToggleButton();
        step.setId("step-mode");
        step.textProperty().bind(i18n.text("step.toggle"));
        step.getStyleClass().addAll("tool-toggle", "step-toggle");
        step.selectedProperty().bindBidirectional(model.scheduler().stepModeProperty());
        tip(step, "step.tip");
        return step;
    }

    private Node language() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton pt = lang("PT", "lang-pt", group);
        ToggleButton en = lang("EN", "lang-en", group);
        Runnable mark = () -> {
            boolean portuguese = "pt".equals(i18n.locale().getLanguage());
            pt.setSelected(portuguese);
            en.setSelected(!portuguese);
        };
        mark.run();
        i18n.localeProperty().addListener((o, a, b) -> mark.run());
        pt.setOnAction(e -> {
            model.language(I18n.PORTUGUESE);
            mark.run();
        });
        en.setOnAction(e -> {
            model.language(Locale.ENGLISH);
            mark.run();
        });
        HBox h = new HBox(0, pt, en);
        h.getStyleClass().add("segmented");
        h.setAlignment(Pos.CENTER_LEFT);
        h.setId("language");
        return h;
    }

    private ToggleButton lang(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().add("lang-button");
        tip(b, "lang.tip");
        return b;
    }

    private Node presenter() {
        ToggleButton p = new ToggleButton();
        p.setId("presenter");
        p.textProperty().bind(i18n.text("presenter.toggle"));
        p.getStyleClass().add("tool-toggle");
        p.selectedProperty().bindBidirectional(model.presenterProperty());
        tip(p, "presenter.tip");
        return p;
    }

    private Node help(Runnable help) {
        Button b = new Button("?");
        b.setId("help");
        b.getStyleClass().addAll("tool-toggle", "help-button");
        b.setOnAction(e -> help.run());
        tip(b, "help.tip");
        return b;
    }

    private void tip(javafx.scene.control.Control c, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        c.setTooltip(t);
    }
}
