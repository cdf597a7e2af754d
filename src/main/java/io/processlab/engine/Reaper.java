package io.processlab.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends every child still alive when this JVM exits (normal exit, SIGTERM, Ctrl-C). A SIGKILLed
 * parent cannot run this: its children notice the end of their stdin and the parent's death.
 */
final class Reaper {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : LIVE) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.toHandle().destroyForcibly();
            }
        }, "processlab-reaper"));
    }

    private Reaper() {
    }

    static void add(Process p) {
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
    }
}
