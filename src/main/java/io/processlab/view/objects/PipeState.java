package io.processlab.view.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pipe and its two ends ({@code ID.a}, {@code ID.b}). A message sent on one end is in flight
 * toward the other until that end receives it.
 */
public final class PipeState {
    /** One end of the pipe. */
    public static final class End {
        private final String id;
        private Proc user;
        private boolean closed;
        private boolean eof;
        private final List<Card> inFlight = new ArrayList<>();
        private final List<Card> received = new ArrayList<>();
        private final List<Proc> receivers = new ArrayList<>();
        private int sent;

        End(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The process that last sent or received on this end, or null. */
        public Proc user() {
            return user;
        }

        public boolean closed() {
            return closed;
        }

        /** Whether a receive on this end found the other end closed. */
        public boolean eof() {
            return eof;
        }

        /** Messages sent toward this end and not yet received here, oldest first. */
        public List<Card> inFlight() {
            return Collections.unmodifiableList(inFlight);
        }

        /** Messages received on this end, in order. */
        public List<Card> received() {
            return Collections.unmodifiableList(received);
        }

        /** Who is blocked in recv on this end. */
        public List<Proc> receivers() {
            return Collections.unmodifiableList(receivers);
        }

        /** How many messages were sent from this end. */
        public int sent() {
            return sent;
        }
    }

    private final String id;
    private final End a;
    private final End b;

    PipeState(String id) {
        this.id = id;
        this.a = new End(id + ".a");
        this.b = new End(id + ".b");
    }

    /** The pipe's id: its ends' ids without ".a"/".b". */
    public String id() {
        return id;
    }

    public End a() {
        return a;
    }

    public End b() {
        return b;
    }

    /** The end with this object id, or null. */
    public End end(String object) {
        return a.id.equals(object) ? a : b.id.equals(object) ? b : null;
    }

    End peer(End e) {
        return e == a ? b : a;
    }

    /** The pipe an end's object id belongs to: "pipe-2.b" gives "pipe-2". */
    static String pipeOf(String object) {
        return object.endsWith(".a") || object.endsWith(".b") ? object.substring(0, object.length() - 2) : object;
    }

    void send(End from, Proc p, Card c) {
        if (from == null) {
            return; // an object that names neither end (a damaged or crafted trace): nothing to show
        }
        from.user = p;
        from.sent++;
        peer(from).inFlight.add(c);
    }

    void recvWait(End at, Proc p) {
        if (at == null) {
            return;
        }
        at.user = p;
        if (!at.receivers.contains(p)) {
            at.receivers.add(p);
        }
    }

    void recv(End at, Proc p, long msg, String text) {
        if (at == null) {
            return;
        }
        at.user = p;
        at.receivers.remove(p);
        if (msg == 0) {
            at.eof = true;
            return;
        }
        Card card = null;
        for (int i = 0; i < at.inFlight.size(); i++) {
            if (at.inFlight.get(i).msg() == msg) {
                card = at.inFlight.remove(i);
                break;
            }
        }
        at.received.add(card != null ? card : new Card(msg, text, null));
    }

    void close(End e) {
        if (e != null) {
            e.closed = true;
        }
    }

    void forget(long pid) {
        a.receivers.removeIf(w -> w.pid() == pid);
        b.receivers.removeIf(w -> w.pid() == pid);
    }
}
