package io.processlab.app.teach;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/**
 * Makes room for a tab's content: when the Code or Scheduler tab is chosen and the split pane it
 * sits in gives it less than a share of the height, the divider above it moves up. Whatever the
 * window's layout, if there is no vertical split pane above the node, nothing happens.
 */
final class Room {
    /** Each item above keeps at least this share. */
    static final double MIN_SHARE = 0.08;

    private Room() {
    }

    /** Gives {@code node}'s part of the nearest vertical split pane at least {@code share} of its height. */
    static void ensure(Node node, double share) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof SplitPane split && split.getOrientation() == Orientation.VERTICAL) {
                int i = indexOf(split, node);
                if (i > 0) {
                    grow(split, i, share);
                }
                return;
            }
        }
    }

    /** The item of {@code split} that holds {@code node} (the node itself or one of its ancestors), or -1. */
    private static int indexOf(SplitPane split, Node node) {
        for (Node n = node; n != null && n != split; n = n.getParent()) {
            int i = split.getItems().indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves every divider above item {@code i} up by what the item lacks, top one first, so that
     * the items above keep their heights as far as they can and the first one gives the room.
     */
    private static void grow(SplitPane split, int i, double share) {
        double[] at = split.getDividerPositions();
        double bottom = i < at.length ? at[i] : 1;
        double lack = share - (bottom - at[i - 1]);
        if (lack <= 0) {
            return;
        }
        for (int d = 0; d < i; d++) {
            split.setDividerPosition(d, Math.max(MIN_SHARE * (d + 1), at[d] - lack));
        }
    }
}
