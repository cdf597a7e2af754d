package io.processlab.lessons;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A lesson's checked settings: every key of its specs has a valid value. */
public final class Settings {
    private final List<SettingSpec> specs;
    private final Map<String, Object> values;

    private Settings(List<SettingSpec> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = values;
    }

    /** The defaults. */
    public static Settings defaults(List<SettingSpec> specs) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (SettingSpec s : specs) {
            v.put(s.key(), s.type() == SettingSpec.Type.JSON ? parseDefault(s) : s.defaultValue());
        }
        return new Settings(specs, v);
    }

    private static Object parseDefault(SettingSpec s) {
        try {
            return s.parse(s.defaultText());
        } catch (SettingException e) {
            throw new IllegalStateException("bad default of " + s.key(), e);
        }
    }

    /** The defaults with {@code raw} values (as typed) put over them; every value is checked. */
    public static Settings parse(List<SettingSpec> specs, Map<String, String> raw) throws SettingException {
        Settings s = defaults(specs);
        for (Map.Entry<String, String> e : raw.entrySet()) {
            SettingSpec spec = specs.stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElse(null);
            if (spec == null) {
                throw new SettingException(e.getKey(), keys(specs), SettingException.Problem.UNKNOWN_KEY);
            }
            s.values.put(spec.key(), spec.parse(e.getValue()));
        }
        return s;
    }

    /** Parses {@code KEY=VALUE} pairs as given on the command line. */
    public static Settings parsePairs(List<SettingSpec> specs, List<String> pairs) throws SettingException {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new SettingException(p, keys(specs), SettingException.Problem.MALFORMED);
            }
            raw.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        return parse(specs, raw);
    }

    private static String keys(List<SettingSpec> specs) {
        return specs.isEmpty() ? "(none)" : specs.stream().map(SettingSpec::key).collect(Collectors.joining(", "));
    }

    public List<SettingSpec> specs() {
        return specs;
    }

    public int getInt(String key) {
        return ((Number) get(key)).intValue();
    }

    public double getDouble(String key) {
        return ((Number) get(key)).doubleValue();
    }

    public boolean getBool(String key) {
        return (Boolean) get(key);
    }

    public String getText(String key) {
        return (String) get(key);
    }

    public JsonElement getJson(String key) {
        return (JsonElement) get(key);
    }

    public Object get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return values.get(key);
    }

    /** All values as JSON, for the trace file. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        values.forEach((k, v) -> o.add(k, SettingSpec.toJson(v)));
        return o;
    }
}
