package io.processlab.app.i18n;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/** The window's tabs: a title that follows the language, and an id made from its key ("tab-code"). */
public final class Tabs {
    private Tabs() {
    }

    public static Tab of(I18n i18n, String key, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.text(key));
        t.setContent(content);
        t.setId(key.replace('.', '-'));
        return t;
    }
}
