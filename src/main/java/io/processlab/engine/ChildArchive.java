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
 * Makes the children's class-data-sharing archive at build time: runs one real child, with the
 * children's own flags and classpath and {@code -XX:ArchiveClassesAtExit}, through a real run
 * that has it print, take a lock, echo on a pipe, wait for an event and work a pool worker's
 * chunks (the target {@code archive.training}). A child that maps the archive starts with the
 * classes and lambdas of all those paths already parsed, verified and linked.
 *
 * <p>Usage: {@code ChildArchive CORE_JAR GSON_JAR OUT.jsa}. The archive is only valid for the
 * jars at the paths it was made with (Java 17 cannot relocate it), so their classpath is written
 * beside it ({@link #CLASSPATH_FILE}); {@link ChildLauncher} uses the archive only for that
 * classpath and while it is newer than the core jar. The installer makes it again where the app
 * is installed.
 */
public final class ChildArchive {
    /** The archive's file name, beside the core jar. */
    public static final String FILE_NAME = "processlab-child.jsa";
    /** Beside the archive: the children's classpath the archive was made for. */
    public static final String CLASSPATH_FILE = FILE_NAME + ".classpath";
    /** The training child's target and its pool function (registered by the child's built-in targets). */
    static final String TRAINING_TARGET = "archive.training";
    static final String TRAINING_FUNCTION = "archive.twice";

    private ChildArchive() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ChildArchive CORE_JAR GSON_JAR OUT.jsa");
            System.exit(2);
        }
        Path out = Path.of(args[2]).toAbsolutePath().normalize();
        Path madeFor = out.resolveSibling(CLASSPATH_FILE);
        Files.deleteIfExists(out);
        Files.deleteIfExists(madeFor);
        String classpath = Path.of(args[0]).toAbsolutePath().normalize() + File.pathSeparator
                + Path.of(args[1]).toAbsolutePath().normalize();
        ChildLauncher launcher = new ChildLauncher(ChildLauncher.javaExecutable(), classpath,
                List.of("-XX:ArchiveClassesAtExit=" + out));
        String failure;
        try {
            failure = train(launcher);
        } catch (RuntimeException e) {
            failure = e.toString();
        }
        if (failure != null || !Files.exists(out)) {
            Files.deleteIfExists(out);
            System.err.println("ChildArchive: no archive made (" + (failure != null ? failure : "no file") + "); children start without it");
            return;
        }
        Files.writeString(madeFor, classpath + System.lineSeparator());
        System.out.println("ChildArchive: " + out + " (" + Files.size(out) / 1024 + " KiB)");
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
