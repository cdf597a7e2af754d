package io.processlab.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** A page built again (a language switch) first takes its old listeners off. */
class WatchTest {
    @Test
    void clearTakesEveryListenerOff() {
        Watch w = new Watch();
        SimpleStringProperty value = new SimpleStringProperty("a");
        ObservableList<String> list = FXCollections.observableArrayList();
        AtomicInteger calls = new AtomicInteger();
        w.value(value, calls::incrementAndGet);
        w.list(list, calls::incrementAndGet);
        value.set("b");
        list.add("x");
        assertEquals(2, calls.get());
        w.clear();
        value.set("c");
        list.add("y");
        assertEquals(2, calls.get(), "no listener is left after clear");
    }
}
