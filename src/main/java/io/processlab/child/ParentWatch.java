package io.processlab.child;

import java.io.File;
import java.io.IOException;
import java.util.Optional;

/**
 * Ends the child when its parent process is gone, even if stdin stays open somehow. The first
 * look is one period after the start, on the watch's own thread: {@link ProcessHandle} sets up
 * an executor and a dozen classes, which a short child would pay for on its start path.
 */
final class ParentWatch {
    static final long PERIOD_MS = 250;

    private ParentWatch() {
    }

    static void start(long ppid) {
        if (ppid <= 0) {
            return;
        }
        Thread t = new Thread("parent-watch") {
            @Override
            public void run() {
                watch(ppid);
            }
        };
        t.setDaemon(true);
        t.start();
    }

    private static void watch(long ppid) {
        ProcessHandle parent = null;
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (parent == null) {
                Optional<ProcessHandle> p = ProcessHandle.of(ppid);
                if (p.isEmpty()) {
                    ChildMain.halt(ChildMain.EXIT_STOPPED);
                }
                parent = p.get();
            }
            if (!parent.isAlive()) {
                ChildMain.halt(ChildMain.EXIT_STOPPED);
            }
        }
    }

    /**
     * This process's id: read from {@code /proc/self} where there is one (a path lookup), else
     * from {@link ProcessHandle}.
     */
    static long ownPid() {
        File self = new File("/proc/self");
        if (self.exists()) {
            try {
                return Long.parseLong(self.getCanonicalFile().getName());
            } catch (IOException | NumberFormatException e) {
                // not the Linux /proc: ask the JDK
            }
        }
        return ProcessHandle.current().pid();
    }
}
