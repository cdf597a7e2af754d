package io.processlab.view.panel;

import io.processlab.view.objects.Card;
import io.processlab.view.objects.EventState;
import io.processlab.view.objects.LockState;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PipeState;
import io.processlab.view.objects.PoolState;
import io.processlab.view.objects.Proc;
import io.processlab.view.objects.ProcState;
import io.processlab.view.objects.QueueState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the panel picture shows at one moment, read from the fold: the boxes of the shared objects
 * the run has (the queue lesson's task queue, consumers and result queue; any other queue; each
 * lock with its holder, waiters and order; each event's lamp; each pipe's ends; the pool's workers
 * and results), or, for a lesson with none (the concept demos, whose own panels draw charts only
 * the window has), its processes with their state and last printed line, and a note saying so.
 */
public final class PanelContent {
    /** Cards shown per list; the rest are counted ("and 7 more"). */
    static final int MAX_CARDS = 8;
    /** Chips shown per list of processes. */
    static final int MAX_CHIPS = 12;

    private final PanelTexts t;
    private final Map<Long, Integer> colours = new HashMap<>();
    private final List<Box> boxes = new ArrayList<>();
    private String note;

    private PanelContent(ObjectsModel m, Locale locale, boolean poolRun) {
        t = new PanelTexts(locale);
        int next = 1;
        for (ProcState p : m.processes()) {
            colours.put(p.pid(), p.target() == null ? 0 : (next++ - 1) % 8 + 1);
        }
        if (!poolRun && m.poolOrNull() == null) {
            queues(m); // a pool's own queues are its machinery: its panel shows workers and results
        }
        locks(m);
        events(m);
        pipes(m);
        pool(m);
        if (boxes.isEmpty() || !m.locks().isEmpty()) {
            processes(m);
        }
        if (m.locks().isEmpty() && m.queues().isEmpty() && m.events().isEmpty() && m.pipes().isEmpty()
                && m.poolOrNull() == null) {
            note = t.get("picture.processes_only");
        }
    }

    /** The boxes of {@code m}, with words in {@code locale}'s language (English or Portuguese). */
    public static PanelContent of(ObjectsModel m, Locale locale) {
        return new PanelContent(m, locale, false);
    }

    /**
     * The same, knowing whether the run uses a pool at some time ({@link #usesPool}): then the
     * pool's own queues are never drawn, also before the pool shows in the fold.
     */
    public static PanelContent of(ObjectsModel m, Locale locale, boolean poolRun) {
        return new PanelContent(m, locale, poolRun);
    }

    /** Whether the run of {@code events} has a pool. */
    public static boolean usesPool(List<io.processlab.trace.TraceEvent> events) {
        return ObjectsModel.of(events).poolOrNull() != null;
    }

    public List<Box> boxes() {
        return boxes;
    }

    /** What the picture leaves to the window, or null when it shows the lesson's own objects. */
    public String note() {
        return note;
    }

    String text(String key, Object... args) {
        return t.get(key, args);
    }

    private int colour(Proc p) {
        return colours.getOrDefault(p.pid(), 8);
    }

    private Item chip(Proc p) {
        int c = colour(p);
        return new Item(Item.Kind.CHIP, p.name() + " \u00b7 " + p.pid(), PanelStyle.CHIP[c], PanelStyle.CHIP_INK[c], 0);
    }

    private Item card(Card c, int fill) {
        if (c.poison()) {
            return new Item(Item.Kind.CARD, t.get("queue.poison"), PanelStyle.POISON, 0xFFFFFFFF,
                    c.from() == null ? PanelStyle.CHIP[0] : PanelStyle.CHIP[colour(c.from())]);
        }
        return new Item(Item.Kind.CARD, c.text(), fill, PanelStyle.TEXT,
                c.from() == null ? PanelStyle.CHIP[0] : PanelStyle.CHIP[colour(c.from())]);
    }

    private Item badge(String state) {
        int[] c = PanelStyle.badge(state);
        return new Item(Item.Kind.BADGE, t.get("state." + state), c[0], c[1], 0);
    }

    /** The first {@link #MAX_CARDS} cards in a wrapping row (next out first), then how many more; or {@code emptyKey}'s words. */
    private void cards(Box b, List<Card> cards, int fill, String emptyKey) {
        if (cards.isEmpty()) {
            b.row(Item.dim(t.get(emptyKey)));
            return;
        }
        List<Item> row = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CARDS, cards.size()); i++) {
            row.add(card(cards.get(i), fill));
        }
        if (cards.size() > MAX_CARDS) {
            row.add(Item.dim(t.get("picture.more", cards.size() - MAX_CARDS)));
        }
        b.row(row);
    }

    /** The processes as chips in one wrapping row, or {@code emptyKey}'s words. */
    private void chips(Box b, List<Proc> procs, String emptyKey) {
        if (procs.isEmpty()) {
            b.row(Item.dim(t.get(emptyKey)));
            return;
        }
        List<Item> row = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CHIPS, procs.size()); i++) {
            row.add(chip(procs.get(i)));
        }
        if (procs.size() > MAX_CHIPS) {
            row.add(Item.dim(t.get("picture.more", procs.size() - MAX_CHIPS)));
        }
        b.row(row);
    }

    private void queues(ObjectsModel m) {
        QueueState tasks = m.queues().stream().filter(QueueState::joinable).findFirst().orElse(null);
        if (tasks != null) {
            Box b = new Box(t.get("queue.tasks"));
            cards(b, tasks.items(), PanelStyle.CARD, "queue.empty");
            b.row(Item.word(t.get("queue.unfinished_label") + " " + tasks.unfinished()));
            b.row(Item.word(t.get("queue.join")));
            chips(b, tasks.joiners(), "queue.nobody_joins");
            boxes.add(b);
            Box c = new Box(t.get("queue.consumers"));
            int n = 0;
            for (ProcState p : m.processes()) {
                if (p.target() == null) {
                    continue;
                }
                n++;
                Card held = tasks.heldBy(p.pid());
                c.row(chip(p.proc()), badge(PanelStyle.state(p)),
                        held == null ? Item.dim(t.get("queue.holds_nothing")) : card(held, PanelStyle.CARD),
                        Item.dim(t.get("queue.done_count", tasks.doneBy(p.pid()))));
            }
            if (n == 0) {
                c.row(Item.dim(t.get("queue.no_consumers")));
            }
            boxes.add(c);
        }
        for (QueueState q : m.queues()) {
            if (q == tasks) {
                continue;
            }
            Box b = new Box(tasks != null && !q.joinable() ? t.get("queue.results") : q.id());
            cards(b, q.items(), PanelStyle.CARD, "queue.empty");
            if (!q.getters().isEmpty()) {
                b.row(Item.word(t.get("picture.getters")));
                chips(b, q.getters(), "event.nobody");
            }
            boxes.add(b);
        }
    }

    private void locks(ObjectsModel m) {
        for (LockState l : m.locks()) {
            Box b = new Box(m.locks().size() == 1 ? t.get("lock.title") : l.id());
            boolean held = l.holder() != null;
            b.row(new Item(Item.Kind.SIGN, t.get(held ? "lock.held_icon" : "lock.free_icon"),
                    held ? PanelStyle.HELD : PanelStyle.FREE, held ? 0xFFFFFFFF : PanelStyle.FREE_INK, 0));
            b.row(Item.word(t.get("lock.holder")), held ? chip(l.holder()) : Item.dim(t.get("lock.free")));
            b.row(Item.word(t.get("lock.waiters")));
            chips(b, l.waiters(), "lock.nobody_waits");
            int before = m.steps().acquiresHeld(l.id());
            if (before > 0) {
                b.row(Item.dim(t.get("lock.held_before", before)));
            }
            b.row(Item.word(t.get("lock.order")));
            chips(b, l.history(), "lock.nobody_yet");
            boxes.add(b);
        }
    }

    private void events(ObjectsModel m) {
        for (EventState e : m.events()) {
            Box b = new Box(m.events().size() == 1 ? t.get("event.title") : e.id());
            b.row(new Item(Item.Kind.LAMP, t.get(e.flag() ? "event.set" : "event.unset"),
                    e.flag() ? PanelStyle.LAMP_ON : PanelStyle.LAMP_OFF, PanelStyle.TEXT,
                    e.flag() ? PanelStyle.LAMP_ON_EDGE : PanelStyle.LAMP_OFF_EDGE));
            b.row(Item.dim(e.setBy() == null ? t.get("event.not_set_yet") : t.get("event.set_by", e.setBy().label())));
            b.row(Item.word(t.get("event.waiting")));
            chips(b, e.waiters(), "event.nobody");
            b.row(Item.word(t.get("event.woken")));
            chips(b, e.woken(), "event.nobody");
            if (!e.timedOut().isEmpty()) {
                b.row(Item.word(t.get("event.timed_out")));
                chips(b, e.timedOut(), "event.nobody");
            }
            boxes.add(b);
        }
    }

    private void pipes(ObjectsModel m) {
        for (PipeState p : m.pipes()) {
            Box b = new Box(t.get("pipe.title", p.id()));
            for (PipeState.End e : List.of(p.a(), p.b())) {
                List<Item> head = new ArrayList<>();
                head.add(Item.word(t.get("pipe.end", e.id())));
                head.add(e.user() == null ? Item.dim(t.get("pipe.unused")) : chip(e.user()));
                if (e.closed()) {
                    head.add(badge(StateWords.EXITED).withText(t.get("pipe.closed")));
                } else if (!e.receivers().isEmpty()) {
                    head.add(badge(StateWords.WAITING).withText(t.get("pipe.waiting")));
                }
                b.row(head);
                b.row(Item.dim(t.get("pipe.in_flight")));
                cards(b, e.inFlight(), PanelStyle.IN_FLIGHT, "pipe.empty");
                if (!e.received().isEmpty()) {
                    b.row(Item.dim(t.get("pipe.received")));
                    cards(b, e.received(), PanelStyle.CARD, "pipe.empty");
                }
            }
            boxes.add(b);
        }
    }

    private void pool(ObjectsModel m) {
        PoolState pool = m.poolOrNull();
        if (pool == null) {
            return;
        }
        Box w = new Box(t.get("pool.workers"));
        if (pool.workers().isEmpty()) {
            w.row(Item.dim(t.get("pool.no_workers")));
        }
        for (PoolState.Worker k : pool.workers()) {
            List<String> cs = k.taken().stream().map(c -> "[" + String.join(", ", c.items())
                    + (c.itemsComplete() ? "]" : ", \u2026]")).toList();
            String took = cs.isEmpty() ? t.get("pool.took_nothing")
                    : cs.size() == 1 ? String.join(" ", cs) : t.get("picture.chunks", cs.size(), String.join(" ", cs));
            w.row(chip(k.proc()), badge(PanelStyle.state(m.process(k.proc().pid()))), Item.dim(took));
        }
        boxes.add(w);
        Box r = new Box(t.get("pool.results"));
        if (pool.slots().isEmpty()) {
            r.row(Item.dim(t.get("pool.no_results")));
        }
        List<Item> row = new ArrayList<>();
        for (PoolState.Slot s : pool.slots()) {
            String text = s.input() + " \u2192 " + (s.result() == null ? "\u2026" : s.result());
            row.add(new Item(Item.Kind.CARD, text, s.result() == null ? PanelStyle.IN_FLIGHT : PanelStyle.CARD,
                    PanelStyle.TEXT, s.worker() == null ? PanelStyle.CARD_EDGE : PanelStyle.CHIP[colour(s.worker())]));
        }
        if (!row.isEmpty()) {
            r.row(row);
        }
        r.row(Item.word(t.get("pool.progress", pool.chunksDone(), m.poolChunks())));
        boxes.add(r);
    }

    private void processes(ObjectsModel m) {
        Box b = new Box(t.get("picture.processes"));
        for (ProcState p : m.processes()) {
            boolean holds = m.locks().stream().anyMatch(l -> l.holder() != null && l.holder().pid() == p.pid());
            List<Item> row = new ArrayList<>();
            row.add(chip(p.proc()));
            row.add(badge(StateWords.withLock(p, holds)));
            if (p.lastPrint() != null && m.locks().isEmpty()) {
                row.add(Item.dim(p.lastPrint()));
            }
            b.row(row);
        }
        if (m.processes().isEmpty()) {
            b.row(Item.dim(t.get("picture.no_processes")));
        }
        boxes.add(b);
    }
}
