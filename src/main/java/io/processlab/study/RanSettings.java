package io.processlab.study;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.lessons.SettingException;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings a run ran with, as its recording keeps them (JSON), read back as a lesson's {@link Settings}. */
public final class RanSettings {
    private RanSettings() {
    }

    /**
     * {@code json}'s values over the defaults of {@code specs}; a key the lesson does not have is
     * left out, and a value it would refuse keeps the default.
     */
    public static Settings of(List<SettingSpec> specs, JsonObject json) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (SettingSpec spec : specs) {
            JsonElement v = json == null ? null : json.get(spec.key());
            if (v != null && !v.isJsonNull()) {
                String text = spec.type() != SettingSpec.Type.JSON && v.isJsonPrimitive() ? v.getAsString() : v.toString();
                try {
                    Settings.parse(specs, Map.of(spec.key(), text));
                    raw.put(spec.key(), text);
                } catch (SettingException e) {
                    // the default stays
                }
            }
        }
        try {
            return Settings.parse(specs, raw);
        } catch (SettingException e) {
            return Settings.defaults(specs);
        }
    }
}
