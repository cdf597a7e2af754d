package io.processlab.child;

import java.util.Optional;

/** Ends the child when its parent process is gone, even if stdin stays open somehow. */
final class ParentWatch {
    static final long PERIOD_MS = 250;

    private ParentWatch() {
    }

    static void start(long ppid) {
        if (ppid <= 0) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(ppid);
        if (parent.isEmpty()) {
            ChildMain.halt(ChildMain.EXIT_STOPPED);
        }
        ProcessHandle p = parent.get();
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
                if (!p.isAlive()) {
                    ChildMain.halt(ChildMain.EXIT_STOPPED);
                }
            }
        }, "parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
