package io.processlab.wire;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text of a bundle under {@code resources/i18n/} in Portuguese (any {@code pt} locale) or
 * English, with its arguments: without arguments only {@code ''} becomes {@code '}; numbers are
 * shown as written (no grouping). A missing key reads {@code !key!}.
 */
public final class BundleTexts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BundleTexts() {
    }

    /** Portuguese (Brazil) for any {@code pt} locale, else English. */
    public static Locale language(Locale locale) {
        return locale != null && "pt".equals(locale.getLanguage()) ? Locale.forLanguageTag("pt-BR") : Locale.ENGLISH;
    }

    /** The text of {@code key} in {@code bundle} (like {@code i18n.json}). */
    public static String text(String bundle, Locale locale, String key, Object... args) {
        Locale l = language(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, l, BundleTexts.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, l).format(plain);
    }
}
