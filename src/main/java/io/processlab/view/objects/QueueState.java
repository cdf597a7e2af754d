package io.processlab.view.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue: the cards in it in order, who waits in get; for a JoinableQueue also the unfinished
 * count, who waits in join, and which consumer holds which task (from its get to its task_done).
 */
public final class QueueState {
    private final String id;
    private final boolean joinable;
    private final List<Card> items = new ArrayList<>();
    private final List<Proc> getters = new ArrayList<>();
    private final List<Proc> joiners = new ArrayList<>();
    private final Map<Long, Card> held = new LinkedHashMap<>();
    private final Map<Long, Proc> takers = new LinkedHashMap<>();
    private final Map<Long, Integer> doneBy = new LinkedHashMap<>();
    private final List<Card> taken = new ArrayList<>();
    private int unfinished;
    private int puts;

    QueueState(String id, boolean joinable) {
        this.id = id;
        this.joinable = joinable;
    }

    public String id() {
        return id;
    }

    public boolean joinable() {
        return joinable;
    }

    /** The cards waiting in the queue, oldest first. */
    public List<Card> items() {
        return Collections.unmodifiableList(items);
    }

    /** Who is blocked in get, first come first. */
    public List<Proc> getters() {
        return Collections.unmodifiableList(getters);
    }

    /** Who is blocked in join. */
    public List<Proc> joiners() {
        return Collections.unmodifiableList(joiners);
    }

    /** Tasks put and not yet marked done (joinable queues). */
    public int unfinished() {
        return unfinished;
    }

    /** How many items were ever put. */
    public int puts() {
        return puts;
    }

    /** The task each consumer holds now (got it, not yet task_done), by PID. */
    public Map<Long, Card> held() {
        return Collections.unmodifiableMap(held);
    }

    /** The task {@code pid} holds, or null. */
    public Card heldBy(long pid) {
        return held.get(pid);
    }

    /** Everyone who took an item, in the order of their first get. */
    public List<Proc> takers() {
        return List.copyOf(takers.values());
    }

    /** How many tasks {@code pid} has marked done. */
    public int doneBy(long pid) {
        return doneBy.getOrDefault(pid, 0);
    }

    /** Every item taken out, in the order it was taken. */
    public List<Card> taken() {
        return Collections.unmodifiableList(taken);
    }

    void put(Card c) {
        puts++;
        items.add(c);
        if (joinable) {
            unfinished++;
        }
    }

    void getWait(Proc p) {
        if (!getters.contains(p)) {
            getters.add(p);
        }
    }

    void got(Proc p, long msg, String text) {
        getters.remove(p);
        Card card = null;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).msg() == msg) {
                card = items.remove(i);
                break;
            }
        }
        if (card == null) {
            card = new Card(msg, text, null);
        }
        takers.putIfAbsent(p.pid(), p);
        taken.add(card);
        if (joinable) {
            held.put(p.pid(), card);
        }
    }

    void gaveUp(Proc p) {
        getters.remove(p);
    }

    void taskDone(Proc p, Integer left) {
        Card done = held.remove(p.pid());
        if (done != null && !done.poison()) {
            doneBy.merge(p.pid(), 1, Integer::sum);
        }
        unfinished = left != null ? left : Math.max(0, unfinished - 1);
    }

    void joinWait(Proc p) {
        if (!joiners.contains(p)) {
            joiners.add(p);
        }
    }

    void joined(Proc p) {
        joiners.remove(p);
    }

    void forget(long pid) {
        getters.removeIf(w -> w.pid() == pid);
        joiners.removeIf(w -> w.pid() == pid);
    }
}
