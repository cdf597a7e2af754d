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
    /** Each item above keeps at least this share (or its own least height). */
    static final double MIN_SHARE = 0.05;

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
     * Moves the divider above item {@code i} up by what the item lacks; the item above gives the
     * room down to its least height, then the ones above it.
     */
    private static void grow(SplitPane split, int i, double share) {
        double height = split.getHeight();
        double[] at = split.getDividerPositions();
        double bottom = i < at.length ? at[i] : 1;
        if (height <= 0 || bottom - at[i - 1] >= share) {
            return;
        }
        double[] next = at.clone();
        next[i - 1] = bottom - share;
        for (int d = i - 2; d >= 0; d--) {
            next[d] = Math.min(at[d], next[d + 1] - least(split, d + 1, height));
        }
        next[0] = Math.max(next[0], least(split, 0, height));
        for (int d = 1; d < i; d++) {
            next[d] = Math.max(next[d], next[d - 1] + least(split, d, height));
        }
        for (int d = 0; d < i; d++) {
            split.setDividerPosition(d, next[d]);
        }
    }

    /** The least share of the split's height that item {@code k} may have. */
    private static double least(SplitPane split, int k, double height) {
        return Math.max(MIN_SHARE, split.getItems().get(k).minHeight(-1) / height);
    }
}
