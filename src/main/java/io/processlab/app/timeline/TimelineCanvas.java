package io.processlab.app.timeline;

import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.view.timeline.Frame;
import io.processlab.view.timeline.Layout;
import io.processlab.view.timeline.Palette;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.TimelineRenderer;
import io.processlab.view.timeline.Viewport;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The live timeline of a run: a lane per process, coloured by state, with message arrows, a
 * legend and a cursor. The owner calls {@link #refresh()} once per animation frame; it takes the
 * events that are new since the last call in one batch. Mouse wheel zooms about the pointer (over
 * the lane labels it scrolls the lanes), dragging pans in time and across lanes, a double click
 * fits the whole run, a click in the plot puts the replay's cursor there ({@link #setOnSeek}).
 * The legend is drawn when it leaves room for the lanes ({@link #LEGEND_LANES} of them, or all).
 * Use on the FX thread.
 */
public final class TimelineCanvas extends Region {
    /** Lane height limits: labels stay readable (at least 14 px) from the back of a room. */
    public static final double MIN_LANE = 30;
    static final double MAX_LANE = 52;
    /** The least a lane is squeezed to when that shows every lane (its name still fits). */
    static final double SQUEEZED_LANE = 26;
    /** The legend is left out when it would leave room for fewer lanes than this (or than the run has). */
    static final int LEGEND_LANES = 7;
    /** The gap the renderer leaves between the last lane and the legend (TimelineRenderer.fullHeight). */
    static final double LEGEND_GAP = 8;
    /** A press and release closer than this many pixels is a click, not a drag. */
    static final double CLICK_SLOP = 4;

    private static final Color BACKGROUND = Color.rgb((Palette.BACKGROUND >> 16) & 0xFF,
            (Palette.BACKGROUND >> 8) & 0xFF, Palette.BACKGROUND & 0xFF);

    private final Canvas canvas = new Canvas();
    private final FxPainter painter = new FxPainter(canvas.getGraphicsContext2D());
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final Viewport view = new Viewport();
    private Trace trace;
    private ProcessStates states = new ProcessStates();
    private int index;
    private int knownProcesses;
    private boolean follow;
    private boolean live;
    private long cursor = Frame.NO_CURSOR;
    private long now;
    /** The live run's present as the owner read the clock this frame, or {@link Frame#NO_CURSOR}: read it here. */
    private long present = Frame.NO_CURSOR;
    private boolean dirty = true;
    /** The whole canvas is filled with the background before the next paint (after a resize or a new scale). */
    private boolean clear = true;
    private Locale locale = Locale.getDefault();
    private double scale = 1;
    private boolean legend = true;
    private boolean legendDrawn;
    private int lanesInView;
    private long focus = Frame.NO_FOCUS;
    /** The process of the lane under the pointer: its arrows are drawn strong while no lane is chosen. */
    private long hover = Frame.NO_FOCUS;
    private Layout layout;
    private Frame frame;
    private double dragX;
    private double dragY;
    private double pressX;
    private double pressY;
    private LongConsumer onSeek;
    private final ReadOnlyIntegerWrapper lanes = new ReadOnlyIntegerWrapper(this, "lanes");
    /** A lane's whole name and PID, over its label (the label shortens a long name). */
    private final Tooltip nameTip = new Tooltip();
    private int tipRow = -1;

    public TimelineCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("timeline-canvas");
        setMinSize(200, 120);
        setPrefSize(900, 400);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            tipRow = -1;
            Tooltip.uninstall(canvas, nameTip);
            hoverOn(Frame.NO_FOCUS);
        });
        nameTip.setWrapText(true);
        nameTip.setMaxWidth(640);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (layout != null && e.getX() / scale < layout.plotX()) {
                focusAt(e.getY());
            } else if (e.getClickCount() == 2) {
                fitAll();
            } else if (Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP) {
                seekAt(e.getX());
            }
        });
    }

    /** Shows {@code t} (a live run's trace or a loaded one) from its start; null clears the view. */
    public void setTrace(Trace t) {
        trace = t;
        focus = Frame.NO_FOCUS;
        hover = Frame.NO_FOCUS;
        present = Frame.NO_CURSOR;
        states = new ProcessStates();
        states.runtime(t == null ? null : t.runtime());
        index = 0;
        knownProcesses = 0;
        now = 0;
        lanes.set(0);
        take();
        view.fit(end());
        dirty = true;
        paint();
    }

    /**
     * Takes the events new since the last call, moves "now" while the run is live (and the cursor
     * and the view with it when following), and redraws if needed.
     */
    public void refresh() {
        take();
        if ((follow || live) && trace != null) {
            now = Math.max(now, present != Frame.NO_CURSOR ? present : trace.clock().nowMicros());
            if (follow) {
                // the owner's reading of the clock, when it gave one: the scrubber's readout shows
                // that same time, so the playhead's label never says a millisecond more
                cursor = present != Frame.NO_CURSOR ? present : now;
                view.follow(now);
            }
            dirty = true;
        }
        paint();
    }

    private void take() {
        if (trace == null) {
            return;
        }
        List<ProcessInfo> procs = trace.processes();
        if (procs.size() != knownProcesses) {
            procs.forEach(states::addProcess);
            knownProcesses = procs.size();
            lanes.set(states.lanes().size());
            dirty = true;
        }
        List<TraceEvent> batch = trace.since(index);
        if (!batch.isEmpty()) {
            states.acceptAll(batch);
            index += batch.size();
            now = Math.max(now, states.endUs());
            dirty = true;
        }
    }

    /**
     * The run shown is over (a saved run): the parent's lane ends at its last event even when
     * the trace has no end event (a file written before it existed).
     */
    public void endRun() {
        take();
        states.endRun();
        dirty = true;
        paint();
    }

    /** Puts the cursor at {@code tUs} (a replay's scrubber); {@link Frame#NO_CURSOR} hides it. */
    public void setCursorTime(long tUs) {
        if (tUs != cursor) {
            cursor = tUs;
            dirty = true;
            paint();
        }
    }

    /** Called with the time under a click in the plot (the replay's cursor goes there); null for none. */
    public void setOnSeek(LongConsumer seek) {
        onSeek = seek;
    }

    private void seekAt(double x) {
        if (onSeek != null && layout != null && trace != null && x >= layout.plotX()
                && x <= layout.plotX() + layout.plotW()) {
            onSeek.accept(Math.max(0, Math.min(end(), layout.time(frame, x))));
        }
    }

    /** Slides a zoomed-in view so that {@code tUs} is in sight (a playing replay's cursor). */
    public void reveal(long tUs) {
        if (view.reveal(tUs, end())) {
            dirty = true;
            paint();
        }
    }

    /**
     * The live run's present as the owner read the trace's clock for this frame (the time its
     * scrubber shows); {@link Frame#NO_CURSOR}: the canvas reads the clock itself on refresh.
     * A following cursor sits there, so that its label and the readout show one time.
     */
    public void setPresent(long us) {
        present = us;
    }

    /** The cursor's time as the last refresh left it, or {@link Frame#NO_CURSOR}. */
    long cursorTime() {
        return cursor;
    }

    /** While true, "now" moves with the trace's clock (the run goes), also when the cursor does not follow it. */
    public void setLive(boolean on) {
        boolean ended = live && !on;
        live = on;
        if (ended && states.endUs() > 0) {
            // the run is its events: the clock read after the last of them (the window sees the
            // end once the children's pipes close) no longer stretches it
            now = Math.min(now, states.endUs());
        }
        if (ended && view.fitted()) {
            // a fitted view grew by half each time the run reached its edge: at the end it fits
            // the run again (a queue run of 1.33 s stood on an axis to 2.2 s, 40 % of it empty)
            view.fit(end());
            dirty = true;
        }
    }

    /** The view's time window (for tests). */
    Viewport view() {
        return view;
    }

    /** While true, the cursor sits at "now" and the view keeps it in sight as the run goes. */
    public void setFollowLive(boolean on) {
        follow = on;
        dirty = true;
    }

    /** Shows the whole run. */
    public void fitAll() {
        view.fit(end());
        dirty = true;
        paint();
    }

    /**
     * A click on a lane's name: that process's messages are drawn strong and the others faded; a
     * second click on it (or on no lane) shows every arrow alike again.
     */
    private void focusAt(double y) {
        int i = TimelineRenderer.rowAt(states, frame, layout, y / scale);
        long pid = i >= 0 && i < states.lanes().size() ? states.lanes().get(i).pid() : Frame.NO_FOCUS;
        focus = pid == focus ? Frame.NO_FOCUS : pid;
        dirty = true;
        paint();
    }

    /** The process whose messages are drawn strong, or {@link Frame#NO_FOCUS}. */
    public long focus() {
        return focus;
    }

    /** Zooms about the middle of the time shown: {@code factor} above 1 zooms in. */
    public void zoomBy(double factor) {
        if (layout == null || frame == null) {
            return;
        }
        view.zoom(factor, (view.t0() + view.t1()) / 2, end());
        dirty = true;
        paint();
    }

    /** The legend's language (English or Portuguese); by default the JVM's. */
    public void setLocale(Locale l) {
        locale = l == null ? Locale.ENGLISH : l;
        dirty = true;
        paint();
    }

    /**
     * Draws everything {@code s} times larger (presenter mode: thick lines, large labels); the
     * visible time range stays, fewer lanes fit.
     */
    public void setScale(double s) {
        scale = Math.max(0.5, Math.min(3, s));
        clear = true;
        dirty = true;
        paint();
    }

    public double scale() {
        return scale;
    }

    /** Whether the colour legend is drawn under the lanes (presenter mode leaves it out for room). */
    public void setLegend(boolean show) {
        legend = show;
        dirty = true;
        paint();
    }

    public boolean legend() {
        return legend;
    }

    /** Whether the last paint drew the legend (it is left out when the lanes need its room). */
    public boolean legendDrawn() {
        return legendDrawn;
    }

    /** How many rows of lanes the last paint had room for, whole (at most the run's rows; 1 without a run). */
    public int lanesInView() {
        return lanesInView;
    }

    /** How many lanes' names the last paint drew shortened. */
    public int namesCut() {
        return renderer.namesCut();
    }

    /** How many lanes the run shown has (a process, a lane); 0 without a run. */
    public ReadOnlyIntegerProperty lanesProperty() {
        return lanes.getReadOnlyProperty();
    }

    /**
     * The height in pixels that shows {@code n} lanes {@code laneHeight} high (before the scale),
     * with the axis, the legend when it is drawn, and the margins, at the current width and scale:
     * what the window gives the timeline when it has the room.
     */
    public double heightFor(int n, double laneHeight) {
        double w = Math.max(200, getWidth()) / scale;
        Frame f = new Frame().size(w, 1000).legend(legend).locale(locale).laneHeight(laneHeight);
        double full = renderer.fullHeight(painter, states, f) - states.lanes().size() * laneHeight;
        if (!legend) {
            full -= LEGEND_GAP; // the gap above the legend
        }
        if (n < TimelineRenderer.rows(states, f)) {
            full += TimelineRenderer.stripHeight(legend); // the strip that says how many lanes are out of view
        }
        return Math.ceil((full + n * laneHeight) * scale);
    }

    private long end() {
        return Math.max(now, states.endUs());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            clear = true;
            dirty = true;
            paint();
        }
    }

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (!dirty || w < 10 || h < 10) {
            return;
        }
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (clear) {
            // a resized canvas keeps its old pixels, and the scaled background below can end a
            // fraction of a pixel short of the edges: old lanes would stay visible there
            clear = false;
            g.setFill(BACKGROUND);
            g.fillRect(0, 0, w, h);
        }
        g.save();
        g.scale(scale, scale);
        try {
            paint(w / scale, h / scale);
        } finally {
            g.restore();
        }
        edges(g, w, h);
    }

    /**
     * Fills, in whole pixels, what the scaled drawing covers only in part at the right and bottom
     * edges (its background is rounded to whole units of the scaled space), so that nothing of an
     * earlier frame shows through there.
     */
    private void edges(GraphicsContext g, double w, double h) {
        double right = Math.floor(Math.round(w / scale) * scale);
        double bottom = Math.floor(Math.round(h / scale) * scale);
        g.setFill(BACKGROUND);
        if (right < w) {
            g.fillRect(right, 0, w - right, h);
        }
        if (bottom < h) {
            g.fillRect(0, bottom, w, h - bottom);
        }
    }

    /** The plot's room kept after the run's end in a fitted view: the width of "saída 0" after its mark. */
    static final double END_ROOM = 84;

    private void paint(double w, double h) {
        Frame f = new Frame().size(w, h).now(end()).cursor(cursor).legend(legend).locale(locale)
                .focus(focus != Frame.NO_FOCUS ? focus : hover);
        Layout lay = renderer.layout(painter, states, f);
        if (!live) {
            // (while the run goes, the fitted view grows in steps of its own)
            view.leaveRoom(end(), lay.plotW(), END_ROOM);
        }
        int lanes = Math.max(1, TimelineRenderer.rows(states, f));
        if (lay.lanesBottom() - lay.lanesTop() < Math.min(lanes, LEGEND_LANES) * MIN_LANE) {
            f.legend(false);
            lay = renderer.layout(painter, states, f);
        }
        double area = Math.max(1, lay.lanesBottom() - lay.lanesTop());
        double fit = Math.floor(area / lanes);
        // lanes a little lower than their least when that shows them all (a 4th lane hidden
        // under a strip with nearly a lane's room left, review L7)
        double laneH = fit >= SQUEEZED_LANE && fit < MIN_LANE ? fit : Math.max(MIN_LANE, Math.min(MAX_LANE, fit));
        if (lanes * laneH > area + 0.5) {
            // not all of them: lanes down to the squeezed height where that shows one more whole
            laneH = TimelineRenderer.laneHeightShowingMost(area, lanes, laneH, SQUEEZED_LANE, f.legend());
        }
        // where the lanes do not all fit, only whole ones show (a sliced lane reads as a broken
        // view) and the strip under them says how many are out of view
        f.laneHeight(laneH).wholeLanes(true);
        lay = TimelineRenderer.wholeLanes(lay, states, f);
        area = Math.max(1, lay.lanesBottom() - lay.lanesTop());
        view.clampScroll(lanes * laneH, area);
        double top = Math.min(Math.round(view.scrollY() / laneH) * laneH, Math.max(0, lanes * laneH - area));
        f.scrollY(top).range(view.t0(), view.t1());
        renderer.paint(painter, states, f);
        legendDrawn = f.legend();
        lanesInView = Math.min(lanes, (int) Math.floor(area / laneH + 1e-6));
        layout = lay;
        frame = f;
    }

    private void onScroll(ScrollEvent e) {
        if (layout == null) {
            return;
        }
        if (e.getX() / scale < layout.plotX() || e.isShiftDown()) {
            view.scroll(-e.getDeltaY() / scale, TimelineRenderer.rows(states, frame) * frame.laneHeight(),
                    layout.lanesBottom() - layout.lanesTop());
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(1.25, e.getDeltaY() / 40.0);
            view.zoom(factor, layout.time(frame, e.getX() / scale), end());
        }
        dirty = true;
        paint();
        e.consume();
    }

    /**
     * Over a lane's label, its whole name in a tooltip (shown by JavaFX after its usual delay);
     * elsewhere none. The tooltip is installed only while the pointer is over a label.
     */
    private void onMove(MouseEvent e) {
        if (layout == null) {
            return;
        }
        double x = e.getX() / scale;
        int under = TimelineRenderer.rowAt(states, frame, layout, e.getY() / scale);
        if (under >= TimelineRenderer.shownLanes(states, frame)) {
            under = -1;
        }
        hoverOn(under < 0 ? Frame.NO_FOCUS : states.lanes().get(under).pid());
        int row = x < layout.plotX() ? under : -1;
        if (row == tipRow) {
            return;
        }
        tipRow = row;
        if (row < 0) {
            Tooltip.uninstall(canvas, nameTip);
        } else {
            nameTip.setText(TimelineRenderer.wholeName(states.lanes().get(row)));
            Tooltip.install(canvas, nameTip);
        }
    }

    /** The pointer is over {@code pid}'s lane ({@link Frame#NO_FOCUS}: over none): its arrows are drawn strong. */
    private void hoverOn(long pid) {
        if (pid != hover) {
            hover = pid;
            dirty = true;
            paint();
        }
    }

    /** The process whose arrows are drawn strong because the pointer is over its lane, or {@link Frame#NO_FOCUS}. */
    long hovered() {
        return hover;
    }

    /** The process of lane {@code i}, for tests. */
    long lanePid(int i) {
        return states.lanes().get(i).pid();
    }

    /** The y of lane {@code i}'s middle in the canvas's pixels, as last painted, for tests. */
    double laneMiddle(int i) {
        return (layout.laneY(frame, i) + frame.laneHeight() / 2) * scale;
    }

    /** The text of the lane-name tooltip while the pointer is over a label ("" elsewhere), for tests. */
    String nameTipText() {
        return tipRow < 0 ? "" : nameTip.getText();
    }

    private void onPress(MouseEvent e) {
        dragX = e.getX();
        dragY = e.getY();
        pressX = e.getX();
        pressY = e.getY();
    }

    private void onDrag(MouseEvent e) {
        if (layout == null) {
            return;
        }
        canvas.setCursor(Cursor.CLOSED_HAND);
        view.pan((e.getX() - dragX) / scale, layout.plotW(), end());
        view.scroll((dragY - e.getY()) / scale, TimelineRenderer.rows(states, frame) * frame.laneHeight(),
                layout.lanesBottom() - layout.lanesTop());
        dragX = e.getX();
        dragY = e.getY();
        dirty = true;
        paint();
    }
}
