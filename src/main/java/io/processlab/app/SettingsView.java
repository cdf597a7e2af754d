package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.SettingFieldViewModel;
import io.processlab.app.model.SettingsViewModel;
import io.processlab.lessons.SettingSpec;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The settings sheet of the chosen lesson: a field per setting with its allowed range (a yes/no
 * setting is a switch); a wrong value turns its field red, marks it (ControlsFX's validation
 * decoration, whose tooltip gives the reason) and says why under it.
 */
public final class SettingsView {
    /** A range hint up to this long sits beside its field; a longer one goes under it. */
    static final int SHORT_HINT = 14;

    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final Map<SettingsViewModel, Node> sheets = new HashMap<>();
    private final ValidationSupport validation = new ValidationSupport();

    public SettingsView(I18n i18n) {
        this.i18n = i18n;
        root.getStyleClass().add("settings");
        root.setId("settings");
    }

    public Node root() {
        return root;
    }

    /** Shows the sheet of {@code model} (built once per lesson). */
    public void show(SettingsViewModel model) {
        root.getChildren().clear();
        if (model != null) {
            root.getChildren().add(sheets.computeIfAbsent(model, this::build));
        }
    }

    private Node build(SettingsViewModel model) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("settings.title"));
        title.getStyleClass().add("section-title");
        Button defaults = new Button();
        defaults.textProperty().bind(i18n.text("settings.defaults"));
        defaults.getStyleClass().add("link-button");
        defaults.setId("restore-defaults");
        defaults.setOnAction(e -> model.restoreDefaults());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        fieldColumn.setFillWidth(true);
        grid.getColumnConstraints().addAll(fieldColumn, new ColumnConstraints());
        int row = 0;
        for (SettingFieldViewModel f : model.fields()) {
            Label name = new Label();
            name.textProperty().bind(Bindings.createStringBinding(f::label, i18n.localeProperty()));
            name.getStyleClass().add("setting-name");
            name.setWrapText(true);
            Node input = input(f);
            Label allowed = new Label();
            if (f.spec().type() == SettingSpec.Type.BOOL) {
                // beside a switch, its state in words ("on"), not the rule ("on or off")
                allowed.textProperty().bind(Bindings.createStringBinding(
                        () -> i18n.get(Boolean.parseBoolean(f.textProperty().get()) ? "allowed.bool_on" : "allowed.bool_off"),
                        f.textProperty(), i18n.localeProperty()));
            } else {
                allowed.textProperty().bind(Bindings.createStringBinding(f::allowed, i18n.localeProperty()));
            }
            allowed.getStyleClass().add("muted");
            Label error = new Label();
            error.setId("error-" + f.key());
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.validProperty().not());
            error.managedProperty().bind(error.visibleProperty());
            GridPane.setMargin(name, new Insets(8, 0, 0, 0));
            grid.add(name, 0, row++, 2, 1);
            if (f.allowed().length() <= SHORT_HINT) {
                allowed.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(input, 0, row);
                grid.add(allowed, 1, row++);
            } else {
                allowed.setWrapText(true);
                grid.add(input, 0, row++, 2, 1);
                grid.add(allowed, 0, row++, 2, 1);
            }
            grid.add(error, 0, row++, 2, 1);
        }
        VBox sheet = new VBox(4, title, grid, defaults);
        sheet.setId("sheet-" + model.lesson().id());
        return sheet;
    }

    private Node input(SettingFieldViewModel f) {
        if (f.spec().type() == SettingSpec.Type.BOOL) {
            // a yes/no setting is a switch (ControlsFX), on or off at a glance
            ToggleSwitch box = new ToggleSwitch();
            box.setId("setting-" + f.key());
            box.setSelected(Boolean.parseBoolean(f.textProperty().get()));
            box.selectedProperty().addListener((o, a, b) -> f.textProperty().set(Boolean.toString(b)));
            f.textProperty().addListener((o, a, b) -> box.setSelected(Boolean.parseBoolean(b)));
            return box;
        }
        TextInputControl field;
        if (f.spec().type() == SettingSpec.Type.JSON) {
            TextArea area = new TextArea();
            area.setPrefRowCount(2);
            area.setPrefColumnCount(16);
            area.setWrapText(true);
            area.getStyleClass().add("json-input");
            field = area;
        } else {
            TextField tf = new TextField();
            tf.setPrefColumnCount(10);
            field = tf;
        }
        field.setId("setting-" + f.key());
        field.textProperty().bindBidirectional(f.textProperty());
        Runnable mark = () -> {
            field.getStyleClass().remove("invalid");
            if (!f.isValid()) {
                field.getStyleClass().add("invalid");
            }
        };
        f.validProperty().addListener((o, a, b) -> mark.run());
        mark.run();
        // ControlsFX's decoration: a red mark on the field's corner, its tooltip the reason (the
        // reason is also written under the field)
        validation.registerValidator(field, false, (Control c, String text) ->
                ValidationResult.fromErrorIf(c, f.errorProperty().get(), !f.isValid()));
        f.validProperty().addListener((o, a, b) -> validation.revalidate(field));
        f.errorProperty().addListener((o, a, b) -> validation.revalidate(field));
        return field;
    }
}
