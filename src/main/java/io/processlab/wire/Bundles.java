package io.processlab.wire;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place where ProcessLab's texts are loaded: the bundles under {@code resources/i18n/}
 * (English base, Portuguese beside it: {@code lessons}, {@code messages}, {@code cli},
 * {@code engine}, {@code json}, {@code view}). Any Portuguese locale reads the Portuguese files,
 * any other the English ones; a missing key reads "!key!". Patterns are {@link MessageFormat}s.
 */
public final class Bundles {
    /** Portuguese as the seed writes it. */
    public static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /** Portuguese for any {@code pt*} locale, else English. */
    public static Locale of(Locale l) {
        return l != null && "pt".equals(l.getLanguage()) ? PORTUGUESE : Locale.ENGLISH;
    }

    /** The bundle {@code name} ("i18n.messages") in {@code locale}'s language. */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, of(locale), Bundles.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in bundle {@code name}, formatted with {@code args}; "!key!" when missing. */
    public static String text(String name, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(name, locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return format(of(locale), pattern, args);
    }

    /**
     * Formats a bundle pattern: without arguments only {@code ''} becomes {@code '}; numbers are
     * shown as written (no grouping), whatever the locale (a caller formats a decimal for its
     * language before, see {@link #decimal}).
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

    /** {@code v} with {@code decimals} decimals, in the language's way: "2.425" in English, "2,425" in Portuguese. */
    public static String decimal(Locale locale, double v, int decimals) {
        return String.format(of(locale), "%." + decimals + "f", v);
    }
}
