package io.processlab.engine.internal;


/** A blocked call: who waits, how to answer, and its timer if it has a timeout. */
final class Waiter {
    final Caller caller;
    final Completion done;
    final String op;
    Scheduler.Cancellable timer;
    /** When the wait began ({@link System#nanoTime()}). */
    final long since = System.nanoTime();

    Waiter(Caller caller, Completion done, String op) {
        this.caller = caller;
        this.done = done;
        this.op = op;
    }

    void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
