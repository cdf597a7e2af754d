package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReorderTest {
    private static List<String> values(List<Reorder.Item<String>> items) {
        return items.stream().map(Reorder.Item::value).collect(Collectors.toList());
    }

    @Test
    void itemsLeaveInTimeOrderOnceTheyAreOlderThanTheHold() {
        Reorder<String> r = new Reorder<>();
        r.add(300, "get");
        r.add(100, "put");
        r.add(900, "later");
        assertEquals(List.of("put", "get"), values(r.due(1000, 500)));
        assertEquals(List.of("later"), values(r.all()));
    }

    @Test
    void anItemThatComesTooLateIsStampedNoEarlierThanTheLastOut() {
        Reorder<String> r = new Reorder<>();
        r.add(500, "first");
        assertEquals(List.of("first"), values(r.due(600, 0)));
        r.add(200, "late");
        Reorder.Item<String> late = r.all().get(0);
        assertEquals("late", late.value());
        assertEquals(500, late.nanos(), "times never go back");
    }
}
