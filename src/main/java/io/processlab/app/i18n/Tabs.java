package io.processlab.app.i18n;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;

/** The window's tabs: a title that follows the language, and an id made from its key ("tab-code"). */
public final class Tabs {
    private Tabs() {
    }

    public static Tab of(I18n i18n, String key, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.text(key));
        t.setContent(content);
        if (i18n.has(key + ".tip")) {
            // a short title (five tabs share a presenter's column); the tooltip says it whole
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(i18n.text(key + ".tip"));
            t.setTooltip(tip);
        }
        t.setId(key.replace('.', '-'));
        return t;
    }
}
