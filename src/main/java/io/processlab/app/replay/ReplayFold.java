package io.processlab.app.replay;

import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.ObjectsModel;
import java.util.List;
import java.util.function.Consumer;

/**
 * The run as it was at the scrubber's time: the fold of every event up to it, and the printed
 * lines up to it. Moving forward folds only the events in between, so following a live run or
 * playing costs what the new events cost; moving back past an event folds again from the start
 * (a fold is cheap: a 100,000-event run refolds in milliseconds). FX thread only.
 */
public final class ReplayFold {
    /** Where the printed lines go: batches of events appended in order, emptied before a refold. */
    public interface Lines {
        void append(List<TraceEvent> batch);

        void clear();

        static Lines of(Consumer<List<TraceEvent>> append, Runnable clear) {
            return new Lines() {
                @Override
                public void append(List<TraceEvent> batch) {
                    append.accept(batch);
                }

                @Override
                public void clear() {
                    clear.run();
                }
            };
        }
    }

    private final Lines lines;
    private List<TraceEvent> events = List.of();
    private ObjectsModel model = new ObjectsModel();
    private int index;
    private long time = Long.MIN_VALUE;
    private int rebuilds;
    /** Whether the events are a whole run that is over (a saved one): at its last event the parent ends. */
    private boolean over;

    /** @param lines the console's side (may be a no-op) */
    public ReplayFold(Lines lines) {
        this.lines = lines;
    }

    /** A fold whose lines go nowhere. */
    public static ReplayFold withoutLines() {
        return new ReplayFold(Lines.of(batch -> { }, () -> { }));
    }

    /** Starts over with {@code events} (read only; a live run's list may grow), before any of them. */
    public void reset(List<TraceEvent> events) {
        reset(events, false);
    }

    /**
     * Starts over with {@code events}; {@code over} says they are a whole run that ended (a saved
     * one): at its last event the fold ends the parent as the timeline ends its lane, even when the
     * trace has no {@code end} event ({@link ObjectsModel#runEnded}).
     */
    public void reset(List<TraceEvent> events, boolean over) {
        this.over = over;
        this.events = events;
        model = new ObjectsModel();
        index = 0;
        time = Long.MIN_VALUE;
        lines.clear();
    }

    /**
     * Shows the run at {@code tUs}: every event whose time is at most {@code tUs} is folded in.
     *
     * @return whether what is shown changed
     */
    public boolean moveTo(long tUs) {
        boolean rebuilt = false;
        if (index > 0 && events.get(index - 1).tUs() > tUs) {
            model = new ObjectsModel();
            index = 0;
            lines.clear();
            rebuilds++;
            rebuilt = true;
        }
        int from = index;
        int n = events.size();
        while (index < n && events.get(index).tUs() <= tUs) {
            model.apply(events.get(index));
            index++;
        }
        if (index > from) {
            lines.append(events.subList(from, index));
            if (over && index == n) {
                model.runEnded(events.get(n - 1).tUs());
            }
        }
        time = tUs;
        return rebuilt || index > from;
    }

    /** The fold at the last {@link #moveTo} time. */
    public ObjectsModel objects() {
        return model;
    }

    /** How many events are folded in. */
    public int index() {
        return index;
    }

    /** The last time moved to. */
    public long time() {
        return time;
    }

    /** How many times the fold started over because the cursor went back (for tests). */
    int rebuilds() {
        return rebuilds;
    }
}
