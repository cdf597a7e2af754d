package io.processlab.app;

import static io.processlab.view.objects.Events.MAIN;

import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.Events;
import java.util.List;

/** Hand-made runs for the replay tests: one per kind of panel, times 1, 2, 3... microseconds. */
public final class SampleRuns {
    private SampleRuns() {
    }

    /** Tasks put, taken, done; results put; a consumer prints. Times 1, 2, 3... */
    public static final List<TraceEvent> QUEUE = Events.of()
            .child(1, "queue.consumer").child(2, "queue.consumer")
            .e(MAIN, "create", "tasks", "JoinableQueue")
            .e(MAIN, "create", "results", "Queue")
            .e(MAIN, "put", "tasks", "{'a': 0}", 1)
            .e(MAIN, "put", "tasks", "{'a': 1}", 2)
            .e(MAIN, "put", "tasks", "None", 3)
            .e(MAIN, "put", "tasks", "None", 4)
            .e(MAIN, "join-wait", "tasks", "unfinished 4")
            .e(1, "get", "tasks", "{'a': 0}", 1)
            .e(2, "get", "tasks", "{'a': 1}", 2)
            .e(1, "put", "results", "'0 * 0 = 0'", 5)
            .print(1, "Result: 0 * 0 = 0")
            .e(1, "task-done", "tasks", "unfinished 3")
            .list();

    /** P1 takes the lock, P2 waits for it, then takes it. */
    public static final List<TraceEvent> LOCK = Events.of()
            .child(1, "process.worker").child(2, "process.worker")
            .e(MAIN, "create", "lock", "Lock")
            .e(1, "acquired", "lock", null)
            .e(2, "acquire-wait", "lock", "held by P1 (1)")
            .e(1, "released", "lock", null)
            .e(2, "acquired", "lock", null)
            .e(2, "released", "lock", null)
            .list();

    /** Two waiters; one gives up on its timeout; the parent sets the flag; the other wakes. */
    public static final List<TraceEvent> EVENT = Events.of()
            .child(1, "event.blocking").child(2, "event.timed")
            .e(MAIN, "create", "ev", "Event")
            .e(1, "event-wait", "ev", null)
            .e(2, "event-wait", "ev", "timeout 2")
            .e(2, "event-wake", "ev", "timeout")
            .e(MAIN, "event-set", "ev", null)
            .e(1, "event-wake", "ev", "set")
            .list();
}
