package io.processlab.app;

import io.processlab.app.model.MainViewModel;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.timeline.TimelineCanvas;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.Region;

/**
 * How tall the timeline needs to be: its lanes at a comfortable height, with axis, legend and
 * scrubber, told to the centre's split ({@link CentreSplit#setTimelineNeed}) so that a run of two
 * or three processes leaves the rest of the room to the lesson's panel. The lanes counted are
 * the run's; while a run starts (its processes appear one by one) and before a lesson's first
 * run, the lanes of its last run, or {@link #DEFAULT_LANES}, so that the dividers do not move
 * at each new process.
 */
final class TimelineRoom {
    /** The lanes assumed for a lesson not run yet. */
    static final int DEFAULT_LANES = 3;
    /** The lane height asked for (before the timeline's scale): normal, and in presenter mode. */
    static final double LANE = 36;
    static final double PRESENTER_LANE = 30;
    /**
     * The lanes the timeline keeps when the panel needs more room, and their height then: the
     * least height the canvas gives lanes that all fit with room to spare ({@link TimelineCanvas#MIN_LANE};
     * it squeezes them to 26 px only to show one more), not the comfortable {@link #LANE}, so that
     * the three lanes it keeps leave the panel those 18 px (at 1440x900 the lock lesson's panel
     * was 13 px short of whole).
     */
    static final int LEAST_LANES = 3;
    /** What the split's two dividers take from the parts beside them. */
    static final double DIVIDERS = 12;

    private final MainViewModel model;
    private final TimelineCanvas timeline;
    private final Region scrubber;
    private final CentreSplit split;
    private final ObservableBooleanValue presenter;
    private final Map<String, Integer> lastLanes = new HashMap<>();

    TimelineRoom(MainViewModel model, TimelineCanvas timeline, Region scrubber, CentreSplit split,
            ObservableBooleanValue presenter) {
        this.model = model;
        this.timeline = timeline;
        this.scrubber = scrubber;
        this.split = split;
        this.presenter = presenter;
        timeline.lanesProperty().addListener((o, a, n) -> update());
        model.stateProperty().addListener((o, a, s) -> update());
        model.selectedProperty().addListener((o, a, p) -> update());
        timeline.widthProperty().addListener((o, a, w) -> update());
        scrubber.heightProperty().addListener((o, a, h) -> update());
        presenter.addListener((o, a, on) -> update());
        update();
    }

    /** The lanes to make room for: see the class comment. */
    static int lanes(int now, Integer last, boolean running) {
        int before = last == null ? DEFAULT_LANES : last;
        if (now == 0) {
            return before;
        }
        return running ? Math.max(now, before) : now;
    }

    void update() {
        LessonPage page = model.selected();
        String id = page == null ? "" : page.id();
        int now = timeline.lanesProperty().get();
        boolean running = model.state().busy();
        int n = lanes(now, lastLanes.get(id), running);
        if (now > 0 && (!running || now > lastLanes.getOrDefault(id, 0))) {
            lastLanes.put(id, now);
        }
        double lane = presenter.get() ? PRESENTER_LANE : LANE;
        double bar = scrubber.getHeight() > 0 ? scrubber.getHeight() : scrubber.prefHeight(-1);
        split.setTimelineNeed(timeline.heightFor(n, lane) + bar,
                timeline.heightFor(Math.min(n, LEAST_LANES), Math.min(lane, TimelineCanvas.MIN_LANE)) + bar + DIVIDERS);
    }
}
