package io.processlab.app.panels;

import static io.processlab.view.objects.Events.MAIN;

import io.processlab.view.objects.Events;

/** Runs of the lessons as their processes report them, shared by the panels' layout tests. */
final class PanelRuns {
    private PanelRuns() {
    }

    /** The deadlock lesson's cycle: worker-1 holds A and waits for B, worker-2 holds B and waits for A. */
    static Events deadlocked() {
        return Events.of().child(1, "deadlock.worker").child(2, "deadlock.worker")
                .e(1, "acquired", "A", null).e(2, "acquired", "B", null)
                .e(1, "acquire-wait", "B", null).e(2, "acquire-wait", "A", null)
                .e(2, "deadlock", null, "P2 (2) -> P1 (1) -> P2");
    }

    /** The threads lesson's measures: 4 of each, their start-up times (ms) and the memory each side added (MiB). */
    static Events threads(String threadMs, String processMs, String threadsMib, String processesMib) {
        return Events.of()
                .e(MAIN, "metric", "threads.count", "4.0")
                .e(MAIN, "metric", "threads.start_ms", threadMs)
                .e(MAIN, "metric", "processes.start_ms", processMs)
                .e(MAIN, "metric", "threads.added_mib", threadsMib)
                .e(MAIN, "metric", "processes.rss_mib", processesMib);
    }
}
