package io.processlab.view.panel;

import io.processlab.wire.Bundles;
import java.util.Locale;

/** The panel picture's words: the window's own bundle {@code i18n/messages}, so both say the same. */
final class PanelTexts {
    static final String BUNDLE = "i18n.messages";

    private final Locale locale;

    PanelTexts(Locale locale) {
        this.locale = Bundles.of(locale);
    }

    /** The text of {@code key} with its arguments (numbers as written, no grouping). */
    String get(String key, Object... args) {
        return Bundles.text(BUNDLE, locale, key, args);
    }
}
