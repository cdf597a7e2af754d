package io.processlab.api;

/** Python's {@code JoinableQueue}: a queue that counts unfinished tasks. */
public interface JoinableQueue extends Queue {
    /** Marks one item taken from the queue as done; more calls than puts is an error. */
    void taskDone();

    /** Blocks until every item put has been marked done. */
    void join();
}
