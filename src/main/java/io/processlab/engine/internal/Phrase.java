package io.processlab.engine.internal;

import io.processlab.api.Texts;
import java.util.Locale;

/**
 * A text of the engine kept as a key of the bundle {@code i18n/engine} and its arguments, so that
 * it can be said in the run's language to the user and in English to the trace. An argument that
 * is itself a phrase is said in the same language. Made only when something fails.
 */
public final class Phrase {
    /** The bundle's base name (files {@code resources/i18n/engine*.properties}). */
    public static final String BUNDLE = "i18n.engine";

    private final String key;
    private final Object[] args;

    private Phrase(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /** The text of {@code key} with {@code args} (numbers, strings, phrases). */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, args.clone());
    }

    /** A text that is the same in every language (a child's own error, a JVM's own words). */
    public static Phrase literal(String text) {
        return new Phrase(null, new Object[] {text});
    }

    /** The text in {@code locale} (English when the bundle has no such language). */
    public String in(Locale locale) {
        if (key == null) {
            return String.valueOf(args[0]);
        }
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            said[i] = args[i] instanceof Phrase p ? p.in(locale) : args[i];
        }
        return Texts.from(BUNDLE, locale != null && "pt".equals(locale.getLanguage()) ? locale : Locale.ENGLISH, key, said);
    }

    /** The English text: what the trace records. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** Shorthand for {@code Phrase.of(key, args).in(locale)}. */
    public static String say(Locale locale, String key, Object... args) {
        return of(key, args).in(locale);
    }

    @Override
    public String toString() {
        return english();
    }
}
