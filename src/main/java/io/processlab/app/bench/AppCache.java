package io.processlab.app.bench;

import io.processlab.cli.Cli;
import io.processlab.engine.ChildLauncher;
import io.processlab.engine.ClassCache;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class cache of the app itself, the parent JVM (the window and the command line):
 * {@code processlab-app.aot} on Java 25 and later (JEP 483/514/515), {@code processlab-app.jsa}
 * before ({@link ClassCache}), beside the launcher jar. It runs this class again in a training
 * JVM with the flag that records the cache; the training does what a session does: a lesson on
 * the command line, the bench's five jobs, and the real window (headless) running a lesson twice
 * and Reset. The children's cache for this runtime is made first, if there is none.
 *
 * <p>A JVM maps the cache only when it is told to at its start, which {@code java -jar} cannot
 * say by itself: the packaged app's launcher passes it, and from a build one starts
 * {@code java -XX:AOTCache=target/processlab-app.aot -jar target/processlab.jar} (Java 25) or
 * {@code java -XX:SharedArchiveFile=target/processlab-app.jsa -jar target/processlab.jar} (17).
 *
 * <p>Usage: {@code java [OPTIONS] -cp processlab.jar io.processlab.app.bench.AppCache [OUT_FOLDER]},
 * with the OPTIONS the app will be started with ({@link #trainingOptions}).
 */
public final class AppCache {
    /** The cache's file name without its extension. */
    public static final String BASE = "processlab-app";
    private static final String TRAIN = "--train";
    private static final long TRAINING_LIMIT_S = 600;

    private AppCache() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(TRAIN)) {
            System.exit(train());
        }
        if (args.length > 1) {
            System.err.println("usage: AppCache [OUT_FOLDER]");
            System.exit(2);
        }
        Path jar = launcherJar();
        Path dir = args.length == 1 ? Path.of(args[0]) : jar.getParent();
        Path out = dir.toAbsolutePath().normalize().resolve(ClassCache.ofThisJvm().fileName(BASE));
        ChildLauncher.prepareCache(true);
        String failure = make(jar, out);
        if (failure != null) {
            System.err.println("AppCache: no cache made (" + failure + "); the app starts without it");
            System.exit(1);
        }
        System.out.println("AppCache: " + out + " (" + Files.size(out) / 1024 + " KiB); start the app with "
                + ClassCache.ofThisJvm().useFlag(out));
    }

    /** The jar this class's {@code Main} came from: the launcher jar, whose manifest names the rest. */
    private static Path launcherJar() throws URISyntaxException {
        Path jar = Path.of(io.processlab.app.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the app's classes are not in a jar (" + jar + "): build it with mvn package");
        }
        return jar;
    }

    /** Runs the training JVM on {@code jar}; null when {@code out} is made, else why not. */
    static String make(Path jar, Path out) throws IOException, InterruptedException {
        ClassCache.delete(out);
        Path partial = out.resolveSibling(out.getFileName() + ".part" + ProcessHandle.current().pid());
        Files.deleteIfExists(partial);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), ClassCache.ofThisJvm().makeFlag(partial)));
        cmd.addAll(trainingOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        cmd.addAll(List.of("-cp", jar.toString(), AppCache.class.getName(), TRAIN));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeAll(ChildLauncher.JVM_VARIABLES);
        Process p = pb.start();
        if (!p.waitFor(TRAINING_LIMIT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Files.deleteIfExists(partial);
            return "the training did not end in " + TRAINING_LIMIT_S + " s";
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(partial)) {
            Files.deleteIfExists(partial);
            return "the training ended with code " + p.exitValue();
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ClassCache.writeMadeFor(out, jar.toString());
        return null;
    }

    /**
     * The options of this JVM that the training JVM gets too: all but those of class caches,
     * logging and debugging. The JVM refuses a cache made with other module options (such as
     * {@code --enable-native-access}, which the packaged app's launcher passes), so whoever makes
     * the cache starts this class with the options the app will be started with.
     */
    static List<String> trainingOptions(List<String> own) {
        List<String> kept = new ArrayList<>();
        for (String a : own) {
            if (!(a.startsWith("-XX:AOTCache") || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit")
                    || a.startsWith("-XX:AOTMode") || a.startsWith("-Xlog") || a.startsWith("-Xshare")
                    || a.startsWith("-agentlib") || a.startsWith("-javaagent") || a.startsWith("-Djava.class.path"))) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** The training (in the JVM that records the cache): 0 when all of it ran. */
    private static int train() throws Exception {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
        int code = Cli.main(new String[] {"run", "queue"}, none, none);
        code = Math.max(code, Cli.main(new String[] {"run", "pool", "--lang", "pt"}, none, none));
        code = Math.max(code, Cli.main(new String[] {"bench"}, none, none));
        WindowBench.run(new WindowBench.Options("pipe", 2, false, Locale.ENGLISH));
        WindowBench.run(new WindowBench.Options("pool", 1, false, Locale.forLanguageTag("pt")));
        return code == 0 ? 0 : 1;
    }
}
