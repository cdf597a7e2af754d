package io.processlab.view.panel;

import java.util.ArrayList;
import java.util.List;

/** A titled box of the panel: rows of items, each row wrapping to the box's width. */
public final class Box {
    private final String title;
    private final List<List<Item>> rows = new ArrayList<>();

    Box(String title) {
        this.title = title;
    }

    /** Adds a row of these items. */
    Box row(Item... items) {
        rows.add(List.of(items));
        return this;
    }

    Box row(List<Item> items) {
        rows.add(List.copyOf(items));
        return this;
    }

    public String title() {
        return title;
    }

    public List<List<Item>> rows() {
        return rows;
    }
}
