package io.processlab.app.model;

import io.processlab.engine.Run;
import io.processlab.engine.StepGate;
import io.processlab.trace.StepBook;
import io.processlab.trace.Trace;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A live run whose operations on shared objects step mode can hold: a lesson on the Java engine
 * (its broker's gate) or a traced Python program (each process blocks in its tracer). Either way
 * the held operations wait in one {@link StepBook}, which records them in the run's trace.
 */
public interface Steerable {
    /** The run's trace, where the book records what it holds and lets go. */
    Trace trace();

    /** Whether the run is over (nothing to hold any more). */
    boolean isClosed();

    /** From now on every operation waits in {@code book}; null: none waits any more. */
    void holdIn(StepBook book);

    /** A lesson's run on the engine: its broker holds each call in the book. */
    static Steerable of(Run run) {
        return of(run.trace(), run::isClosed, book -> run.broker().gate(book == null ? null : new StepGate(book)));
    }

    /** A run of {@code trace}, over when {@code closed} says so, that {@code hold} gives the book to. */
    static Steerable of(Trace trace, BooleanSupplier closed, Consumer<StepBook> hold) {
        return new Steerable() {
            @Override
            public Trace trace() {
                return trace;
            }

            @Override
            public boolean isClosed() {
                return closed.getAsBoolean();
            }

            @Override
            public void holdIn(StepBook book) {
                hold.accept(book);
            }
        };
    }
}
