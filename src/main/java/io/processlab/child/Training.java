package io.processlab.child;

import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Lock;
import io.processlab.api.ProcessContext;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.wire.PyRepr;
import java.util.List;

/**
 * The target of the child that the build runs once to record the children's class-data-sharing
 * archive (engine's {@code ChildArchive} drives it from a real run): it does a little of all that
 * a lesson's child does (prints, a lock, an event, a pipe, queues, a sleep, a pool worker's
 * chunks), so that every class and lambda on those paths is in the archive and a child maps it
 * instead of loading it.
 */
final class Training {
    /** The registered target. */
    static final String TARGET = "archive.training";
    /** A pool function for the worker's chunks. */
    static final String FUNCTION = "archive.twice";

    private Training() {
    }

    /**
     * Args: a lock, a joinable task queue, a result queue, an event, a pipe end. Echoes three
     * values on the pipe, waits for the event, then works as a pool worker until it gets None.
     */
    static Object run(ProcessContext self, List<Object> args) throws Exception {
        Lock lock = (Lock) args.get(0);
        JoinableQueue tasks = (JoinableQueue) args.get(1);
        Queue results = (Queue) args.get(2);
        Event ev = (Event) args.get(3);
        Connection pipe = (Connection) args.get(4);
        self.print("training " + self.name() + " " + self.pid() + " " + self.locale());
        System.out.println("a line through System.out");
        lock.acquire();
        lock.release();
        if (lock.acquire(true, 1.0)) {
            lock.release();
        }
        for (int i = 0; i < 3; i++) {
            pipe.send(pipe.recv());
        }
        pipe.poll();
        ev.waitFor();
        ev.isSet();
        try {
            results.get(false, -1);
        } catch (ProcessException.EmptyException expected) {
            // the path of queue.Empty
        }
        self.sleep(0.001);
        self.step("training");
        self.print(PyRepr.repr(List.of("spam", 42L, 2.5, true)));
        return BuiltinTargets.poolWorker(self, java.util.Arrays.asList(tasks, results, null));
    }
}
