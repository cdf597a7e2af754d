package io.processlab.app.study;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Nodes side by side in one row when they all fit the width at their own size, else one under
 * another across the whole width, each wrapping its words: a question's choices (a short pane
 * shows every choice at once, and nobody misses one below the edge), the tab's counts and buttons.
 */
final class RowOrColumn extends Pane {
    private final double across;
    private final double down;

    /** @param across the room between two nodes side by side; {@code down}, one under another */
    RowOrColumn(double across, double down, Node... nodes) {
        this.across = across;
        this.down = down;
        getChildren().addAll(nodes);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the choices stand in one row within {@code width} (all of it: -1). */
    boolean inOneRow(double width) {
        return width < 0 || rowWidth() <= width - insetsAcross();
    }

    private double rowWidth() {
        double w = 0;
        for (Node c : getManagedChildren()) {
            w += c.prefWidth(-1);
        }
        return w + across * Math.max(0, getManagedChildren().size() - 1);
    }

    private double insetsAcross() {
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return rowWidth() + insetsAcross();
    }

    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (Node c : getManagedChildren()) {
            w = Math.max(w, c.minWidth(-1));
        }
        return w + insetsAcross();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double h = 0;
        if (inOneRow(width)) {
            for (Node c : getManagedChildren()) {
                h = Math.max(h, c.prefHeight(-1));
            }
        } else {
            double inner = width - insetsAcross();
            for (Node c : getManagedChildren()) {
                h += c.prefHeight(inner) + down;
            }
            h -= getManagedChildren().isEmpty() ? 0 : down;
        }
        return h + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double inner = getWidth() - insetsAcross();
        boolean row = inOneRow(getWidth());
        double tall = getHeight() - in.getTop() - in.getBottom();
        for (Node c : getManagedChildren()) {
            if (row) {
                // side by side, centred on the row's middle
                double w = c.prefWidth(-1);
                double h = c.prefHeight(w);
                c.resizeRelocate(x, y + Math.max(0, (tall - h) / 2), w, h);
                x += w + across;
            } else {
                double h = c.prefHeight(inner);
                c.resizeRelocate(x, y, inner, h);
                y += h + down;
            }
        }
    }
}
