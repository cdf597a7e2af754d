package io.processlab.app.i18n;

import io.processlab.api.Texts;
import io.processlab.wire.Bundles;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's texts, from the bundle {@code i18n/messages} (English base, Portuguese beside
 * it). The locale is a property: texts bound with {@link #text} follow a language switch.
 */
public final class I18n {
    /** The bundle's base name. */
    public static final String BUNDLE = "i18n.messages";
    /** Portuguese as the seed writes it. */
    public static final Locale PORTUGUESE = Bundles.PORTUGUESE;

    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>();
    private ResourceBundle bundle;

    public I18n(Locale locale) {
        setLocale(locale);
    }

    /** The system's language when it is Portuguese, else English. */
    public static Locale systemLocale() {
        return of(Locale.getDefault());
    }

    /** Portuguese for any {@code pt*} locale, else English. */
    public static Locale of(Locale l) {
        return Bundles.of(l);
    }

    public static ResourceBundle bundle(Locale l) {
        return Bundles.bundle(BUNDLE, l);
    }

    public Locale locale() {
        return locale.get();
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    /** Switches the language; bound texts follow. */
    public void setLocale(Locale l) {
        Locale chosen = of(l);
        bundle = bundle(chosen);
        locale.set(chosen);
    }

    /** Whether the current language has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key}, formatted with {@code args} ({@link java.text.MessageFormat}); "!key!" if missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return Texts.format(locale(), pattern, args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key. */
    public String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }

    /**
     * A lesson's own text from the lessons' bundle (shared with the command line):
     * {@code part} is title, summary, watch or try.
     */
    public String lesson(String lessonId, String part) {
        return io.processlab.api.Texts.get(locale(), lessonId + "." + part);
    }

    /** A text of the lessons' bundle (what a lesson's own lines say too), or {@code fallback} when it has no such key. */
    public String lessonText(String key, String fallback) {
        java.util.ResourceBundle b = Bundles.bundle(io.processlab.api.Texts.BUNDLE, locale());
        return b.containsKey(key) ? b.getString(key) : fallback;
    }

    /**
     * A factor as the language writes it, with no more decimals than it has: "0.25\u00d7", "0,25\u00d7",
     * "2\u00d7"; "" for null.
     */
    public String factor(Double f) {
        if (f == null) {
            return "";
        }
        java.text.DecimalFormat d = new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(locale()));
        return d.format(f) + "\u00D7";
    }

    /** A binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }
}
