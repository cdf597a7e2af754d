package io.processlab.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.api.Channel;
import io.processlab.api.ProcessException;
import io.processlab.engine.internal.BrokerContext;
import io.processlab.engine.internal.BrokerEvent;
import io.processlab.engine.internal.BrokerLock;
import io.processlab.engine.internal.BrokerQueue;
import io.processlab.engine.internal.Caller;
import io.processlab.engine.internal.Completion;
import io.processlab.engine.internal.PipeEnd;
import io.processlab.engine.internal.Scheduler;
import io.processlab.engine.internal.SharedObject;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.Trace;
import io.processlab.wire.RemoteError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Hosts the run's shared objects, like Python's manager process: every call on a lock, queue,
 * event or pipe end, from the parent or a child, comes here and is recorded in the trace.
 * There is no global lock: each object guards its own state.
 */
public final class Broker {
    private final BrokerContext ctx;
    private final Map<String, SharedObject> objects = new ConcurrentHashMap<>();
    private final Map<String, Integer> labels = new ConcurrentHashMap<>();
    private volatile OperationGate gate = OperationGate.OPEN;
    private volatile boolean stopped;
    private final Deadlocks deadlocks;

    public Broker(Trace trace, Scheduler scheduler, double slowdown) {
        this(trace, scheduler, slowdown, Locale.ENGLISH);
    }

    /** {@code locale}: the language of the errors callers get (the trace stays English). */
    public Broker(Trace trace, Scheduler scheduler, double slowdown, Locale locale) {
        this.ctx = new BrokerContext(trace, scheduler, slowdown, locale);
        this.deadlocks = new Deadlocks(trace);
    }

    /** A gate that holds operations until someone lets them through (step mode). */
    public void gate(OperationGate g) {
        this.gate = g == null ? OperationGate.OPEN : g;
    }

    private String freshId(String label) {
        int n = labels.merge(label, 1, Integer::sum);
        return n == 1 ? label : label + "-" + n;
    }

    private <T extends SharedObject> T register(Caller creator, T o) {
        objects.put(o.id(), o);
        ctx.record(creator, Kinds.CREATE, o.id(), o.kind(), new Fields.Create(o.kind()));
        return o;
    }

    public SharedObject createLock(Caller creator, String label) {
        return register(creator, new BrokerLock(freshId(label), ctx));
    }

    public SharedObject createQueue(Caller creator, String label, boolean joinable) {
        return register(creator, new BrokerQueue(freshId(label), ctx, joinable));
    }

    public SharedObject createEvent(Caller creator, String label) {
        return register(creator, new BrokerEvent(freshId(label), ctx));
    }

    public SharedObject[] createPipe(Caller creator, String label, boolean duplex) {
        PipeEnd[] ends = PipeEnd.pair(freshId(label), ctx, duplex);
        register(creator, ends[0]);
        register(creator, ends[1]);
        return ends;
    }

    public SharedObject object(String id) {
        return objects.get(id);
    }

    /** Performs a call, through the gate; {@code done} is answered once, now or later. */
    public void dispatch(Caller caller, String object, String op, JsonObject args, Completion done) {
        if (stopped) {
            done.fail(ctx.stopped());
            return;
        }
        SharedObject o = object == null ? null : objects.get(object);
        if (o == null) {
            done.fail(new RemoteError(RemoteError.FAILED, ctx.text("broker.no_object", object)));
            return;
        }
        gate.pass(caller, o.id(), op, () -> {
            o.call(caller, op, args, done);
            if ("acquire".equals(op)) {
                deadlocks.check(caller, objects.values());
            }
        });
    }

    /** The cycle of processes that wait for each other's locks, if there is one now. */
    public java.util.Optional<java.util.List<Caller>> deadlock() {
        return Deadlocks.find(objects.values());
    }

    /** The process {@code pid} ended: its waits are dropped, locks it held are abandoned. */
    public void forget(long pid) {
        for (SharedObject o : objects.values()) {
            o.forget(pid);
        }
    }

    /**
     * Fails the untimed waits of process {@code pid} held for at least {@code olderThanNanos}:
     * the run's watchdog calls it when nothing is left that could end them.
     *
     * @return how many waits failed
     */
    public int failStuckWaits(long pid, long olderThanNanos) {
        int n = 0;
        for (SharedObject o : objects.values()) {
            n += o.failStuck(pid, olderThanNanos);
        }
        return n;
    }

    /** The run ends: every wait fails with "stopped", and so does every call from now on. */
    public void stop() {
        stopped = true;
        gate.release();
        for (SharedObject o : objects.values()) {
            o.stop();
        }
    }

    public void slowdown(double s) {
        ctx.slowdown(s);
    }

    /** Objects in creation order of their ids. */
    public List<SharedObject> objects() {
        return new ArrayList<>(objects.values());
    }

    /** A channel for code in the parent's JVM: calls go straight to the broker and wait. */
    public Channel localChannel(Caller caller) {
        return new Channel() {
            @Override
            public JsonElement call(String object, String op, JsonObject args) {
                LocalCall c = new LocalCall();
                dispatch(caller, object, op, args, c);
                return c.await();
            }

            @Override
            public void cast(String object, String op, JsonObject args) {
                dispatch(caller, object, op, args, Completion.ignoring(e ->
                        ctx.trace().record(caller.pid(), caller.name(), Kinds.ERROR, object, e.message())));
            }
        };
    }

    /**
     * A call of the parent's own code: answered most often at once, on the calling thread (then
     * there is nothing to wait for), else later by another thread, which wakes the caller.
     */
    private static final class LocalCall implements Completion {
        private final Thread caller = Thread.currentThread();
        private JsonElement value;
        private RemoteError error;
        private volatile boolean done;

        @Override
        public void ok(JsonElement v) {
            value = v;
            finish();
        }

        @Override
        public void fail(RemoteError e) {
            error = e;
            finish();
        }

        private void finish() {
            done = true;
            if (Thread.currentThread() != caller) {
                LockSupport.unpark(caller);
            }
        }

        JsonElement await() {
            while (!done) {
                LockSupport.park(this);
                if (!done && Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new ProcessException(RemoteError.STOPPED, "interrupted");
                }
            }
            if (error != null) {
                throw ProcessException.of(error);
            }
            return value;
        }
    }
}
