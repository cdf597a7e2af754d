package io.processlab.app.replay;

import io.processlab.trace.TraceEvent;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The scrubber's view model: the cursor's time in a run, live or saved, and the commands that
 * move it (play, pause, step to the previous or next event, seek, speed 0.25x to 8x). During a
 * live run the cursor follows "now" until the user grabs it; {@link #followLive()} gives it back.
 * The owner calls {@link #update} and {@link #frame} once per frame (FX thread); playing advances
 * by the {@link Ticker}'s elapsed time times the speed, so tests move a fake clock instead of sleeping.
 */
public final class Player {
    /** The speeds offered, slowest first. */
    public static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0, 8.0);
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 8;

    private final Ticker ticker;
    private final ReadOnlyLongWrapper time = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper end = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Double> speed = new SimpleObjectProperty<>(1.0);
    private List<TraceEvent> events = List.of();
    private long lastTick;
    private double carryUs;

    public Player(Ticker ticker) {
        this.ticker = ticker;
        speed.addListener((o, a, s) -> {
            double clamped = clampSpeed(s);
            if (s == null || clamped != s) {
                speed.set(clamped);
            }
        });
    }

    static double clampSpeed(Double s) {
        return s == null || !(s > 0) ? 1.0 : Math.max(MIN_SPEED, Math.min(MAX_SPEED, s));
    }

    /**
     * Shows a run: {@code events} is read, never changed (a live run's list may grow between frames).
     * A live run starts following "now"; a saved one starts at its end, the state it ended in.
     */
    public void load(List<TraceEvent> events, boolean isLive) {
        this.events = events;
        playing.set(false);
        live.set(isLive);
        following.set(isLive);
        long last = lastEventUs();
        end.set(last);
        time.set(isLive ? 0 : last);
        ready.set(true);
    }

    /** No run to show. */
    public void clear() {
        events = List.of();
        playing.set(false);
        live.set(false);
        following.set(false);
        end.set(0);
        time.set(0);
        ready.set(false);
    }

    /** The run's end as of this frame ("now" while it goes, else its last event) and whether it still goes. */
    public void update(long endUs, boolean isLive) {
        end.set(Math.max(0, endUs));
        live.set(isLive);
        if (following.get()) {
            time.set(end.get());
        } else if (time.get() > end.get()) {
            time.set(end.get());
        }
    }

    /** Advances a playing cursor by the time since the last frame, times the speed. */
    public void frame() {
        if (!playing.get()) {
            return;
        }
        long now = ticker.nanoTime();
        double advance = (now - lastTick) / 1000.0 * speed.get() + carryUs;
        lastTick = now;
        long whole = (long) Math.floor(advance);
        carryUs = advance - whole;
        long t = time.get() + whole;
        if (t >= end.get()) {
            time.set(end.get());
            playing.set(false);
            if (live.get()) {
                following.set(true);
            }
        } else {
            time.set(t);
        }
    }

    /** Plays from the cursor (from the start when it is at the end of a finished run). */
    public void play() {
        if (!ready.get() || following.get() && live.get()) {
            return;
        }
        following.set(false);
        if (time.get() >= end.get() && !live.get()) {
            time.set(0);
        }
        lastTick = ticker.nanoTime();
        carryUs = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Puts the cursor at {@code tUs} (the user grabbed it): it stops following "now", unless put at "now". */
    public void seek(long tUs) {
        if (!ready.get()) {
            return;
        }
        long t = Math.max(0, Math.min(end.get(), tUs));
        if (live.get() && t >= end.get()) {
            followLive();
            return;
        }
        following.set(false);
        time.set(t);
        lastTick = ticker.nanoTime();
        carryUs = 0;
    }

    /** To the time of the first event after the cursor. */
    public void stepNext() {
        if (!ready.get()) {
            return;
        }
        pause();
        following.set(false);
        int i = firstAfter(time.get());
        time.set(i < events.size() ? Math.min(end.get(), events.get(i).tUs()) : end.get());
    }

    /** To the time of the last event before the cursor (the start when there is none). */
    public void stepPrevious() {
        if (!ready.get()) {
            return;
        }
        pause();
        following.set(false);
        int i = firstAtOrAfter(time.get()) - 1;
        time.set(i >= 0 ? events.get(i).tUs() : 0);
    }

    /** Back to following "now" (a live run). */
    public void followLive() {
        if (live.get()) {
            playing.set(false);
            following.set(true);
            time.set(end.get());
        }
    }

    /** The index of the first event later than {@code t}. */
    private int firstAfter(long t) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).tUs() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first event at {@code t} or later. */
    private int firstAtOrAfter(long t) {
        return t == Long.MIN_VALUE ? 0 : firstAfter(t - 1);
    }

    private long lastEventUs() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).tUs();
    }

    /** The cursor, in microseconds since the run started. */
    public ReadOnlyLongProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public long time() {
        return time.get();
    }

    /** The run's end as of the last frame. */
    public ReadOnlyLongProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    public long end() {
        return end.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Whether the cursor sits at "now" (or the end) and moves with it. */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    public boolean isFollowing() {
        return following.get();
    }

    /** Whether the run still goes. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Whether there is a run to scrub. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Playing speed, 0.25 to 8 (a value outside is clamped). */
    public ObjectProperty<Double> speedProperty() {
        return speed;
    }
}
