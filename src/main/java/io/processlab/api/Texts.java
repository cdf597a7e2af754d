package io.processlab.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The lessons' printed texts in Portuguese and English, from the bundle {@code i18n/lessons}
 * (files under {@code resources/i18n/}). Patterns use {@link MessageFormat}.
 */
public final class Texts {
    /** The bundle's base name. */
    public static final String BUNDLE = "i18n.lessons";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        return from(BUNDLE, locale, key, args);
    }

    /** A text of any bundle under {@code resources/i18n/} ({@code bundle} like {@code i18n.cli}). */
    public static String from(String bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return format(locale, pattern, args);
    }

    /** Portuguese when the system's language is Portuguese, else English: for messages. */
    public static Locale systemLocale() {
        return "pt".equals(Locale.getDefault().getLanguage()) ? locale("pt") : Locale.ENGLISH;
    }

    /**
     * Formats a bundle pattern: without arguments only {@code ''} becomes {@code '}; numbers are
     * shown as written (no grouping), whatever the locale.
     */
    public static String format(Locale locale, String pattern, Object... args) {
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    /** The locale of a {@code --lang} value: "pt" (the seed's language) or "en". */
    public static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("pt-BR");
    }
}
