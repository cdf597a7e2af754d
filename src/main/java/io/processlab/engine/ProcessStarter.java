package io.processlab.engine;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts every child process from one thread that lives as long as the JVM. A child started with
 * a parent-death signal ({@link ChildLauncher#DEATH_SIGNAL}) gets it when the <em>thread</em>
 * that started it ends, not only the process: a lesson's script thread or a pool's thread that
 * started a worker and then ended would kill the worker. From this thread, the signal comes only
 * with the JVM's own end.
 */
final class ProcessStarter {
    private static final ExecutorService STARTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "child-starter");
        t.setDaemon(true);
        return t;
    });

    private ProcessStarter() {
    }

    static Process start(ProcessBuilder pb) throws IOException {
        Future<Process> f = STARTER.submit(pb::start);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the child is being started: wait for it, so that it is not lost
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
