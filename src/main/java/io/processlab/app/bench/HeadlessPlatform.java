package io.processlab.app.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Monocle, the headless display platform the benches measure on, is not part of the product: it
 * is a test library (test scope), which {@code mvn package} also copies to
 * {@code target/bench-lib/} beside the launcher jar. A bench started without it on its class path
 * (the packaged app's) starts itself again with that folder added; the window, the command line
 * and the installed app never load it.
 */
final class HeadlessPlatform {
    /** Set on the bench started again, so that it never starts a third one. */
    static final String AGAIN = "processlab.bench.headless";
    /** The folder beside the launcher jar that holds Monocle. */
    static final String FOLDER = "bench-lib";
    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private HeadlessPlatform() {
    }

    /** Whether Monocle is on this JVM's class path. */
    static boolean present() {
        try {
            Class.forName(MONOCLE, false, HeadlessPlatform.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Runs {@code args} (the whole command line) again in a JVM whose class path adds
     * {@code bench-lib/}'s jars, with this JVM's options; its output is this one's. Returns its
     * exit code, or 1 after saying why it cannot.
     */
    static int again(String command, List<String> args, PrintStream err) {
        List<Path> jars = jars();
        if (Boolean.getBoolean(AGAIN) || jars.isEmpty()) {
            err.println(command + ": Monocle (the headless platform it measures on) is not here: it is in "
                    + FOLDER + "/ beside processlab.jar after mvn package; run it from the build's target/"
                    + (command.equals("bench --window") ? ", or with --display under a display" : ""));
            return 1;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // a class cache is made for one class path: the new JVM's differs
            if (!a.startsWith("-XX:AOTCache") && !a.startsWith("-XX:SharedArchiveFile") && !a.startsWith("-XX:AOTMode")) {
                cmd.add(a);
            }
        }
        cmd.add("-D" + AGAIN + "=true");
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        for (Path j : jars) {
            cp.append(File.pathSeparatorChar).append(j);
        }
        cmd.add("-cp");
        cmd.add(cp.toString());
        cmd.add(io.processlab.app.Main.class.getName());
        cmd.addAll(args);
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            err.println(command + ": cannot start the bench's JVM: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The jars of {@code bench-lib/} beside the launcher jar (the class path's first entry), or none. */
    private static List<Path> jars() {
        String cp = System.getProperty("java.class.path", "");
        int sep = cp.indexOf(File.pathSeparatorChar);
        Path first = Path.of(sep < 0 ? cp : cp.substring(0, sep)).toAbsolutePath();
        Path dir = first.getParent() == null ? null : first.getParent().resolve(FOLDER);
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
