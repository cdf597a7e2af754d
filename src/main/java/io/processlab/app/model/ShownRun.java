package io.processlab.app.model;

import io.processlab.app.i18n.I18n;
import io.processlab.app.replay.Player;
import io.processlab.app.replay.ReplayFold;
import io.processlab.app.replay.Ticker;
import io.processlab.app.style.ProcessPalette;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.ProcState;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the window shows, live or opened, as {@link MainViewModel} feeds it: its events taken
 * so far, the fold of the whole run ({@link #objects()}), the scrubber and the fold at its time
 * ({@link #shown()}), the console, the wire view and each process's colour. FX thread only.
 */
final class ShownRun {
    private final ProcessPalette palette = new ProcessPalette();
    private final ConsoleViewModel console = new ConsoleViewModel(palette);
    private final WireViewModel wire;
    private final Player player;
    private final ReplayFold replay = new ReplayFold(ReplayFold.Lines.of(console::accept, console::clear));
    /** Every event of the run shown, as taken so far. */
    private List<TraceEvent> events = new ArrayList<>();
    private ObjectsModel objects = new ObjectsModel();
    /** How many of the live run's events were taken. */
    private int index;
    /** How the run ended, kept under the printed lines while the scrubber is at the end. */
    private String endNote;

    ShownRun(I18n i18n, Ticker ticker) {
        this.wire = new WireViewModel(i18n);
        this.player = new Player(ticker);
    }

    ProcessPalette palette() {
        return palette;
    }

    ConsoleViewModel console() {
        return console;
    }

    WireViewModel wire() {
        return wire;
    }

    Player player() {
        return player;
    }

    ObjectsModel objects() {
        return objects;
    }

    ObjectsModel shown() {
        return replay.objects();
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    void endNote(String note) {
        endNote = note;
    }

    /** Shows nothing. */
    void clear() {
        objects = new ObjectsModel();
        events = new ArrayList<>();
        index = 0;
        endNote = null;
        player.clear();
        replay.reset(events);
        console.clear();
        wire.clear();
    }

    /** Gets ready for a live run: the scrubber follows "now". */
    void startLive() {
        player.load(events, true);
        wire.setSource(WireViewModel.Source.LIVE);
    }

    /** Shows a saved run with the scrubber at its end. */
    void load(Trace trace) {
        events = new ArrayList<>(trace.events());
        objects = ObjectsModel.of(events);
        if (!events.isEmpty()) {
            objects.runEnded(events.get(events.size() - 1).tUs());
        }
        palette.reset(parentPid(trace, events));
        for (ProcState p : objects.processes()) {
            palette.colour(p.pid());
        }
        replay.reset(events, true);
        player.load(events, false);
        wire.setSource(WireViewModel.Source.OPENED);
    }

    /**
     * Takes the live run's new events and wire lines (at most {@code wireMax} of those).
     *
     * @return whether every event the run recorded so far is taken
     */
    boolean take(Session s, int wireMax) {
        List<TraceEvent> batch = s.trace().since(index);
        index += batch.size();
        if (!batch.isEmpty()) {
            events.addAll(batch);
            objects.applyAll(batch);
            for (ProcState p : objects.processes()) {
                palette.colour(p.pid());
            }
        }
        List<WireLine> lines = s.drainWire(wireMax);
        if (!lines.isEmpty()) {
            List<WireLine> named = new ArrayList<>(lines.size());
            for (WireLine l : lines) {
                ProcState p = objects.process(l.pid());
                named.add(new WireLine(l.pid(), p == null ? "?" : p.name(), l.fromChild(), l.text(), l.tUs()));
            }
            wire.accept(named);
        }
        return s.trace().size() == index;
    }

    /**
     * Moves the scrubber and the fold at its time.
     *
     * @param nowUs the live run's clock, or a negative number when no run goes
     * @return whether what the panels show changed
     */
    boolean frame(long nowUs) {
        if (!player.readyProperty().get()) {
            return false;
        }
        boolean live = nowUs >= 0;
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).tUs();
        player.update(live ? Math.max(last, nowUs) : last, live);
        player.frame();
        boolean changed = replay.moveTo(player.time());
        boolean atEnd = live ? player.isFollowing() : player.time() >= last;
        wire.showUntil(atEnd ? Long.MAX_VALUE : player.time());
        console.note("ProcessLab", !live && player.time() >= last ? endNote : null);
        return changed;
    }

    /** The parent's PID: the process listed as "main", else the one of the first event. */
    private static long parentPid(Trace t, List<TraceEvent> events) {
        for (ProcessInfo p : t.processes()) {
            if ("main".equals(p.role())) {
                return p.pid();
            }
        }
        return events.isEmpty() ? -1 : events.get(0).pid();
    }
}
