package io.processlab.engine;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
     * children's class cache ({@link ChildArchive}) when one is there for this runtime and these
     * very jar paths: beside the core jar (made at build or install time), else in the user's
     * cache folder ({@link #prepareCache}).
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
     * The flag that maps the children's cache for {@code core}, or nothing. The JVM refuses a
     * cache made by another runtime or for jars that moved, and says so on the child's stderr, so
     * a cache is only used when it was made by this runtime for a classpath that begins this one,
     * and when it is newer than the core jar ({@link ClassCache#usable}).
     */
    static List<String> archiveFlags(Path core, String classpath) {
        for (Path cache : cachePlaces(core)) {
            if (ClassCache.usable(cache, core, classpath)) {
                return List.of(ClassCache.ofThisJvm().useFlag(cache));
            }
        }
        return List.of();
    }

    /** Where the children's cache for {@code core} may be: beside it, then in the user's cache folder. */
    static List<Path> cachePlaces(Path core) {
        if (core == null || !Files.isRegularFile(core)) {
            return List.of();
        }
        List<Path> places = new ArrayList<>();
        places.add(core.resolveSibling(ChildArchive.fileName()));
        Path folder = userCacheFolder(core);
        if (folder != null) {
            places.add(folder.resolve(ChildArchive.fileName()));
        }
        return places;
    }

    /**
     * The user's cache folder for the jars beside {@code core} on this runtime
     * ({@code $XDG_CACHE_HOME/processlab/child-HASH}, by default under {@code ~/.cache}), or null.
     */
    static Path userCacheFolder(Path core) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : home != null && !home.isBlank() ? Path.of(home, ".cache") : null;
        if (root == null || !root.isAbsolute()) {
            return null;
        }
        String key = core.toAbsolutePath().normalize() + "\n" + ClassCache.runtime();
        return root.resolve("processlab").resolve("child-" + Integer.toHexString(key.hashCode()));
    }

    /** A system property: {@code off} keeps {@link #prepareCache} from making a cache. */
    public static final String CACHE_PROPERTY = "processlab.childCache";

    private static final Object PREPARING = new Object();
    private static Thread preparing;

    /**
     * Makes the children's cache for this runtime if there is none yet (a JDK other than the one
     * the build ran on, or an install whose cache could not be made): beside the core jar when
     * that folder is writable, else in the user's cache folder, in a training run of a second or
     * two on a daemon thread. Children started before it is done start without it. Nothing when
     * the classes do not come from the built jars, when children get more classpath (the tests),
     * or with {@code -Dprocesslab.childCache=off}. With {@code wait}, returns once it is made
     * (the bench, so that no training runs beside what it measures).
     */
    public static void prepareCache(boolean wait) {
        Path core = coreJar();
        String classpath;
        try {
            classpath = childClasspath();
        } catch (RuntimeException e) {
            return;
        }
        if ("off".equals(System.getProperty(CACHE_PROPERTY)) || System.getProperty(EXTRA_CLASSPATH) != null
                || cachePlaces(core).isEmpty() || !archiveFlags(core, classpath).isEmpty()) {
            return;
        }
        Thread t;
        synchronized (PREPARING) {
            if (preparing == null) {
                preparing = new Thread(() -> makeCache(core, classpath), "processlab-child-cache");
                preparing.setDaemon(true);
                preparing.start();
            }
            t = preparing;
        }
        if (wait) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Makes the cache in the first of its places that is writable; one process at a time. */
    private static void makeCache(Path core, String classpath) {
        List<Path> places = cachePlaces(core);
        Path dir = core.toAbsolutePath().getParent();
        Path out = dir != null && Files.isWritable(dir) ? places.get(0) : places.get(places.size() - 1);
        try {
            Files.createDirectories(out.getParent());
            try (FileChannel lock = FileChannel.open(out.resolveSibling(out.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = lock.tryLock()) {
                if (held != null && !ClassCache.usable(out, core, classpath)) {
                    ChildArchive.make(out, classpath);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no cache: children start a little slower, as before
        }
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
