package io.processlab.cli;

import io.processlab.api.Texts;
import java.util.Locale;

/** The command line's own messages, from {@code resources/i18n/cli*.properties}. */
final class CliText {
    static final String BUNDLE = "i18n.cli";

    private CliText() {
    }

    static String get(Locale locale, String key, Object... args) {
        return Texts.from(BUNDLE, locale, key, args);
    }
}
