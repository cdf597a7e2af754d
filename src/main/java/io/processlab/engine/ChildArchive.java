package io.processlab.engine;

import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Lock;
import io.processlab.api.Queue;
import io.processlab.trace.Clock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the children's class cache ({@link ClassCache}: the AOT cache on Java 25 and later, a
 * class-data-sharing archive before): runs one real child, with the children's own flags and
 * classpath and the flag that records the cache, through a real run that has it print, take a
 * lock, echo on a pipe, wait for an event and work a pool worker's chunks (the target
 * {@code archive.training}). A child that maps the cache starts with the classes and lambdas of
 * all those paths already parsed, verified and linked (and, on Java 25, with their profiles).
 *
 * <p>Usage: {@code ChildArchive CORE_JAR GSON_JAR OUT} where OUT is the cache's file or the folder
 * it goes into ({@link #fileName()} there). The cache is only valid for the runtime and the jars
 * it was made with, so they are written beside it ({@link ClassCache#madeForFile});
 * {@link ChildLauncher} uses it only for them and while it is newer than the core jar. The build
 * makes it for the JVM that runs Maven, the installer where the app is installed, and a parent
 * that finds none for its runtime makes one on first use ({@link ChildLauncher#prepareCache}).
 */
public final class ChildArchive {
    /** The cache's file name without its extension, beside the core jar. */
    public static final String BASE = "processlab-child";
    /** The training child's target and its pool function (registered by the child's built-in targets). */
    static final String TRAINING_TARGET = "archive.training";
    static final String TRAINING_FUNCTION = "archive.twice";

    private ChildArchive() {
    }

    /** The children's cache file name for this JVM: {@code processlab-child.aot} or {@code .jsa}. */
    public static String fileName() {
        return ClassCache.ofThisJvm().fileName(BASE);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ChildArchive CORE_JAR GSON_JAR OUT (a file, or a folder)");
            System.exit(2);
        }
        Path out = Path.of(args[2]).toAbsolutePath().normalize();
        if (Files.isDirectory(out)) {
            out = out.resolve(fileName());
        }
        String classpath = Path.of(args[0]).toAbsolutePath().normalize() + File.pathSeparator
                + Path.of(args[1]).toAbsolutePath().normalize();
        String failure = make(out, classpath);
        if (failure != null) {
            System.err.println("ChildArchive: no cache made (" + failure + "); children start without it");
            return;
        }
        System.out.println("ChildArchive: " + out + " (" + Files.size(out) / 1024 + " KiB)");
    }

    /**
     * Makes the cache {@code out} for children of this runtime with {@code classpath}: null when
     * it is made, else what went wrong (then there is none). The cache is written under another
     * name and moved into place, so a child never maps a half-written one.
     */
    static String make(Path out, String classpath) throws IOException {
        ClassCache.delete(out);
        Path partial = out.resolveSibling(out.getFileName() + ".part" + ProcessHandle.current().pid());
        Files.deleteIfExists(partial);
        ChildLauncher launcher = new ChildLauncher(ChildLauncher.javaExecutable(), classpath,
                List.of(ClassCache.ofThisJvm().makeFlag(partial)));
        String failure;
        try {
            failure = train(launcher);
        } catch (RuntimeException e) {
            failure = e.toString();
        }
        if (failure == null && !Files.isRegularFile(partial)) {
            failure = "no file";
        }
        if (failure != null) {
            Files.deleteIfExists(partial);
            return failure;
        }
        Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        ClassCache.writeMadeFor(out, classpath);
        return null;
    }

    /** Runs the training child to its end; null when it succeeded, else what went wrong. */
    private static String train(ChildLauncher launcher) {
        try (Run run = new Run(Locale.ENGLISH, 1.0, launcher, Clock.monotonic())) {
            MainContext main = run.main();
            Lock lock = main.lock("lock");
            JoinableQueue tasks = main.joinableQueue("tasks");
            Queue results = main.queue("results");
            Event ev = main.event("event");
            Connection[] pipe = main.pipe("pipe", true);
            ChildProcess child = main.process("trainer", TRAINING_TARGET, lock, tasks, results, ev, pipe[1]);
            child.start();
            List<Object> message = Arrays.asList("spam", 42L, Map.of("name", "João"), Set.of("ss"), null, 2.5);
            for (int i = 0; i < 3; i++) {
                pipe[0].send(message);
                pipe[0].recv();
            }
            ev.set();
            for (int chunk = 0; chunk < 4; chunk++) {
                List<Object> items = new ArrayList<>();
                for (long x = 0; x < 500; x++) {
                    items.add(x);
                }
                Map<String, Object> task = new LinkedHashMap<>();
                task.put("job", 1);
                task.put("chunk", chunk);
                task.put("fn", TRAINING_FUNCTION);
                task.put("items", items);
                tasks.put(task);
            }
            tasks.put(null);
            for (int chunk = 0; chunk < 4; chunk++) {
                results.get(true, 60);
            }
            if (!child.join(60)) {
                return "the training child did not end";
            }
            return child.exitCode() == 0 ? null : "the training child failed: " + child.failure();
        }
    }
}
