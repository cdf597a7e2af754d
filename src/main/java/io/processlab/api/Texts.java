package io.processlab.api;

import io.processlab.wire.Bundles;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The lessons' printed texts in Portuguese and English, from the bundle {@code i18n/lessons}
 * (files under {@code resources/i18n/}). Patterns use {@link MessageFormat}.
 */
public final class Texts {
    /** The bundle's base name. */
    public static final String BUNDLE = "i18n.lessons";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        return from(BUNDLE, locale, key, args);
    }

    /** A text of any bundle under {@code resources/i18n/} ({@code bundle} like {@code i18n.cli}). */
    public static String from(String bundle, Locale locale, String key, Object... args) {
        return Bundles.text(bundle, locale, key, args);
    }

    /** Portuguese when the system's language is Portuguese, else English: for messages. */
    public static Locale systemLocale() {
        return Bundles.of(Locale.getDefault());
    }

    /**
     * Formats a bundle pattern: without arguments only {@code ''} becomes {@code '}; numbers are
     * shown as written (no grouping), whatever the locale.
     */
    public static String format(Locale locale, String pattern, Object... args) {
        return Bundles.format(locale, pattern, args);
    }

    /** The locale of a {@code --lang} value: "pt" (the seed's language) or "en". */
    public static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Bundles.PORTUGUESE;
    }
}
