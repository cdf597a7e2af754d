package io.processlab.app;

import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * PLACEHOLDER for the timeline canvas, which is built on another branch
 * ({@code io.processlab.app.timeline.TimelineCanvas}). It has the same API; on merge,
 * {@link MainView#createTimeline()} makes the real one and this class is deleted.
 */
public final class TimelinePlaceholder extends Region {
    private final Label label = new Label();
    private Trace trace;
    private int seenEvents = -1;

    public TimelinePlaceholder() {
        getStyleClass().add("timeline-placeholder");
        setId("timeline");
        label.setAlignment(Pos.CENTER);
        label.getStyleClass().add("muted");
        getChildren().add(label);
        setMinHeight(90);
        setPrefHeight(180);
        refresh();
    }

    public void setTrace(Trace trace) {
        this.trace = trace;
        seenEvents = -1;
        refresh();
    }

    /** Called once per frame. */
    public void refresh() {
        int n = trace == null ? 0 : trace.size();
        if (n == seenEvents) {
            return;
        }
        seenEvents = n;
        if (trace == null) {
            label.setText("Timeline (placeholder: the timeline canvas comes from another branch)");
            return;
        }
        StringBuilder sb = new StringBuilder("Timeline placeholder \u2014 ").append(n).append(" events\n");
        for (ProcessInfo p : trace.processes()) {
            sb.append(p.name()).append(' ').append(p.pid()).append("   ");
        }
        label.setText(sb.toString().strip());
    }

    public void setCursorTime(long tUs) {
        // the real timeline draws a cursor
    }

    public void setFollowLive(boolean follow) {
        // the real timeline scrolls with "now"
    }

    public void fitAll() {
        // the real timeline zooms to the whole run
    }

    @Override
    protected void layoutChildren() {
        label.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
