package io.processlab.view.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A lock: who holds it, who waits for it in arrival order, and who held it before. */
public final class LockState {
    private final String id;
    private Proc holder;
    private final List<Proc> waiters = new ArrayList<>();
    private final List<Proc> history = new ArrayList<>();

    LockState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Who holds it now, or null when it is free. */
    public Proc holder() {
        return holder;
    }

    /** Who waits, first come first. */
    public List<Proc> waiters() {
        return Collections.unmodifiableList(waiters);
    }

    /** Everyone who got the lock, in the order they got it. */
    public List<Proc> history() {
        return Collections.unmodifiableList(history);
    }

    void waits(Proc p) {
        if (!waiters.contains(p)) {
            waiters.add(p);
        }
    }

    void acquired(Proc p) {
        waiters.remove(p);
        holder = p;
        history.add(p);
    }

    void released() {
        holder = null;
    }

    void gaveUp(Proc p) {
        waiters.remove(p);
    }

    void forget(long pid) {
        waiters.removeIf(w -> w.pid() == pid);
    }
}
