package io.processlab.app.panels;

import java.util.List;
import javafx.collections.ObservableList;

/** Small helpers for the panels' view models. */
final class Lists {
    private Lists() {
    }

    /** Replaces the content only when it differs, so that views redraw only on a change. */
    static <T> void replace(ObservableList<T> target, List<T> values) {
        if (!target.equals(values)) {
            target.setAll(values);
        }
    }
}
