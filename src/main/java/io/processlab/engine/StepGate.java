package io.processlab.engine;

import io.processlab.engine.internal.Caller;
import io.processlab.trace.StepBook;
import io.processlab.trace.Trace;
import java.util.List;

/**
 * "You are the scheduler" on the broker: every shared-object operation of every process waits in
 * a {@link StepBook} until the user lets it through. The processes are real and really wait: a
 * held call is simply not answered yet. {@link #grant} lets one chosen operation through,
 * {@link #grantOldest} the one waiting longest, {@link #release} all of them and stops holding.
 */
public final class StepGate implements OperationGate {
    private final StepBook book;

    public StepGate(Trace trace) {
        this(new StepBook(trace));
    }

    /** A gate that holds the broker's operations in {@code book} (shared with what shows it). */
    public StepGate(StepBook book) {
        this.book = book;
    }

    public StepBook book() {
        return book;
    }

    @Override
    public void pass(Caller caller, String object, String op, Runnable operation) {
        if (!book.hold(caller.pid(), caller.name(), object, op, operation)) {
            operation.run();
        }
    }

    /** The operations waiting, oldest first. */
    public List<StepBook.Pending> pending() {
        return book.pending();
    }

    /** Lets the operation {@code seq} through (and no other); false if it is not held. */
    public boolean grant(long seq) {
        return book.grant(seq);
    }

    /** Lets the oldest held operation through; false if none is held. */
    public boolean grantOldest() {
        return book.grantOldest();
    }

    /** Stops holding and lets every held operation through, in arrival order (recorded as freed). */
    @Override
    public void release() {
        book.release();
    }

    public boolean isHolding() {
        return book.isHolding();
    }
}
