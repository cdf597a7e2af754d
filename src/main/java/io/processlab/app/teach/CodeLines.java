package io.processlab.app.teach;

import io.processlab.app.fx.MonoRows;
import io.processlab.view.TextParts;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One language's side of the Code tab: a program's lines, numbered, monospace, in a list of rows
 * as wide as the list: a line longer than that goes on in further rows (unnumbered, {@value #HANG}
 * characters further in), so nothing scrolls sideways. The highlighted line (all its rows) is kept
 * whole in sight, about a third of the way down. Rows are all one height (the list's fixed cell
 * size), so where a line lies is known exactly.
 */
final class CodeLines {
    /** Height of a row before the style sheet gives its own (presenter mode: -fx-fixed-cell-size). */
    static final double ROW_HEIGHT = 21;
    /** The room between a line's number and its text. */
    static final double NUMBER_GAP = 12;
    /** The fewest characters a row holds (a list narrower than that scrolls sideways after all). */
    static final int MIN_COLUMNS = 12;
    /**
     * A list narrower than this many characters shows each line's indentation halved: a statement
     * four levels deep then keeps to one row (at 1280x720 a pane holds about 46 characters).
     */
    static final int NARROW = 60;
    /** How much further in a long line's further rows start, in characters. */
    static final int HANG = 4;
    /** The room of a vertical scrollbar, before one is laid out. */
    static final double BAR = 16;
    /** A cell's padding and border, before one is laid out. */
    static final double CELL_SIDES = 18;

    /**
     * A row of the list: of 1-based {@code line}, its first row or a further one, the spaces
     * before its text, and the text.
     */
    record Row(int line, boolean first, String indent, String text) {
    }

    private final ListView<Row> list = new ListView<>();
    private final ReadOnlyIntegerProperty current;
    /** A line's text and number as the lines are styled (not shown): their fonts. */
    private final Label textProbe = new Label("0");
    private final Label numberProbe = new Label("000");
    private List<String> lines = List.of();
    private int columns = -1;
    /** The width and fonts the columns were last measured for (null: to measure), and whether a cell gave its sides. */
    private List<Object> measuredFor;
    private boolean cellMeasured;
    /** Whether the highlighted line is to be scrolled into sight after the next layout, and the height it last was for. */
    private boolean toReveal;
    private double revealedFor = -1;

    /**
     * @param current the highlighted line, 1-based (0: none); its list's {@link CodeView#CURRENT_LINE}
     */
    CodeLines(String id, ReadOnlyIntegerProperty current) {
        this.current = current;
        list.setId(id);
        list.getStyleClass().add("code-lines");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new Cell());
        list.setFixedCellSize(ROW_HEIGHT);
        list.getProperties().put(CodeView.CURRENT_LINE, current);
        textProbe.getStyleClass().add("line-text");
        numberProbe.getStyleClass().add("line-number");
        current.addListener((o, a, b) -> {
            // the cells shown now, marked anew at once (a refresh would wait for the list's own layout)
            for (Node c : list.lookupAll(".list-cell")) {
                if (c instanceof Cell cell) {
                    cell.mark();
                }
            }
            reveal();
        });
        // after each layout: the rows made anew when the width or the fonts changed, and the
        // highlighted line scrolled into sight when it moved or the list got another height (the
        // list's flow must have its new size first, or it scrolls for the old one)
        Runnable fit = this::fit;
        list.sceneProperty().addListener((o, a, s) -> {
            if (a != null) {
                a.removePostLayoutPulseListener(fit);
            }
            if (s != null) {
                s.addPostLayoutPulseListener(fit);
            }
        });
    }

    /** The list, to be placed. */
    ListView<Row> list() {
        return list;
    }

    /** Two labels, never shown, that measure the lines' fonts: to be placed under the same style as the list. */
    /** The width of a character of code, in the lines' own style (presenter mode's too). */
    double charWidth() {
        textProbe.applyCss();
        return MonoRows.advance(textProbe.getFont());
    }

    List<Node> probes() {
        for (Label l : List.of(textProbe, numberProbe)) {
            l.setManaged(false);
            l.setVisible(false);
        }
        return List.of(textProbe, numberProbe);
    }

    /** Shows {@code text}'s lines. */
    void show(List<String> text) {
        lines = List.copyOf(text);
        columns = -1;
        measuredFor = null;
        fit();
    }

    /** The rows of {@code lines} for a list {@code columns} characters wide. */
    static List<Row> rows(List<String> lines, int columns) {
        List<Row> out = new ArrayList<>();
        int n = 0;
        for (String s : lines) {
            n++;
            String words = s.stripLeading();
            int depth = s.length() - words.length();
            int shown = columns < NARROW ? (depth + 1) / 2 : depth;
            int room = Math.max(MIN_COLUMNS, columns - shown);
            List<String> parts = TextParts.wrap(words, room, room - HANG);
            for (int i = 0; i < parts.size(); i++) {
                // a space a row ends with is not drawn: it may stand past the row's width
                out.add(new Row(n, i == 0, " ".repeat(shown + (i == 0 ? 0 : HANG)), i == parts.size() - 1 ? parts.get(i) : parts.get(i).stripTrailing()));
            }
        }
        return out;
    }

    /** Makes the rows anew when the list's width in characters changed; scrolls when asked to or the height changed. */
    private void fit() {
        // each pulse: nothing to measure while the width and the fonts stay (and a cell was measured)
        List<Object> now = List.of(list.getWidth(), String.valueOf(textProbe.getFont()), String.valueOf(numberProbe.getFont()));
        if (!now.equals(measuredFor)) {
            int c = columnsNow();
            measuredFor = cellMeasured ? now : null;
            if (c != columns) {
                columns = c;
                list.getItems().setAll(rows(lines, c));
                reveal();
                return;
            }
        }
        if (wholeRows()) {
            // the flow keeps its pixel position in a lower viewport: the line placed again once the
            // flow has its new height, the rows whole
            reveal();
            return;
        }
        if (toReveal || list.getHeight() != revealedFor) {
            toReveal = false;
            revealedFor = list.getHeight();
            scroll();
            Platform.requestNextPulse();
        }
    }

    /**
     * Leaves the room under the last whole row empty (the list's bottom padding grows by it): a row
     * cut by the list's edge lost its underscores, and {@code if __name__ == "__main__":} read as
     * {@code if name == "main":}. Whether it changed the padding.
     */
    private boolean wholeRows() {
        if (basePadding == null) {
            basePadding = list.getPadding();
        }
        double cell = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : ROW_HEIGHT;
        Insets pad = list.getPadding();
        Insets in = list.getInsets();
        double viewport = list.getHeight() - (in.getTop() - pad.getTop() + basePadding.getTop())
                - (in.getBottom() - pad.getBottom() + basePadding.getBottom());
        if (viewport <= cell) {
            return false;
        }
        double bottom = basePadding.getBottom() + viewport % cell;
        if (Math.abs(bottom - pad.getBottom()) > 0.5) {
            list.setPadding(new Insets(basePadding.getTop(), basePadding.getRight(), bottom, basePadding.getLeft()));
            return true;
        }
        return false;
    }

    /** The list's padding before {@link #wholeRows} added to it (null: not read yet). */
    private Insets basePadding;

    /** Asks for the highlighted line to be scrolled into sight once the list is laid out. */
    private void reveal() {
        toReveal = true;
        list.requestLayout();
        Platform.requestNextPulse();
    }

    /** How many characters of code a row of the list holds now (very many while it has no width). */
    private int columnsNow() {
        cellMeasured = false;
        if (list.getWidth() <= 0) {
            return Integer.MAX_VALUE;
        }
        textProbe.applyCss();
        numberProbe.applyCss();
        double sides = CELL_SIDES;
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof Cell cell && cell.getScene() != null) {
                sides = cell.snappedLeftInset() + cell.snappedRightInset();
                cellMeasured = true;
                break;
            }
        }
        double bar = BAR;
        for (Node n : list.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s.getWidth() > 0) {
                bar = s.getWidth();
            }
        }
        Insets in = list.getInsets();
        double room = list.getWidth() - in.getLeft() - in.getRight() - bar - sides - numberProbe.prefWidth(-1) - NUMBER_GAP;
        return Math.max(1, (int) Math.floor(room / MonoRows.advance(textProbe.getFont())));
    }

    /**
     * Scrolls so that the highlighted line stands about a third of the way down, all its rows in
     * sight (at the end of the text, as far down as the list goes).
     */
    private void scroll() {
        int line = current.get();
        double cell = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : ROW_HEIGHT;
        Insets in = list.getInsets();
        int seen = (int) Math.floor((list.getHeight() - in.getTop() - in.getBottom()) / cell);
        List<Row> rows = list.getItems();
        int first = -1;
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line() == line) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (first < 0 || seen <= 0) {
            return;
        }
        int top = Math.max(first - seen / 3, first + count - seen);
        top = Math.min(top, first);
        list.scrollTo(Math.max(0, Math.min(top, rows.size() - seen)));
    }

    private static String number(int line) {
        return String.format("%3d", line);
    }

    /** A row: its line's number (the first row), the indentation, the text; all rows of the highlighted line marked. */
    private final class Cell extends ListCell<Row> {
        private final Label number = new Label();
        private final Label indent = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(number, indent, text);

        Cell() {
            number.getStyleClass().add("line-number");
            indent.getStyleClass().add("line-text");
            text.getStyleClass().add("line-text");
            for (Label l : List.of(number, indent, text)) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox.setMargin(number, new Insets(0, NUMBER_GAP, 0, 0));
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            mark();
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            // the number keeps its width on a further row: the text stays in its column
            number.setText(r.first() ? number(r.line()) : "   ");
            indent.setText(r.indent());
            text.setText(r.text().isEmpty() ? " " : r.text());
            setGraphic(box);
        }

        void mark() {
            Row r = getItem();
            getStyleClass().remove(CodeView.CURRENT_LINE_STYLE);
            if (!isEmpty() && r != null && r.line() == current.get()) {
                getStyleClass().add(CodeView.CURRENT_LINE_STYLE);
            }
        }
    }
}
