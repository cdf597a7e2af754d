package io.processlab.app.study;

import io.processlab.app.i18n.I18n;
import io.processlab.study.Wording;
import io.processlab.wire.Bundles;

/** A {@link Wording} in the window's language: its decimals written the language's way ("2.50", "2,50"). */
final class Words {
    private Words() {
    }

    static String of(I18n i18n, Wording w) {
        if (w == null) {
            return "";
        }
        Object[] args = w.argArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Double d) {
                args[i] = Bundles.decimal(i18n.locale(), d, 2);
            } else if (args[i] instanceof Wording inner) {
                args[i] = of(i18n, inner);
            }
        }
        return i18n.get(w.key(), args);
    }
}
