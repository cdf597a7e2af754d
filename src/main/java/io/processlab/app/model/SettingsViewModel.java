package io.processlab.app.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.SettingException;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/** A lesson's settings sheet: one field per setting; valid when every field is. */
public final class SettingsViewModel {
    private final Lesson lesson;
    private final List<SettingFieldViewModel> fields;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public SettingsViewModel(Lesson lesson, I18n i18n) {
        this.lesson = lesson;
        this.fields = lesson.settings().stream().map(s -> new SettingFieldViewModel(lesson.id(), s, i18n)).toList();
        ChangeListener<Object> recheck = (o, a, b) -> recheck();
        for (SettingFieldViewModel f : fields) {
            f.validProperty().addListener(recheck);
            f.errorProperty().addListener(recheck);
        }
        recheck();
    }

    public Lesson lesson() {
        return lesson;
    }

    public List<SettingFieldViewModel> fields() {
        return fields;
    }

    public SettingFieldViewModel field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + key));
    }

    /** True when every field holds an allowed value. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The first field's problem, as "Label: why", or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void recheck() {
        SettingFieldViewModel bad = fields.stream().filter(f -> !f.isValid()).findFirst().orElse(null);
        valid.set(bad == null);
        problem.set(bad == null ? "" : bad.label() + ": " + bad.errorProperty().get());
    }

    /** The checked settings (call only when valid). */
    public Settings settings() {
        Map<String, String> raw = new LinkedHashMap<>();
        fields.forEach(f -> raw.put(f.key(), f.textProperty().get()));
        try {
            return Settings.parse(lesson.settings(), raw);
        } catch (SettingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Fills the fields with a saved run's settings, as a person would type them; a key the
     * lesson does not have is left out, a missing one keeps its field.
     */
    public void fill(JsonObject values) {
        if (values == null) {
            return;
        }
        for (SettingFieldViewModel f : fields) {
            JsonElement v = values.get(f.key());
            if (v != null && !v.isJsonNull()) {
                f.textProperty().set(f.spec().type() != SettingSpec.Type.JSON && v.isJsonPrimitive()
                        ? f.shown(v.getAsString()) : v.toString());
            }
        }
    }

    /** Puts every default back. */
    public void restoreDefaults() {
        fields.forEach(SettingFieldViewModel::reset);
    }
}
