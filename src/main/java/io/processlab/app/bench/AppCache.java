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
 * Makes the class caches of the app itself, the parent JVM: one for the window and one for the
 * command line ({@link Use}), {@code processlab-app.aot} and {@code processlab-cli.aot} on Java 25
 * and later (JEP 483/514/515), {@code .jsa} before ({@link ClassCache}), beside the launcher jar.
 * Two, because a JVM started with a Java 25 cache loads every class the cache links when it
 * starts: the window's cache made a lesson's run on the command line load some 6,000 classes of
 * JavaFX it never uses, and start later than with no cache at all (docs/performance.md). For each
 * it runs this class again in a training JVM with the flag that records the cache; the training
 * does what a session does: for the command line a few lessons and the bench's five jobs, for the
 * window the real window (headless) running a lesson twice and Reset. The children's cache for
 * this runtime is made first, if there is none.
 *
 * <p>A JVM maps a cache only when it is told to at its start, which {@code java -jar} cannot
 * say by itself: the packaged app's launcher passes the window's, and from a build one starts
 * {@code java -XX:AOTCache=target/processlab-app.aot -jar target/processlab.jar} (Java 25) or
 * {@code java -XX:SharedArchiveFile=target/processlab-app.jsa -jar target/processlab.jar} (17), and
 * {@code processlab-cli} in their place for {@code run}, {@code bench} and {@code export}.
 *
 * <p>Usage: {@code java [OPTIONS] -cp processlab.jar io.processlab.app.bench.AppCache [--only window|cli] [OUT_FOLDER]},
 * with the OPTIONS the app will be started with ({@link #trainingOptions}).
 */
public final class AppCache {
    /** What a cache is for: its file's name without the extension, and the words its line ends with. */
    enum Use {
        /** The window: what the packaged app's launcher passes. */
        WINDOW("processlab-app", "start the app with "),
        /** The command line: {@code run}, {@code bench}, {@code export}. */
        CLI("processlab-cli", "start the command line with ");

        final String base;
        final String says;

        Use(String base, String says) {
            this.base = base;
            this.says = says;
        }

        static Use named(String word) {
            for (Use u : values()) {
                if (u.name().equalsIgnoreCase(word)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("no cache for " + word + " (window or cli)");
        }
    }

    /** The window's cache's file name without its extension. */
    public static final String BASE = Use.WINDOW.base;
    private static final String TRAIN = "--train";
    private static final String ONLY = "--only";
    private static final long TRAINING_LIMIT_S = 600;

    private AppCache() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(TRAIN)) {
            System.exit(train(Use.named(args[1])));
        }
        List<String> rest = new ArrayList<>(List.of(args));
        List<Use> uses = List.of(Use.CLI, Use.WINDOW);
        if (rest.size() >= 2 && rest.get(0).equals(ONLY)) {
            uses = List.of(Use.named(rest.get(1)));
            rest = rest.subList(2, rest.size());
        }
        if (rest.size() > 1 || (rest.size() == 1 && rest.get(0).startsWith("-"))) {
            System.err.println("usage: AppCache [--only window|cli] [OUT_FOLDER]");
            System.exit(2);
        }
        Path jar = launcherJar();
        Path dir = rest.size() == 1 ? Path.of(rest.get(0)) : jar.getParent();
        ChildLauncher.prepareCache(true);
        int code = 0;
        for (Use use : uses) {
            Path out = dir.toAbsolutePath().normalize().resolve(ClassCache.ofThisJvm().fileName(use.base));
            String failure = make(jar, out, use);
            if (failure != null) {
                System.err.println("AppCache: no cache made for " + use.name().toLowerCase(Locale.ROOT) + " (" + failure
                        + "); it starts without it");
                code = 1;
            } else {
                System.out.println("AppCache: " + out + " (" + Files.size(out) / 1024 + " KiB); " + use.says
                        + ClassCache.ofThisJvm().useFlag(out));
            }
        }
        System.exit(code);
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
    static String make(Path jar, Path out, Use use) throws IOException, InterruptedException {
        ClassCache.delete(out);
        Path partial = out.resolveSibling(out.getFileName() + ".part" + ProcessHandle.current().pid());
        Files.deleteIfExists(partial);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), ClassCache.ofThisJvm().makeFlag(partial)));
        cmd.addAll(trainingOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        cmd.addAll(List.of("-cp", jar.toString(), AppCache.class.getName(), TRAIN, use.name()));
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
    private static int train(Use use) throws Exception {
        if (use == Use.CLI) {
            PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
            int code = 0;
            for (String[] command : List.of(new String[] {"run", "process"}, new String[] {"run", "queue"},
                    new String[] {"run", "pool", "--lang", "pt"}, new String[] {"bench"})) {
                code = Math.max(code, Cli.main(command, none, none));
            }
            return code == 0 ? 0 : 1;
        }
        // the product holds no headless platform (Monocle is the tests'): the window trains on the
        // machine's own toolkit and display, as the app will run (xvfb-run on a build machine)
        boolean display = !HeadlessPlatform.present();
        WindowBench.run(new WindowBench.Options("pipe", 2, display, Locale.ENGLISH));
        WindowBench.run(new WindowBench.Options("pool", 1, display, Locale.forLanguageTag("pt")));
        return 0;
    }
}
