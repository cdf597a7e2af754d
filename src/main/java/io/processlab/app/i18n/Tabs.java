package io.processlab.app.i18n;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

    /**
     * Puts each tab's content into {@code pane} when the tab is first chosen: the window opens with
     * only the chosen tab's content styled, skinned and laid out (the others' controls cost about a
     * fifth of the window's first styling pass). Call it before adding other listeners to the
     * selection: they find the chosen tab's content in place, styled and laid out at the pane's
     * size, as when every content was there from the start.
     */
    public static void contentWhenChosen(TabPane pane) {
        for (Tab t : pane.getTabs()) {
            Node content = t.getContent();
            if (t.isSelected() || content == null) {
                continue;
            }
            t.setContent(null);
            pane.getSelectionModel().selectedItemProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Tab> o, Tab was, Tab now) {
                    if (now == t) {
                        o.removeListener(this);
                        t.setContent(content);
                        pane.applyCss();
                        pane.layout();
                    }
                }
            });
        }
    }
}
