package io.processlab.engine.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs something later: the broker's timeouts go through it, so tests can drive time. */
public interface Scheduler extends AutoCloseable {
    /** A scheduled action that can still be called off. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Runnable action, long delayMicros);

    @Override
    void close();

    /** A scheduler on one daemon thread. Once closed, it drops what is scheduled. */
    static Scheduler threaded(String name) {
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        return new Scheduler() {
            @Override
            public Cancellable schedule(Runnable action, long delayMicros) {
                try {
                    ScheduledFuture<?> f = ex.schedule(action, Math.max(0, delayMicros), TimeUnit.MICROSECONDS);
                    return () -> f.cancel(false);
                } catch (RejectedExecutionException closed) {
                    return () -> { };
                }
            }

            @Override
            public void close() {
                ex.shutdownNow();
            }
        };
    }
}
