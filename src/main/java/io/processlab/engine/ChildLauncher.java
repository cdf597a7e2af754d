package io.processlab.engine;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Builds the command line of a child JVM: the same Java as the parent, a classpath with the
 * project's classes and Gson only, flags for a fast start, main class ChildMain. Always an
 * argument list, never a shell string.
 */
public final class ChildLauncher {
    /** The child's entry point. */
    public static final String MAIN_CLASS = "io.processlab.child.ChildMain";

    /** Flags for a short-lived, small JVM that starts fast. */
    static final List<String> FAST_START = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-Xshare:auto",
            "-Xss512k",
            "-Xms8m",
            "-Xmx256m",
            "-Dfile.encoding=UTF-8",
            "-Xlog:disable",
            "-Xlog:all=warning:stderr",
            "-Djava.awt.headless=true");

    private final Path java;
    private final String classpath;
    private final List<String> extraFlags;

    public ChildLauncher(Path java, String classpath, List<String> extraFlags) {
        this.java = java;
        this.classpath = classpath;
        this.extraFlags = List.copyOf(extraFlags);
    }

    /**
     * The launcher for this JVM: its own java, the code sources of ChildMain and Gson, and the
     * class-data-sharing archive made at build time when it is there, fresh and made for these
     * very jar paths.
     */
    public static ChildLauncher forThisJvm() {
        String classpath = childClasspath();
        return new ChildLauncher(javaExecutable(), classpath, archiveFlags(coreJar(), classpath));
    }

    /** Where ChildLauncher was loaded from: the core jar when running from the built jars. */
    private static Path coreJar() {
        try {
            return Path.of(ChildLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The flag that maps the children's archive beside {@code core}, or nothing. The JVM refuses
     * an archive whose jars moved (an installed or copied app image) and says so on the child's
     * stderr, so the archive is only used when the classpath it was made for
     * ({@link ChildArchive#CLASSPATH_FILE}) begins this one, and when it is newer than the core jar.
     */
    static List<String> archiveFlags(Path core, String classpath) {
        try {
            if (core == null || !Files.isRegularFile(core)) {
                return List.of();
            }
            Path jsa = core.resolveSibling(ChildArchive.FILE_NAME);
            Path madeFor = core.resolveSibling(ChildArchive.CLASSPATH_FILE);
            if (Files.isRegularFile(jsa) && Files.isRegularFile(madeFor)
                    && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(core)) >= 0
                    && startsWithEntries(classpath, Files.readString(madeFor).strip())) {
                return List.of("-XX:SharedArchiveFile=" + jsa);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no archive: children start a little slower
        }
        return List.of();
    }

    /** Whether the classpath {@code cp} begins with all the entries of {@code prefix}. */
    private static boolean startsWithEntries(String cp, String prefix) {
        return !prefix.isEmpty()
                && (cp.equals(prefix) || cp.startsWith(prefix + File.pathSeparator));
    }

    /** A launcher with more JVM flags (tests use it to make a child fail to start). */
    public ChildLauncher withFlags(List<String> flags) {
        List<String> all = new ArrayList<>(extraFlags);
        all.addAll(flags);
        return new ChildLauncher(java, classpath, all);
    }

    public Path java() {
        return java;
    }

    public String classpath() {
        return classpath;
    }

    /**
     * Environment variables through which a JVM would take options or classes from outside the
     * program; a child never inherits them.
     */
    public static final List<String> JVM_VARIABLES = List.of(
            "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH");

    /**
     * The process builder of a child whose parent is {@code ppid}: {@link #command(long)} as an
     * argument list (no shell), and the parent's environment without {@link #JVM_VARIABLES}.
     */
    public ProcessBuilder processBuilder(long ppid) {
        List<String> cmd = new ArrayList<>(DEATH_SIGNAL);
        cmd.addAll(command(ppid));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        childEnvironment(pb.environment());
        pb.redirectErrorStream(false);
        return pb;
    }

    /**
     * What comes before {@link #command} on Linux: {@code setpriv --pdeathsig KILL --}, which asks
     * the kernel to SIGKILL the child when its parent ends (the JVM cannot ask it by itself before
     * JDK 22), then runs the java command in the same process. A child that is stopped (SIGSTOP)
     * cannot run its own watch of the parent; the kernel's signal ends it even so. Empty where
     * there is no setpriv that can do this: then the child's own watch ({@code ParentWatch}) and
     * the end of its stdin end it, as before.
     */
    public static final List<String> DEATH_SIGNAL = deathSignal();

    private static List<String> deathSignal() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return List.of();
        }
        for (String p : List.of("/usr/bin/setpriv", "/bin/setpriv")) {
            Path setpriv = Path.of(p);
            if (Files.isExecutable(setpriv)) {
                List<String> prefix = List.of(p, "--pdeathsig", "KILL", "--");
                try {
                    List<String> check = new ArrayList<>(prefix);
                    check.add("true");
                    Process t = new ProcessBuilder(check).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (t.waitFor(5, TimeUnit.SECONDS) && t.exitValue() == 0) {
                        return prefix;
                    }
                    t.destroyForcibly();
                } catch (java.io.IOException e) {
                    // no usable setpriv here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** Takes the JVM's option variables out of {@code env}. */
    static void childEnvironment(Map<String, String> env) {
        JVM_VARIABLES.forEach(env::remove);
    }

    /** The full command of a child whose parent is {@code ppid}. */
    public List<String> command(long ppid) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(FAST_START);
        cmd.addAll(extraFlags);
        cmd.add(catalogsFlag());
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(MAIN_CLASS);
        cmd.add(Long.toString(ppid));
        return cmd;
    }

    /**
     * Tells the child which target catalogs to load: the ones this JVM found, which share the
     * child's class path. It saves the child the scan of every module for the services file.
     */
    private static String catalogsFlag() {
        return "-D" + io.processlab.api.Targets.CATALOGS_PROPERTY + "=" + String.join(",", io.processlab.api.Targets.get().catalogs());
    }

    static Path javaExecutable() {
        Path home = Path.of(System.getProperty("java.home"));
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        Path java = home.resolve("bin").resolve(exe);
        if (Files.isExecutable(java)) {
            return java;
        }
        throw new IllegalStateException("no java launcher in " + home.resolve("bin")
                + ": this runtime cannot start child processes");
    }

    /**
     * A system property with more classpath entries for children; the test build sets it to its
     * test classes, so that children can run the test suite's own targets.
     */
    public static final String EXTRA_CLASSPATH = "processlab.child.extraClasspath";

    static String childClasspath() {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(location(ChildLauncher.class));
        parts.add(location(com.google.gson.Gson.class));
        String extra = System.getProperty(EXTRA_CLASSPATH);
        if (extra != null && !extra.isBlank()) {
            parts.add(extra);
        }
        return String.join(File.pathSeparator, parts);
    }

    private static String location(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            throw new IllegalStateException("cannot tell where " + c.getName() + " was loaded from");
        }
        try {
            return Path.of(cs.getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
