package io.processlab.app.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The listeners a view put on its model, so that a view rebuilt (a language switch) can take
 * the old ones off first: no listener keeps drawing into nodes that are gone.
 */
final class Watch {
    private final List<Subscription> all = new ArrayList<>();

    /** Runs {@code r} whenever {@code value} changes. */
    void value(ObservableValue<?> value, Runnable r) {
        ChangeListener<Object> l = (o, a, b) -> r.run();
        value.addListener(l);
        all.add(() -> value.removeListener(l));
    }

    /** Runs {@code r} whenever {@code list} changes. */
    <T> void list(ObservableList<T> list, Runnable r) {
        ListChangeListener<T> l = c -> r.run();
        list.addListener(l);
        all.add(() -> list.removeListener(l));
    }

    void add(Subscription s) {
        all.add(s);
    }

    /** Takes every listener off. */
    void clear() {
        all.forEach(Subscription::unsubscribe);
        all.clear();
    }
}
