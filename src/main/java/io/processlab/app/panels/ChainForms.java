package io.processlab.app.panels;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;

/**
 * Two forms of one text, a line and rows: the line where its width fits, else the rows. The pick
 * is made from the width asked for, in the same layout pass: the height a parent asks for with a
 * width is the height of the form that width shows (a pane that switched forms from a width
 * listener asked for a new layout in the middle of one, which JavaFX may drop, and the rows were
 * then squeezed into the line's height).
 */
final class ChainForms extends Region {
    private final Region line;
    private final Region rows;

    ChainForms(Region line, Region rows) {
        this.line = line;
        this.rows = rows;
        getChildren().addAll(line, rows);
    }

    /** Whether the line fits in {@code inner} (a negative width: no limit). */
    boolean lineFits(double inner) {
        return inner < 0 || line.prefWidth(-1) <= inner;
    }

    /** The form the present width shows. */
    Region shown() {
        return lineFits(inner(getWidth())) ? line : rows;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return sides() + rows.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return sides() + line.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : inner(width);
        Insets in = getInsets();
        double h = lineFits(inner) ? line.prefHeight(-1) : rows.prefHeight(inner);
        return snapSizeY(in.getTop()) + snapSizeY(in.getBottom()) + h;
    }

    @Override
    protected void layoutChildren() {
        double inner = inner(getWidth());
        boolean one = lineFits(inner);
        line.setVisible(one);
        rows.setVisible(!one);
        Insets in = getInsets();
        double h = getHeight() - snapSizeY(in.getTop()) - snapSizeY(in.getBottom());
        for (Region form : new Region[] {line, rows}) {
            double w = form == line ? Math.max(inner, line.prefWidth(-1)) : inner;
            layoutInArea(form, snappedLeftInset(), snapSizeY(in.getTop()), w, h, 0, HPos.LEFT, VPos.CENTER);
        }
    }

    private double inner(double width) {
        return width - sides();
    }

    private double sides() {
        return snappedLeftInset() + snappedRightInset();
    }
}
