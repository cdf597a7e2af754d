package io.processlab.engine.internal;

import com.google.gson.JsonElement;
import io.processlab.trace.Fields;
import io.processlab.trace.Trace;
import io.processlab.wire.PyRepr;
import io.processlab.wire.RemoteError;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** What every shared object needs from its broker: the trace, the timer, the tempo, the run's language. */
public final class BrokerContext {
    private static final int DETAIL_MAX = 80;

    private final Trace trace;
    private final Scheduler scheduler;
    private final AtomicLong messages = new AtomicLong();
    private volatile double slowdown;
    private final Locale locale;
    private final RemoteError stopped;

    public BrokerContext(Trace trace, Scheduler scheduler, double slowdown) {
        this(trace, scheduler, slowdown, Locale.ENGLISH);
    }

    /** {@code locale}: the language of the errors the objects give their callers (the trace stays English). */
    public BrokerContext(Trace trace, Scheduler scheduler, double slowdown, Locale locale) {
        this.trace = trace;
        this.scheduler = scheduler;
        this.slowdown = slowdown;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.stopped = new RemoteError(RemoteError.STOPPED, Phrase.say(this.locale, "run.stopped"));
    }

    /** The run's language: errors given to callers are in it. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} of the engine's bundle in the run's language. */
    public String text(String key, Object... args) {
        return Phrase.say(locale, key, args);
    }

    /** The error of every wait and call once the run has stopped, in the run's language. */
    public RemoteError stopped() {
        return stopped;
    }

    public Trace trace() {
        return trace;
    }

    /** Schedules {@code action} after {@code seconds} of lesson time (stretched by the slowdown). */
    public Scheduler.Cancellable after(double seconds, Runnable action) {
        return scheduler.schedule(action, (long) (seconds * slowdown * 1_000_000L));
    }

    public void slowdown(double s) {
        slowdown = s;
    }

    public long nextMessage() {
        return messages.incrementAndGet();
    }

    public void record(Caller c, String kind, String object, String detail) {
        trace.record(c.pid(), c.name(), kind, object, detail, null, 0);
    }

    public void record(Caller c, String kind, String object, String detail, long msg) {
        trace.record(c.pid(), c.name(), kind, object, detail, null, msg);
    }

    /** An event with its typed fields. */
    public void record(Caller c, String kind, String object, String detail, Fields fields) {
        trace.record(c.pid(), c.name(), kind, object, detail, null, 0, fields);
    }

    /** A put/send or get/recv with its message number and typed fields. */
    public void record(Caller c, String kind, String object, String detail, long msg, Fields fields) {
        trace.record(c.pid(), c.name(), kind, object, detail, null, msg, fields);
    }

    /** A wait's fields: its timeout ({@code < 0}: none) and who holds what it waits for (null: nobody said). */
    public static Fields waiting(double timeout, Long heldBy) {
        return timeout < 0 && heldBy == null ? Fields.NONE : new Fields.Wait(timeout >= 0 ? timeout : null, heldBy);
    }

    /** A short Python-like text of a value, for a trace event's detail. */
    public static String show(JsonElement value) {
        return PyRepr.shortRepr(value, DETAIL_MAX);
    }
}
