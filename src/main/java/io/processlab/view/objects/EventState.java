package io.processlab.view.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An event: its flag, who waits for it, who was woken by set, who gave up on a timeout. */
public final class EventState {
    private final String id;
    private boolean flag;
    private Proc setBy;
    private final List<Proc> waiters = new ArrayList<>();
    private final List<Proc> woken = new ArrayList<>();
    private final List<Proc> timedOut = new ArrayList<>();
    private int sets;

    EventState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Set (true) or unset. */
    public boolean flag() {
        return flag;
    }

    /** Who set it last, or null. */
    public Proc setBy() {
        return setBy;
    }

    /** How many times it was set. */
    public int sets() {
        return sets;
    }

    /** Who waits now, first come first. */
    public List<Proc> waiters() {
        return Collections.unmodifiableList(waiters);
    }

    /** Who stopped waiting because the flag was (or already was) set. */
    public List<Proc> woken() {
        return Collections.unmodifiableList(woken);
    }

    /** Who stopped waiting because its timeout ran out first. */
    public List<Proc> timedOut() {
        return Collections.unmodifiableList(timedOut);
    }

    void waits(Proc p) {
        if (!waiters.contains(p)) {
            waiters.add(p);
        }
    }

    void set(Proc by) {
        flag = true;
        setBy = by;
        sets++;
    }

    void clear() {
        flag = false;
    }

    void woke(Proc p, boolean timeout) {
        waiters.remove(p);
        (timeout ? timedOut : woken).add(p);
    }

    void forget(long pid) {
        waiters.removeIf(w -> w.pid() == pid);
    }
}
